//! `agora bench load`: steady load on running nodes, measured the way a queue is felt. First
//! the peak: as many requests as `connections` keep-alive connections get answered in a closed
//! loop. Then a fixed rate, 70% of that peak, held for a minute in an open loop: request `i` is
//! due at `start + i / rate`, and its latency is counted from when it was due, not from when a
//! connection was free to send it, so a server that falls behind shows it in the latencies
//! (no coordinated omission). The requests mix anonymous pages, API lists, searches and pages
//! with credentials (an API token, which bypasses the response cache), spread over the nodes
//! in turn. Prints errors, p50, p99 and p99.9 for the mix and for each kind, and each server's
//! resident memory before and after, against the targets.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use crate::client::Client;

#[derive(Debug, clap::Args)]
pub struct LoadArgs {
    /// A node's address (`127.0.0.1:PORT`); repeat for several, taken in turn.
    #[arg(long = "node", required = true)]
    pub nodes: Vec<String>,
    /// An API token (for the requests with credentials).
    #[arg(long)]
    pub token: String,
    /// The fixed rate, requests per second; without it, 70% of the measured peak.
    #[arg(long)]
    pub rate: Option<f64>,
    /// Seconds at the fixed rate.
    #[arg(long, default_value_t = 60)]
    pub seconds: u64,
    /// Seconds of the closed loop that finds the peak.
    #[arg(long, default_value_t = 10)]
    pub peak_seconds: u64,
    /// Keep-alive connections (one thread each).
    #[arg(long, default_value_t = 64)]
    pub connections: usize,
    /// The servers' process ids, whose resident memory is reported before and after.
    #[arg(long = "pid")]
    pub pids: Vec<u32>,
    /// A name for the set-up, printed with the figures.
    #[arg(long, default_value = "agora")]
    pub label: String,
}

/// What is asked, in turn: (kind, path, with credentials).
const MIX: [(&str, &str, bool); 12] = [
    ("page", "/", false),
    ("page", "/fora", false),
    ("page", "/fora/colombo-process", false),
    ("api", "/api/v1/fora", false),
    ("api", "/api/v1/fora/colombo-process/memberships", false),
    ("search", "/search?q=labour+migration", false),
    ("page", "/documents", false),
    ("api", "/api/v1/documents", false),
    ("search", "/api/v1/search?q=recruitment", false),
    ("signed-in", "/", true),
    ("signed-in", "/fora/abu-dhabi-dialogue", true),
    ("signed-in", "/api/v1/me", true),
];

/// One answer: which request of the mix, its latency in microseconds, and whether it was 200.
type Sample = (usize, u64, bool);

fn ask(clients: &mut [Option<Client>], nodes: &[String], i: usize, token: &str) -> (usize, bool) {
    let which = i % MIX.len();
    let node = i % nodes.len();
    let (_, path, signed_in) = MIX[which];
    let client = match &mut clients[node] {
        Some(c) => c,
        slot => match Client::connect(&nodes[node]) {
            Ok(c) => slot.insert(c),
            Err(_) => return (which, false),
        },
    };
    match client.get(path, signed_in.then_some(token)) {
        Ok((status, _)) => (which, status == 200),
        Err(_) => {
            clients[node] = None; // a broken connection is opened again
            (which, false)
        }
    }
}

/// The closed loop: answers per second with every connection busy.
fn peak(args: &LoadArgs) -> f64 {
    let next = Arc::new(AtomicUsize::new(0));
    let until = Instant::now() + Duration::from_secs(args.peak_seconds);
    let start = Instant::now();
    let done: usize = std::thread::scope(|s| {
        let workers: Vec<_> = (0..args.connections)
            .map(|_| {
                let next = next.clone();
                s.spawn(move || {
                    let mut clients: Vec<Option<Client>> = Vec::new();
                    clients.resize_with(args.nodes.len(), || None);
                    let mut n = 0;
                    while Instant::now() < until {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        if ask(&mut clients, &args.nodes, i, &args.token).1 {
                            n += 1;
                        }
                    }
                    n
                })
            })
            .collect();
        workers.into_iter().map(|w| w.join().unwrap_or(0)).sum()
    });
    done as f64 / start.elapsed().as_secs_f64()
}

