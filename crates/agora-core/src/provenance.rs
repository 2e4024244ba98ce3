//! How sure the registry is of a fact: which sources are primary (the only ones that can make a
//! fact `verified`), and how many facts are verified, unverified and stale.
//!
//! The classification of source addresses lives in `data/source-domains.json`, compiled in here
//! and read by the dataset preparation script too, so that the rule has one place.

use std::sync::LazyLock;

use serde::Deserialize;

use crate::date::Day;
use crate::model::{Dataset, Source, Verification};

const DOMAINS: &str = include_str!("../../../data/source-domains.json");

/// What kind of publisher a source's address belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SourceClass {
    /// The forum's or its secretariat's own site, an intergovernmental organisation's, a
    /// government's or an official journal's: can verify a fact.
    Primary,
    /// An encyclopedia or a copy of one.
    Encyclopedia,
    /// A document-sharing site re-hosting files anyone uploaded.
    Mirror,
    /// A preview or development copy of a site.
    Staging,
    /// Anything else: news, blogs, research institutes, aggregators.
    Other,
}

impl SourceClass {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceClass::Primary => "primary",
            SourceClass::Encyclopedia => "encyclopedia",
            SourceClass::Mirror => "mirror",
            SourceClass::Staging => "staging",
            SourceClass::Other => "other",
        }
    }
}

#[derive(Deserialize)]
struct Hosts {
    hosts: Vec<String>,
}

#[derive(Deserialize)]
struct PrimaryHosts {
    suffixes: std::collections::BTreeMap<String, String>,
    hosts: Vec<String>,
}

#[derive(Deserialize)]
struct Domains {
    staging: Hosts,
    mirror: Hosts,
    encyclopedia: Hosts,
    primary: PrimaryHosts,
}

static TABLE: LazyLock<Domains> =
    LazyLock::new(|| serde_json::from_str(DOMAINS).expect("data/source-domains.json is valid"));

/// The host of an http(s) address, lower-cased, without `www.` or a port.
pub fn host(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let authority = rest.split(['/', '?', '#']).next()?;
    // An address with a user part or a backslash names its host ambiguously (browsers read
    // `https://evil.example\@iom.int/` as evil.example): no host, so never primary.
    if authority.contains(['@', '\\']) {
        return None;
    }
    let host = authority.split(':').next()?.trim_end_matches('.');
    if host.is_empty() {
        return None;
    }
    let host = host.to_ascii_lowercase();
    Some(host.strip_prefix("www.").map(str::to_owned).unwrap_or(host))
}

/// `host` is `entry` or a name under it.
fn under(host: &str, entry: &str) -> bool {
    host == entry
        || host
            .strip_suffix(entry)
            .is_some_and(|head| head.ends_with('.'))
}

/// Suffixes that governments use under a country code as well (`gov.au`, `gob.mx`, `gouv.fr`).
const UNDER_COUNTRY_CODES: [&str; 3] = ["gov", "gob", "gouv"];

/// `host` ends with the labels of `suffix`, or, for a government suffix, with them followed by a
/// two-letter country code (`gov` matches `dfat.gov.au` and `usa.gov`).
fn under_suffix(host: &str, suffix: &str) -> bool {
    if under(host, suffix) {
        return true;
    }
    if !UNDER_COUNTRY_CODES.contains(&suffix) {
        return false;
    }
    match host.rsplit_once('.') {
        Some((head, cc)) if cc.len() == 2 && cc.bytes().all(|b| b.is_ascii_lowercase()) => {
            under(head, suffix)
        }
        _ => false,
    }
}

/// The class of a source's address; an address that is not http(s) is `Other`.
pub fn classify(url: &str) -> SourceClass {
    let Some(host) = host(url) else {
        return SourceClass::Other;
    };
    let t = &*TABLE;
    let listed = |hosts: &Hosts| hosts.hosts.iter().any(|e| under(&host, e));
    if listed(&t.staging) {
        SourceClass::Staging
    } else if listed(&t.mirror) {
        SourceClass::Mirror
    } else if listed(&t.encyclopedia) {
        SourceClass::Encyclopedia
    } else if t.primary.hosts.iter().any(|e| under(&host, e))
        || t.primary.suffixes.keys().any(|s| under_suffix(&host, s))
    {
        SourceClass::Primary
    } else {
        SourceClass::Other
    }
}

/// Whether these sources can make a fact `verified`: at least one of them is primary.
pub fn can_verify(sources: &[Source]) -> bool {
    sources
        .iter()
        .any(|s| classify(&s.url) == SourceClass::Primary)
}

/// A fact not checked for longer than this many days is stale.
pub const STALE_AFTER_DAYS: i64 = 365;

