//! `agora bench analysis`: the landscape analyses on a synthetic landscape (by default 2,000
//! fora, 250 states, 50,000 dated memberships; states fall in ten regions and most of a forum's
//! members come from its own region, so fora overlap in clusters as real ones do): the time to
//! resolve the landscape on a day through the registry, and the overlap of every pair counted
//! in one pass over the states, beside the baseline that intersects every pair's sets, in the
//! same run; the two answers are checked to be the same. Then the duplication flags and the
//! suggestions for one forum (each forum has three to six of twenty priorities; twenty routes
//! run from one region's states to another's), and the suggestions again with the matrix built
//! for them, as a forum's page would ask without one at hand; and the network on the day, and
//! with betweenness for the 300 largest fora.

use std::process::ExitCode;
use std::time::Instant;

use agora_app::analysis::{Matrix, landscape};
use agora_app::registry::{ForaFilter, Registry};
use agora_core::{Dataset, Day};
use serde_json::json;

use crate::AnalysisArgs;

/// A fixed sequence (a linear congruential generator): the same landscape every run.
struct Draw(u64);

impl Draw {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % below
    }
}

fn synthetic(a: &AnalysisArgs) -> anyhow::Result<Dataset> {
    // Three-letter codes made up for the bench (QAA, QAB, …).
    let states: Vec<String> = (0..a.states)
        .map(|i| {
            let l = |n: usize| (b'A' + (n % 26) as u8) as char;
            format!("{}{}{}", l(16 + i / 676), l(i / 26), l(i))
        })
        .collect();
    let per_forum = a.memberships.div_ceil(a.fora);
    let mut draw = Draw(20091104);
    let mut data = json!({
        "format": "agora-dataset", "version": 1,
        "areas": states.iter().map(|c| json!({"code": c, "code_status": "user_assigned", "names": {"en": c}})).collect::<Vec<_>>(),
        "fora": [], "memberships": [],
    });
    let mut fora = Vec::new();
    let mut memberships = Vec::new();
    let regions = 10;
    for f in 0..a.fora {
        let id = format!("bench-forum-{f:04}");
        let region = f % regions;
        let themes: std::collections::BTreeSet<String> = (0..3 + draw.next(4))
            .map(|_| format!("bench-theme-{:02}", draw.next(20)))
            .collect();
        fora.push(json!({
            "id": id, "names": {"en": id}, "categories": [{"category": "rcp"}],
            "established": (1985 + f % 30).to_string(), "md_status": "not_addressed",
            "themes": themes, "regions": [900 + region],
            "sources": [{"url": "https://example.org/bench"}], "verification": "unverified",
        }));
        let mut chosen = std::collections::BTreeSet::new();
        while chosen.len() < per_forum.min(states.len())
            && memberships.len() + chosen.len() < a.memberships
        {
            // Four in five from the forum's own region, the rest from anywhere.
            let s = if draw.next(5) < 4 {
                let width = states.len() / regions;
                region * width + draw.next(width.max(1))
            } else {
                draw.next(states.len())
            };
            chosen.insert(s.min(states.len() - 1));
        }
        for s in chosen {
            let start = 1985 + f % 30 + draw.next(10);
            let end = (draw.next(9) == 0).then(|| (start + 1 + draw.next(8)).to_string());
            memberships.push(json!({
                "id": format!("{id}:member:{}", states[s]), "forum_id": id,
                "member": {"type": "area", "id": states[s]}, "role": "member",
                "start_date": start.to_string(), "end_date": end,
                "sources": [{"url": "https://example.org/bench"}], "verification": "unverified",
            }));
        }
    }
    data["fora"] = json!(fora);
    data["memberships"] = json!(memberships);
    Ok(serde_json::from_value(data)?)
}

/// Twenty routes, each from eight states of one region to four of another.
fn routes(states: usize) -> anyhow::Result<Vec<agora_core::route::Route>> {
    let regions = 10;
    let width = (states / regions).max(1);
    let code = |i: usize| {
        let l = |n: usize| (b'A' + (n % 26) as u8) as char;
        format!("{}{}{}", l(16 + i / 676), l(i / 26), l(i))
    };
    let mut draw = Draw(2009);
    (0..20)
        .map(|k| {
            let (from, to) = (k % regions, (k * 3 + 1) % regions);
            let mut stops: Vec<(usize, &str)> = Vec::new();
            for (region, role, n) in [(from, "origin", 8), (to, "destination", 4)] {
                while stops.iter().filter(|s| s.1 == role).count() < n.min(width) {
                    let s = (region * width + draw.next(width)).min(states - 1);
                    if !stops.iter().any(|x| x.0 == s) {
                        stops.push((s, role));
                    }
                }
            }
            let r = json!({
                "id": format!("bench-route-{k:02}"), "names": {"en": format!("Route {k}")},
                "stops": stops.iter().map(|(s, role)| json!({"area": code(*s), "role": role})).collect::<Vec<_>>(),
                "sources": [{"url": "https://example.org/bench"}], "verification": "unverified",
            });
            Ok(serde_json::from_value(r)?)
        })
        .collect()
}

