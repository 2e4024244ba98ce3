//! How sure the registry is of its facts, for editors and the public: the facts (fora and
//! memberships) by verification state, by the kind of publisher of their sources, by when they
//! were last checked; and the queue of facts to verify next, oldest check first. Every fact
//! here is public (the registry is), so the report is the same for every viewer.

use std::collections::BTreeMap;

use agora_core::provenance::{SourceClass, classify, host, is_stale};
use agora_core::{Day, Source, Verification};

use crate::registry::Registry;

/// One fact in the queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    /// `forum` or `membership`.
    pub kind: &'static str,
    pub id: String,
    /// The forum it belongs to (its page shows it).
    pub forum: String,
    pub verification: Verification,
    pub last_checked: Option<Day>,
    pub stale: bool,
    /// The best class of its sources (primary if any is).
    pub best_source: SourceClass,
}

/// The report.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub tally: agora_core::provenance::Tally,
    /// Facts by the best class of their sources.
    pub by_class: BTreeMap<SourceClass, usize>,
    /// Facts citing each source host, most cited first (the first 25).
    pub by_host: Vec<(String, usize)>,
    /// Facts by the year they were last checked ("never" for none).
    pub by_checked: BTreeMap<String, usize>,
    /// Unverified or stale facts, never-checked first, then oldest check, unverified before
    /// verified, then by id.
    pub queue: Vec<Fact>,
}

fn best(sources: &[Source]) -> SourceClass {
    sources
        .iter()
        .map(|s| classify(&s.url))
        .min()
        .unwrap_or(SourceClass::Other)
}

/// The report over the registry as it is, on `today`.
pub fn report(r: &Registry, today: Day) -> Report {
    let d = &r.data;
    let facts = d
        .fora
        .iter()
        .map(|f| {
            (
                "forum",
                f.id.to_string(),
                f.id.to_string(),
                f.verification,
                f.last_checked,
                &f.sources,
            )
        })
        .chain(d.memberships.iter().map(|m| {
            (
                "membership",
                m.id.to_string(),
                m.forum_id.to_string(),
                m.verification,
                m.last_checked,
                &m.sources,
            )
        }));
    let mut out = Report {
        tally: agora_core::provenance::tally(d, today),
        ..Report::default()
    };
    let mut hosts: BTreeMap<String, usize> = BTreeMap::new();
    for (kind, id, forum, verification, last_checked, sources) in facts {
        let class = best(sources);
        *out.by_class.entry(class).or_default() += 1;
        let mut seen: Vec<String> = sources.iter().filter_map(|s| host(&s.url)).collect();
        seen.sort();
        seen.dedup();
        for h in seen {
            *hosts.entry(h).or_default() += 1;
        }
        *out.by_checked
            .entry(last_checked.map_or_else(|| "never".to_owned(), |d| d.year().to_string()))
            .or_default() += 1;
        let stale = is_stale(last_checked, today);
        if stale || verification == Verification::Unverified {
            out.queue.push(Fact {
                kind,
                id,
                forum,
                verification,
                last_checked,
                stale,
                best_source: class,
            });
        }
    }
    let mut by_host: Vec<(String, usize)> = hosts.into_iter().collect();
    by_host.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    by_host.truncate(25);
    out.by_host = by_host;
    out.queue.sort_by(|a, b| {
        a.last_checked
            .cmp(&b.last_checked)
            .then_with(|| b.verification.cmp(&a.verification))
            .then_with(|| a.id.cmp(&b.id))
    });
    out
}
