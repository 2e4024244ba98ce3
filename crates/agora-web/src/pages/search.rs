//! The search page: words and phrases over documents and fora, narrowed by facets, as far as the
//! viewer may see (the same search as `/api/v1/search`).

use agora_core::document::DocKind;
use agora_core::meeting::MeetingType;
use agora_search::{Request, Sort, What};
use askama::Template;
use axum::extract::{RawQuery, State};
use axum::response::Response;

use super::{PageError, html};
use crate::lang::{Localised, filters, text};
use crate::params::Params;
use crate::search;
use crate::state::AppState;
use crate::viewer::Who;
use agora_app::registry::{Named, Registry};

pub struct HitRow {
    pub href: String,
    pub title: Localised,
    pub what: String,
    pub date: String,
    pub fora: Vec<(String, String)>,
    /// (text, marked)
    pub snippet: Vec<(String, bool)>,
    /// The language of the snippet's text (empty when not known).
    pub snippet_lang: String,
}

/// A state, organisation or forum found by its name.
pub struct NamedRow {
    pub href: String,
    pub name: Localised,
    /// state, organisation or forum (said in words by the template).
    pub kind: &'static str,
    /// Whether a state is an independent one (else a territory).
    pub independent: bool,
    /// The name the words matched, when it is another.
    pub matched: Option<String>,
    /// How many fora a state takes part in today.
    pub fora_today: Option<usize>,
}

impl NamedRow {
    fn new(
        n: &Named,
        matched: Option<&str>,
        registry: &Registry,
        today: agora_core::Day,
    ) -> NamedRow {
        NamedRow {
            href: search::named_href(n),
            name: match n {
                Named::State(a) => Localised::name(&a.names),
                Named::Organisation(o) => Localised::name(&o.names),
                Named::Forum(f) => Localised::name(&f.names),
            },
            kind: search::named_type(n),
            independent: matches!(n, Named::State(a) if a.independent),
            matched: matched.filter(|m| *m != n.name()).map(str::to_owned),
            fora_today: match n {
                Named::State(a) => Some(registry.fora_count(&a.code, today)),
                _ => None,
            },
        }
    }
}

pub struct FacetLink {
    pub label: String,
    pub count: u64,
    pub href: String,
    pub selected: bool,
}