/// Median and slowest of `runs` timings of `f`, in milliseconds, and its last answer.
fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (f64, f64, T) {
    let mut ms = Vec::with_capacity(runs);
    let mut last = None;
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        last = Some(f());
        ms.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    ms.sort_by(f64::total_cmp);
    (ms[ms.len() / 2], ms[ms.len() - 1], last.expect("one run"))
}

pub async fn analysis(a: AnalysisArgs) -> anyhow::Result<ExitCode> {
    anyhow::ensure!(
        a.fora > 0 && a.states > 0,
        "a landscape needs at least one forum and one state"
    );
    let data = synthetic(&a)?;
    let (fora, memberships) = (data.fora.len(), data.memberships.len());
    let registry = Registry::build(0, data, Vec::new());
    let day: Day = a.as_of.parse().map_err(|e| anyhow::anyhow!("{e:?}"))?;
    println!(
        "synthetic landscape: {fora} fora, {} states, {memberships} dated memberships; on {day}, {} runs each",
        a.states, a.runs
    );
    let filter = ForaFilter::default();
    let (median, slowest, l) = time(a.runs, || landscape(&registry, &filter, day));
    let members: usize = l.fora.iter().map(|p| p.states.len()).sum();
    println!(
        "  the landscape on the day (registry rules): median {median:.1} ms, slowest {slowest:.1} ms ({} fora existing, {members} memberships counting)",
        l.fora.len()
    );
    let (median, slowest, matrix) = time(a.runs, || Matrix::of(&l));
    println!(
        "  overlap matrix, one pass over the states: median {median:.1} ms, slowest {slowest:.1} ms ({} fora)",
        matrix.len()
    );
    let (listed, listed_slowest, pairs) = time(a.runs, || matrix.pairs());
    println!(
        "  its pairs sharing members, most alike first: median {listed:.1} ms, slowest {listed_slowest:.1} ms ({} pairs)",
        pairs.len()
    );
    let median = median + listed;
    let (b_median, b_slowest, baseline) = time(a.runs, || agora_analysis::naive_pairs(&l));
    println!(
        "  baseline, every pair's sets intersected:  median {b_median:.1} ms, slowest {b_slowest:.1} ms ({:.1}x the matrix's and its pairs' medians)",
        b_median / median.max(1e-9)
    );
    anyhow::ensure!(
        pairs == baseline,
        "the matrix and the baseline disagree: {} pairs against {}",
        pairs.len(),
        baseline.len()
    );
    println!(
        "  the matrix and the baseline give the same pairs; target for the matrix: under 200 ms"
    );
    let (median, slowest, flags) = time(a.runs, || agora_analysis::flags(&l, &matrix).len());
    println!(
        "  duplication flags over the matrix: median {median:.1} ms, slowest {slowest:.1} ms ({flags} flagged pairs)"
    );
    let routes = routes(a.states)?;
    let of = l
        .fora
        .iter()
        .position(|p| !p.states.is_empty())
        .unwrap_or(0);
    let (median, slowest, found) = time(a.runs, || {
        agora_analysis::suggestions(&l, &matrix, &routes, of).len()
    });
    println!(
        "  suggestions for one forum ({}), the matrix at hand: median {median:.2} ms, slowest {slowest:.2} ms ({found} suggestions over {} routes); target: under 20 ms",
        l.fora[of].forum,
        routes.len()
    );
    let (median, slowest, _) = time(a.runs, || {
        let m = Matrix::of(&l);
        agora_analysis::suggestions(&l, &m, &routes, of).len()
    });
    println!(
        "  the same with the matrix built for them: median {median:.1} ms, slowest {slowest:.1} ms"
    );
    let (median, slowest, net) = time(a.runs, || agora_analysis::network(&l, &matrix));
    println!(
        "  the network on the day, from the matrix: median {median:.1} ms, slowest {slowest:.1} ms ({} fora, {} links, {} groups; betweenness computed up to {} fora)",
        net.nodes.len(),
        net.graph.edge_count(),
        net.groups,
        agora_analysis::network::BETWEENNESS_UP_TO
    );
    // Betweenness on the 300 fora with the most members, as a filtered page would ask for it.
    let mut few = l.clone();
    few.fora.sort_by_key(|p| std::cmp::Reverse(p.states.len()));
    few.fora.truncate(300);
    let few_matrix = Matrix::of(&few);
    let (median, slowest, net) = time(a.runs, || agora_analysis::network(&few, &few_matrix));
    println!(
        "  the network of the 300 largest fora, betweenness included: median {median:.1} ms, slowest {slowest:.1} ms ({} links)",
        net.graph.edge_count()
    );
    Ok(ExitCode::SUCCESS)
}