/// Whether a fact last checked on `last_checked` is stale on `today` (never checked is stale).
pub fn is_stale(last_checked: Option<Day>, today: Day) -> bool {
    match last_checked {
        None => true,
        Some(d) => today.days_since_epoch() - d.days_since_epoch() > STALE_AFTER_DAYS,
    }
}

/// How many facts (fora, organisations' sources aside, and memberships) are in each state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub verified: usize,
    pub unverified: usize,
    /// Never checked, or last checked more than [`STALE_AFTER_DAYS`] ago.
    pub stale: usize,
    /// Of the stale ones, those never checked.
    pub never_checked: usize,
}

/// Count the fora and memberships of a dataset by verification state and staleness.
pub fn tally(d: &Dataset, today: Day) -> Tally {
    let mut t = Tally::default();
    let rows = d
        .fora
        .iter()
        .map(|f| (f.verification, f.last_checked))
        .chain(
            d.memberships
                .iter()
                .map(|m| (m.verification, m.last_checked)),
        );
    for (v, checked) in rows {
        match v {
            Verification::Verified => t.verified += 1,
            Verification::Unverified => t.unverified += 1,
        }
        if is_stale(checked, today) {
            t.stale += 1;
            if checked.is_none() {
                t.never_checked += 1;
            }
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_are_read_from_addresses() {
        assert_eq!(
            host("https://www.IOM.int/rcps?x=1").as_deref(),
            Some("iom.int")
        );
        assert_eq!(
            host("http://gfmd.org:8080/docs").as_deref(),
            Some("gfmd.org")
        );
        assert_eq!(host("http://user@gfmd.org/docs"), None);
        assert_eq!(host("ftp://iom.int/"), None);
        assert_eq!(host("https:///nothing"), None);
    }

    #[test]
    fn sources_are_classified_by_publisher() {
        for (url, class) in [
            (
                "https://www.iom.int/regional-consultative-processes-migration",
                SourceClass::Primary,
            ),
            ("https://ropretoria.iom.int/midsa", SourceClass::Primary),
            ("https://au.int/en/treaties", SourceClass::Primary),
            ("https://www.consilium.europa.eu/en/", SourceClass::Primary),
            (
                "https://migrationnetwork.un.org/about",
                SourceClass::Primary,
            ),
            ("https://www.dfat.gov.au/bali", SourceClass::Primary),
            ("https://www.state.gov/x", SourceClass::Primary),
            ("https://www.gob.mx/sre", SourceClass::Primary),
            (
                "https://www.gfmd.org/process/background",
                SourceClass::Primary,
            ),
            ("https://preview.gfmd.org/meetings", SourceClass::Staging),
            (
                "https://baliprocess.dev.juicebox.com.au/members",
                SourceClass::Staging,
            ),
            ("https://fdocuments.us/document/x.html", SourceClass::Mirror),
            ("https://docslib.org/doc/1", SourceClass::Mirror),
            (
                "https://en.wikipedia.org/wiki/Bali_Process",
                SourceClass::Encyclopedia,
            ),
            (
                "https://wikitia.com/wiki/Colombo_Process",
                SourceClass::Encyclopedia,
            ),
            ("https://www.khaleejtimes.com/article", SourceClass::Other),
            // A look-alike is not the publisher it imitates.
            ("https://notiom.int.example.com/", SourceClass::Other),
            ("https://fakegfmd.org/", SourceClass::Other),
            ("https://gov.example.com/", SourceClass::Other),
            ("mailto:someone@iom.int", SourceClass::Other),
            // A user part or a backslash hides the real host.
            ("https://evil.example\\@iom.int/", SourceClass::Other),
            ("https://user@www.iom.int/", SourceClass::Other),
            // Only government suffixes count under a country code.
            ("https://int.xx/", SourceClass::Other),
            ("https://www.gouv.fr/", SourceClass::Primary),
        ] {
            assert_eq!(classify(url), class, "{url}");
        }
    }

    #[test]
    fn only_a_primary_source_verifies() {
        let s = |u: &str| Source {
            url: u.into(),
            note: None,
        };
        assert!(!can_verify(&[]));
        assert!(!can_verify(&[
            s("https://en.wikipedia.org/wiki/X"),
            s("https://vdocuments.net/x")
        ]));
        assert!(can_verify(&[
            s("https://en.wikipedia.org/wiki/X"),
            s("https://www.iom.int/x")
        ]));
    }

    #[test]
    fn a_fact_goes_stale_after_a_year() {
        let day = |s: &str| s.parse::<Day>().unwrap();
        let today = day("2026-12-02");
        assert!(is_stale(None, today));
        assert!(!is_stale(Some(day("2026-01-01")), today));
        assert!(!is_stale(Some(day("2025-12-02")), today));
        assert!(is_stale(Some(day("2025-12-01")), today));
    }
}