/// The open loop at `rate`: every answer with its latency from when it was due.
fn fixed(args: &LoadArgs, rate: f64) -> Vec<Sample> {
    let total = (rate * args.seconds as f64) as usize;
    let next = Arc::new(AtomicUsize::new(0));
    let start = Instant::now() + Duration::from_millis(100);
    std::thread::scope(|s| {
        let workers: Vec<_> = (0..args.connections)
            .map(|_| {
                let next = next.clone();
                s.spawn(move || {
                    let mut clients: Vec<Option<Client>> = Vec::new();
                    clients.resize_with(args.nodes.len(), || None);
                    let mut out = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        if i >= total {
                            return out;
                        }
                        let due = start + Duration::from_secs_f64(i as f64 / rate);
                        if let Some(wait) = due.checked_duration_since(Instant::now()) {
                            std::thread::sleep(wait);
                        }
                        let (which, ok) = ask(&mut clients, &args.nodes, i, &args.token);
                        let latency = Instant::now().saturating_duration_since(due);
                        out.push((which, latency.as_micros() as u64, ok));
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_default())
            .collect()
    })
}

/// A process's resident memory, in MiB.
fn resident_mib(pid: u32) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))?
        .split_whitespace()
        .next()?
        .parse()
        .ok()?;
    Some(kb / 1024.0)
}

fn percentile(sorted: &[u64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((p / 100.0) * (sorted.len() - 1) as f64).round() as usize;
    sorted[i.min(sorted.len() - 1)] as f64 / 1000.0
}

fn line(label: &str, samples: &[&Sample]) -> (f64, usize) {
    let mut lat: Vec<u64> = samples.iter().map(|s| s.1).collect();
    lat.sort_unstable();
    let errors = samples.iter().filter(|s| !s.2).count();
    let p99 = percentile(&lat, 99.0);
    println!(
        "  {label:<10} {:>7} requests {:>5} errors   p50 {:>7.2} ms   p99 {:>7.2} ms   p99.9 {:>7.2} ms",
        samples.len(),
        errors,
        percentile(&lat, 50.0),
        p99,
        percentile(&lat, 99.9),
    );
    (p99, errors)
}

pub fn load(args: LoadArgs) -> anyhow::Result<std::process::ExitCode> {
    println!(
        "{}: {} node(s), {} connections; the mix: {} anonymous pages, {} API lists, {} searches, {} with credentials in every {}",
        args.label,
        args.nodes.len(),
        args.connections,
        MIX.iter().filter(|m| m.0 == "page").count(),
        MIX.iter().filter(|m| m.0 == "api").count(),
        MIX.iter().filter(|m| m.0 == "search").count(),
        MIX.iter().filter(|m| m.0 == "signed-in").count(),
        MIX.len()
    );
    let rate = match args.rate {
        Some(r) => r,
        None => {
            let p = peak(&args);
            println!(
                "  peak (closed loop, {} s): {p:.0} requests/s; the fixed rate is 70% of it",
                args.peak_seconds
            );
            (p * 0.7).max(1.0)
        }
    };
    let before: Vec<Option<f64>> = args.pids.iter().map(|p| resident_mib(*p)).collect();
    let samples = fixed(&args, rate);
    let after: Vec<Option<f64>> = args.pids.iter().map(|p| resident_mib(*p)).collect();
    println!(
        "  fixed rate {rate:.0} requests/s for {} s (open loop; latency from when each request was due):",
        args.seconds
    );
    let all: Vec<&Sample> = samples.iter().collect();
    let (p99, errors) = line("all", &all);
    for kind in ["page", "api", "search", "signed-in"] {
        let of: Vec<&Sample> = samples.iter().filter(|s| MIX[s.0].0 == kind).collect();
        line(kind, &of);
    }
    let mut growth_ok = true;
    for ((pid, b), a) in args.pids.iter().zip(&before).zip(&after) {
        match (b, a) {
            (Some(b), Some(a)) => {
                let growth = (a - b) / b * 100.0;
                growth_ok &= growth < 10.0;
                println!(
                    "  server {pid}: resident memory {b:.1} MiB before, {a:.1} MiB after ({growth:+.1}%)"
                );
            }
            _ => println!("  server {pid}: memory unknown (no /proc entry)"),
        }
    }
    let verdict = |ok: bool| if ok { "met" } else { "NOT met" };
    println!(
        "  targets: no errors ({}), p99 under 20 ms ({}), memory growth under 10% ({})",
        verdict(errors == 0),
        verdict(p99 < 20.0),
        verdict(growth_ok)
    );
    Ok(std::process::ExitCode::SUCCESS)
}
