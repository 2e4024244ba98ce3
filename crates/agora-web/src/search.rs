//! Searching as a viewer, shared by the search page and `/api/v1/search`: the parameters read
//! strictly (filters from allowlists); what the viewer may find is the application layer's
//! (`agora_app::search`), from the access policy.

use agora_app::registry::Named;
use agora_app::search::Outcome;
use agora_core::document::DocKind;
use agora_core::{Lang, Said};
use agora_search::{Request, Sort, What};

use crate::error::AppError;
use crate::params::{Params, not_between, not_one_of};
use crate::state::AppState;
use crate::viewer::Who;
use agora_app::kinds::Kinds;
use agora_app::registry::Registry;

/// The parameters a search takes.
pub const PARAMS: &[&str] = &[
    "q",
    "type",
    "kind",
    "forum",
    "theme",
    "lang",
    "year_from",
    "year_to",
    "sort",
    "cursor",
    "limit",
];

/// Results per page unless `limit` says otherwise.
pub const DEFAULT_LIMIT: usize = 20;

/// Reads a search from query parameters. Unknown fora and themes are 400s naming the
/// parameter (they are public records: saying so leaks nothing).
pub fn request(p: &Params, registry: &Registry, kinds: &Kinds) -> Result<Request, AppError> {
    let what = p.parse_with("type", |v| {
        let searchable: Vec<&str> = kinds
            .all()
            .filter(|k| k.searchable())
            .map(|k| k.name())
            .collect();
        match What::parse(v) {
            Some(w) if searchable.contains(&w.as_str()) => Ok(w),
            _ => Err(not_one_of(v, searchable)),
        }
    })?;
    let kind = p.choice("kind", &DocKind::ALL, DocKind::as_str)?;
    let forum = p.parse_with("forum", |v| {
        registry
            .forum(v)
            .map(|f| f.id.to_string())
            .ok_or_else(|| Said::new("no-such-forum").with("id", v))
    })?;
    let theme = p.parse_with("theme", |v| {
        registry
            .theme(v)
            .map(|t| t.id.to_string())
            .ok_or_else(|| Said::new("check-unknown-theme").with("id", v))
    })?;
    let lang = p.parse_with("lang", |v| {
        Lang::parse(v).map(|l| l.to_string()).map_err(|e| e.said())
    })?;
    let (year_from, year_to) = (p.year("year_from")?, p.year("year_to")?);
    if let (Some(a), Some(b)) = (year_from, year_to)
        && a > b
    {
        return Err(AppError::bad_key("year_to", "param-years-reversed"));
    }
    let sort = p.parse_with("sort", |v| {
        Sort::parse(v).ok_or_else(|| not_one_of(v, ["relevance", "date"]))
    })?;
    let limit = p
        .parse_with("limit", |v| match v.parse::<usize>() {
            Ok(n) if (1..=agora_search::query::MAX_LIMIT).contains(&n) => Ok(n),
            _ => Err(not_between(v, 1, agora_search::query::MAX_LIMIT)),
        })?
        .unwrap_or(DEFAULT_LIMIT);
    let q = p.text("q").unwrap_or("").to_owned();
    Ok(Request {
        // Without words there is nothing to rank: newest first.
        sort: sort.unwrap_or(if q.trim().is_empty() {
            Sort::Date
        } else {
            Sort::Relevance
        }),
        q,
        what,
        kind: kind.map(|k| k.as_str().to_owned()),
        forum,
        theme,
        lang,
        year_from,
        year_to,
        cursor: p.text("cursor").map(str::to_owned),
        limit,
    })
}

/// Runs a search as `who`, on an index that reflects every write the registry reflects.
pub async fn run<'r>(
    state: &AppState,
    who: &Who,
    registry: &'r Registry,
    req: Request,
) -> Result<Outcome<'r>, AppError> {
    Ok(agora_app::search::run(state, &who.caller(), registry, req).await?)
}

/// What a record found by its name is, in the API's words: state, organisation, forum.
pub fn named_type(n: &Named) -> &'static str {
    match n {
        Named::State(_) => "state",
        Named::Organisation(_) => "organisation",
        Named::Forum(_) => "forum",
    }
}

/// The page of a record found by its name.
pub fn named_href(n: &Named) -> String {
    match n {
        Named::State(a) => format!("/areas/{}", a.code),
        Named::Organisation(o) => format!("/organisations/{}", o.id),
        Named::Forum(f) => format!("/fora/{}", f.id),
    }
}

/// Where a hit lives: its page, as its kind declares it (a kind without pages: a search for
/// its id).
pub fn href(kinds: &Kinds, what: &What, id: &str) -> String {
    kinds
        .get(what.as_str())
        .and_then(|k| k.page(id))
        .unwrap_or_else(|| {
            let query = serde_urlencoded::to_string([("q", id)]).unwrap_or_default();
            format!("/search?{query}")
        })
}