pub struct FacetGroup {
    /// The message naming the group.
    pub title: &'static str,
    pub links: Vec<FacetLink>,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage {
    q: String,
    asked: bool,
    total: u64,
    hits: Vec<HitRow>,
    facets: Vec<FacetGroup>,
    sort_by_date: bool,
    next: Option<String>,
    /// Links that drop one active filter: (label, href).
    active: Vec<(String, String)>,
    named: Vec<NamedRow>,
    /// When nothing was found: (words, the search for them) ...
    suggestion: Option<(String, String)>,
    /// ... and records whose names are closest.
    close: Vec<NamedRow>,
    /// The search's filters as a query string (without its order or page): its feed's, and
    /// what a signed-in person saves.
    feed_query: String,
    /// The form token of a signed-in person, who may save the search.
    save_csrf: Option<String>,
}

/// The filters of a request as query pairs (without the cursor).
fn pairs(r: &Request) -> Vec<(&'static str, String)> {
    let mut v = Vec::new();
    if !r.q.is_empty() {
        v.push(("q", r.q.clone()));
    }
    if let Some(w) = &r.what {
        v.push(("type", w.as_str().to_owned()));
    }
    for (k, x) in [
        ("kind", &r.kind),
        ("forum", &r.forum),
        ("theme", &r.theme),
        ("lang", &r.lang),
    ] {
        if let Some(x) = x {
            v.push((k, x.clone()));
        }
    }
    if let Some(y) = r.year_from {
        v.push(("year_from", y.to_string()));
    }
    if let Some(y) = r.year_to {
        v.push(("year_to", y.to_string()));
    }
    v.push(("sort", r.sort.as_str().to_owned()));
    v
}

fn href(p: &[(&str, String)]) -> String {
    format!(
        "/search?{}",
        serde_urlencoded::to_string(p).unwrap_or_default()
    )
}

/// `pairs` with `key` set to `value` (or removed).
fn with(p: &[(&'static str, String)], key: &'static str, value: Option<String>) -> String {
    let mut v: Vec<(&str, String)> = p.iter().filter(|(k, _)| *k != key).cloned().collect();
    if let Some(value) = value {
        v.push((key, value));
    }
    href(&v)
}

fn label(registry: &Registry, dimension: &str, value: &str) -> String {
    match dimension {
        "type" => match value {
            "forum" => text("site-nav-fora"),
            "document" => text("site-nav-documents"),
            "meeting" => text("site-nav-meetings"),
            "recommendation" => text("site-nav-recommendations"),
            "practice" => text("site-nav-practices"),
            "follow_up" => text("search-type-follow-up"),
            other => other.to_owned(),
        },
        "kind" => DocKind::parse(value)
            .map(super::library::kind_label)
            .or_else(|| MeetingType::parse(value).map(super::meetings::kind_label))
            .or_else(|| {
                agora_core::recommendation::RecommendationType::parse(value)
                    .map(super::recommendations::kind_label)
            })
            .or_else(|| {
                agora_core::recommendation::FollowUpType::parse(value)
                    .map(super::recommendations::follow_up_kind_label)
            })
            .unwrap_or_else(|| value.to_owned()),
        "forum" => registry
            .forum(value)
            .map(|f| Localised::name(&f.names).text)
            .unwrap_or_else(|| value.to_owned()),
        "theme" => registry
            .theme(value)
            .map(|t| Localised::name(&t.labels).text)
            .unwrap_or_else(|| value.to_owned()),
        "lang" => super::language_label(value),
        _ => value.to_owned(),
    }
}

pub async fn page(
    State(state): State<AppState>,
    who: Who,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    let p = Params::parse(q.as_deref(), search::PARAMS)?;
    let registry = state.registry().await?;
    let req = search::request(&p, &registry, state.kinds())?;
    let base = pairs(&req);
    let asked = q.as_deref().is_some_and(|q| !q.is_empty());
    let outcome = search::run(&state, &who, &registry, req.clone()).await?;
    let today = state.today();
    let named = (outcome.named.iter())
        .map(|(n, m)| NamedRow::new(n, Some(m.name), &registry, today))
        .collect();
    let close = (outcome.close.iter())
        .map(|n| NamedRow::new(n, None, &registry, today))
        .collect();
    let suggestion = outcome
        .suggestion
        .map(|words| (words.clone(), href(&[("q", words)])));
    let results = outcome.results;

    let current = |dimension: &str| -> Option<String> {
        match dimension {
            "type" => req.what.as_ref().map(|w| w.as_str().to_owned()),
            "kind" => req.kind.clone(),
            "forum" => req.forum.clone(),
            "theme" => req.theme.clone(),
            "lang" => req.lang.clone(),
            _ => None,
        }
    };
    let mut facets = Vec::new();
    let f = &results.facets;
    for (title, dimension, values) in [
        ("search-facet-type", "type", &f.what),
        ("search-facet-kind", "kind", &f.kind),
        ("search-facet-forum", "forum", &f.forum),
        ("search-facet-year", "year", &f.year),
        ("search-facet-language", "lang", &f.lang),
        ("search-facet-theme", "theme", &f.theme),
    ] {
        let links = values
            .iter()
            .map(|v| {
                let (href, selected) = if dimension == "year" {
                    let y = v.value.parse::<i32>().ok();
                    let selected = y.is_some() && req.year_from == y && req.year_to == y;
                    let mut pp: Vec<(&'static str, String)> = base
                        .iter()
                        .filter(|(k, _)| *k != "year_from" && *k != "year_to")
                        .cloned()
                        .collect();
                    if !selected {
                        pp.push(("year_from", v.value.clone()));
                        pp.push(("year_to", v.value.clone()));
                    }
                    (href(&pp), selected)
                } else {
                    let selected = current(dimension).as_deref() == Some(v.value.as_str());
                    (
                        with(&base, dimension, (!selected).then(|| v.value.clone())),
                        selected,
                    )
                };
                FacetLink {
                    label: label(&registry, dimension, &v.value),
                    count: v.count,
                    href,
                    selected,
                }
            })
            .collect::<Vec<_>>();
        if !links.is_empty() {
            facets.push(FacetGroup { title, links });
        }
    }
    let mut active = Vec::new();
    for dimension in ["type", "kind", "forum", "theme", "lang"] {
        if let Some(v) = current(dimension) {
            active.push((
                label(&registry, dimension, &v),
                with(&base, dimension, None),
            ));
        }
    }
    if req.year_from.is_some() || req.year_to.is_some() {
        let years = match (req.year_from, req.year_to) {
            (Some(a), Some(b)) if a == b => a.to_string(),
            (a, b) => crate::lang::text_with(
                "search-years",
                &[
                    ("from", a.map(|y| y.to_string()).unwrap_or_default().into()),
                    ("to", b.map(|y| y.to_string()).unwrap_or_default().into()),
                ],
            ),
        };
        let pp: Vec<(&'static str, String)> = base
            .iter()
            .filter(|(k, _)| *k != "year_from" && *k != "year_to")
            .cloned()
            .collect();
        active.push((years, href(&pp)));
    }
    let hits = results
        .hits
        .into_iter()
        .map(|h| HitRow {
            // A document opens with the words of the search marked in its text.
            href: match h.shown.what == What::DOCUMENT && !req.q.trim().is_empty() {
                true => format!(
                    "{}?{}",
                    search::href(state.kinds(), &h.shown.what, &h.shown.id),
                    serde_urlencoded::to_string([("q", &req.q)]).unwrap_or_default()
                ),
                false => search::href(state.kinds(), &h.shown.what, &h.shown.id),
            },
            title: {
                let chain = crate::lang::chain();
                chain
                    .iter()
                    .find_map(|l| h.shown.titles.iter().find(|(tl, _)| tl == l))
                    .or_else(|| h.shown.titles.first())
                    .map(|(l, t)| Localised::new(t.clone(), l))
                    .unwrap_or_default()
            },
            snippet_lang: match h.shown.langs.as_slice() {
                [one] => one.clone(),
                _ => String::new(),
            },
            what: match (
                h.shown.what.as_str(),
                h.shown.kind.as_deref().and_then(DocKind::parse),
            ) {
                ("forum", _) => text("search-what-forum"),
                ("document", Some(k)) => super::library::kind_label(k),
                ("document", None) => text("search-what-document"),
                ("meeting", _) => match h.shown.kind.as_deref().and_then(MeetingType::parse) {
                    Some(k) => super::meetings::kind_label(k),
                    None => text("meetings-col-meeting"),
                },
                ("recommendation", _) => h
                    .shown
                    .kind
                    .as_deref()
                    .and_then(agora_core::recommendation::RecommendationType::parse)
                    .map_or_else(
                        || text("recs-col-recommendation"),
                        super::recommendations::kind_label,
                    ),
                ("follow_up", _) => h
                    .shown
                    .kind
                    .as_deref()
                    .and_then(agora_core::recommendation::FollowUpType::parse)
                    .map_or_else(
                        || text("search-type-follow-up"),
                        super::recommendations::follow_up_kind_label,
                    ),
                ("practice", _) => text("search-what-practice"),
                (other, _) => other.to_owned(),
            },
            date: h
                .shown
                .date
                .clone()
                .map(crate::lang::date)
                .unwrap_or_default(),
            fora: h
                .shown
                .fora
                .iter()
                .filter(|_| h.shown.what == What::DOCUMENT)
                .map(|id| (format!("/fora/{id}"), label(&registry, "forum", id)))
                .collect(),
            snippet: h.snippet.into_iter().map(|s| (s.text, s.mark)).collect(),
        })
        .collect();
    let next = results.next_cursor.map(|c| {
        let mut pp = base.clone();
        pp.push(("cursor", c));
        href(&pp)
    });
    html(&SearchPage {
        q: req.q.clone(),
        asked,
        total: results.total,
        hits,
        facets,
        sort_by_date: req.sort == Sort::Date,
        next,
        active,
        named,
        suggestion,
        close,
        feed_query: feed_query(&req),
        save_csrf: who.account().ok().map(|_| who.csrf()),
    })
}

/// A search's filters as a query string, without its order or page (what its feed and a saved
/// search keep).
pub fn feed_query(r: &Request) -> String {
    let kept: Vec<(&str, String)> = pairs(r).into_iter().filter(|(k, _)| *k != "sort").collect();
    serde_urlencoded::to_string(kept).unwrap_or_default()
}
