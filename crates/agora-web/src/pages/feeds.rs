//! Atom feeds of what changed (`/changes.atom`): everything, or what is about one forum, state,
//! organisation, theme or kind of document, or only what is new (new meetings, new outcome
//! documents of a forum). Entries are worded by `agora_app::changes`, the one place that words a
//! change; the feed shows what the public may see (documents for participants only, unpublished
//! contributions and confidential items never appear).

use agora_app::changes::ChangeFilter;
use agora_core::Member;
use agora_core::document::DocKind;
use agora_core::policy::Viewer;
use agora_i18n::Said;
use axum::extract::{Path, RawQuery, State};
use axum::response::Response;

use super::atom::{Entry, Feed};
use super::{PageError, Posted};
use crate::lang::{Here, Localised, filters};
use crate::params::Params;
use crate::state::AppState;

/// The entries a feed holds at most.
pub const ENTRIES: usize = 50;

/// What `/changes.atom` takes.
pub const PARAMS: &[&str] = &[
    "forum",
    "area",
    "organisation",
    "theme",
    "what",
    "document_kind",
    "new",
];

/// The kinds of record a feed may be limited to.
const WHAT: [&str; 8] = [
    "forum",
    "membership",
    "document",
    "meeting",
    "recommendation",
    "follow_up",
    "area",
    "organisation",
];

/// A feed's filter read from its query, each id checked against the registry (an unknown one
/// is a 400 naming its parameter), with the names it is about.
fn read_filter(
    p: &Params,
    r: &agora_app::registry::Registry,
) -> Result<(ChangeFilter, Vec<String>), PageError> {
    let mut about = Vec::new();
    let forum = p.parse_with("forum", |f| match r.forum(f) {
        Some(forum) => Ok(forum.id.to_string()),
        None => Err(Said::new("no-such-forum").with("id", f)),
    })?;
    if let Some(f) = forum.as_deref().and_then(|f| r.forum(f)) {
        about.push(Localised::name(&f.names).text);
    }
    let area = p.parse_with("area", |c| match r.area(c) {
        Some(a) => Ok(a.code.to_string()),
        None => Err(Said::new("check-unknown-area").with("id", c)),
    })?;
    if let Some(a) = area.as_deref().and_then(|a| r.area(a)) {
        about.push(super::fora::member_name(r, &Member::Area(a.code.clone())).text);
    }
    let organisation = p.parse_with("organisation", |o| match r.organisation(o) {
        Some(x) => Ok(x.id.to_string()),
        None => Err(Said::new("check-unknown-organisation").with("id", o)),
    })?;
    if let Some(o) = organisation.as_deref().and_then(|o| r.organisation(o)) {
        about.push(Localised::name(&o.names).text);
    }
    let theme = p.parse_with("theme", |t| match r.theme(t) {
        Some(x) => Ok(x.id.to_string()),
        None => Err(Said::new("feed-no-such-theme").with("id", t)),
    })?;
    if let Some(t) = theme.as_deref().and_then(|t| r.theme(t)) {
        about.push(Localised::name(&t.labels).text);
    }
    let document_kind = p.choice("document_kind", &DocKind::ALL, DocKind::as_str)?;
    if let Some(k) = document_kind {
        about.push(super::library::kind_label(k));
    }
    let what = p.choice("what", &WHAT, |w| w)?;
    let new_only = p
        .parse_with("new", |v| match v {
            "true" => Ok(true),
            _ => Err(crate::params::not_the_flag(v, "true")),
        })?
        .unwrap_or(false);
    let filter = ChangeFilter {
        forum,
        area,
        organisation,
        theme,
        // A kind of document is about documents.
        what: what
            .map(str::to_owned)
            .or(document_kind.map(|_| "document".to_owned())),
        document_kind: document_kind.map(|k| k.as_str().to_owned()),
        new_only,
    };
    Ok((filter, about))
}

/// The page a feed follows: the forum's, the state's, the organisation's, or the home page.
fn page_of(f: &ChangeFilter) -> String {
    match (&f.forum, &f.area, &f.organisation, f.what.as_deref()) {
        (Some(id), ..) => format!("/fora/{id}"),
        (None, Some(code), ..) => format!("/areas/{code}"),
        (None, None, Some(id), _) => format!("/organisations/{id}"),
        (None, None, None, Some("meeting")) => "/meetings".to_owned(),
        (None, None, None, Some("document")) => "/documents".to_owned(),
        (None, None, None, Some("recommendation")) => "/recommendations".to_owned(),
        (None, None, None, Some("follow_up")) => "/follow-ups".to_owned(),
        _ => "/".to_owned(),
    }
}

/// `/changes.atom`: the latest changes the public may see, worded, with the filters above.
pub async fn changes(
    State(state): State<AppState>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    let p = Params::parse(q.as_deref(), PARAMS)?;
    let r = state.registry().await?;
    let (filter, about) = read_filter(&p, &r)?;
    let here = Here::current();
    let locale = here.locale;
    let list =
        agora_app::changes::latest(&state, &Viewer::anonymous(), locale, &filter, ENTRIES).await?;
    let what = here.text(
        "feed-what",
        &[
            ("what", filter.what.as_deref().unwrap_or("any").into()),
            ("new", if filter.new_only { "yes" } else { "no" }.into()),
        ],
    );
    let title = match about.is_empty() {
        true => here.text("feed-title", &[("what", what.into())]),
        false => here.text(
            "feed-title-about",
            &[
                ("what", what.into()),
                ("about", agora_i18n::format::and_list(locale, &about).into()),
            ],
        ),
    };
    let public = &state.public_url;
    let unprefixed = here.address_in(agora_i18n::Locale::En);
    let entries: Vec<Entry> = list
        .iter()
        .map(|c| Entry {
            id: format!("{}#change-{}", public.link("/changes.atom"), c.seq),
            title: c.said.text(locale),
            updated: c.at.clone(),
            link: c
                .link
                .as_ref()
                .map(|l| public.link(&format!("{}{l}", locale.prefix()))),
            summary: None,
        })
        .collect();
    let feed = Feed {
        id: public.link(&unprefixed),
        title,
        lang: locale.code(),
        self_link: public.link(&here.address_in(locale)),
        page: public.link(&format!("{}{}", locale.prefix(), page_of(&filter))),
        updated: entries
            .first()
            .map_or_else(|| EMPTY_UPDATED.to_owned(), |e| e.updated.clone()),
        author: "Agora".to_owned(),
        entries,
    };
    Ok(feed.response())
}

/// The `updated` time of a feed with no entry: nothing has happened since the epoch.
const EMPTY_UPDATED: &str = "1970-01-01T00:00:00Z";

/// The parameters a search's feed takes: a search's, without its order or page.
fn search_params() -> Vec<&'static str> {
    crate::search::PARAMS
        .iter()
        .copied()
        .filter(|p| !matches!(*p, "sort" | "cursor" | "limit"))
        .collect()
}

/// Entries of records a search found, for a reader of `locale`: each entry's id is the
/// record's page (stable across feeds and languages).
fn found_entries(
    state: &AppState,
    found: Vec<agora_app::feeds::Found>,
    locale: agora_i18n::Locale,
) -> Vec<Entry> {
    let public = &state.public_url;
    found
        .into_iter()
        .map(|f| {
            let page = crate::search::href(
                state.kinds(),
                &agora_search::What::parse(&f.what).unwrap_or(agora_search::What::DOCUMENT),
                &f.id,
            );
            let summary = f.search.as_ref().map(|name| {
                crate::lang::text_with("feed-found-by", &[("search", name.as_str().into())])
            });
            Entry {
                id: public.link(&page),
                title: f.title,
                updated: f.updated,
                link: Some(public.link(&format!("{}{page}", locale.prefix()))),
                summary,
            }
        })
        .collect()
}

/// A feed of entries, newest first, its `updated` the newest entry's.
fn feed_of(state: &AppState, title: String, page: &str, mut entries: Vec<Entry>) -> Feed {
    let here = Here::current();
    let public = &state.public_url;
    entries.sort_by(|a, b| b.updated.cmp(&a.updated));
    entries.truncate(agora_app::feeds::ENTRIES);
    Feed {
        id: public.link(&here.address_in(agora_i18n::Locale::En)),
        title,
        lang: here.locale.code(),
        self_link: public.link(&here.address_in(here.locale)),
        page: public.link(&format!("{}{page}", here.locale.prefix())),
        updated: entries
            .first()
            .map_or_else(|| EMPTY_UPDATED.to_owned(), |e| e.updated.clone()),
        author: "Agora".to_owned(),
        entries,
    }
}

/// `/search.atom`: what a search finds that the public may see, newest first: any search of
/// the library or the registry, followed as a feed.
pub async fn search(
    State(state): State<AppState>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    let p = Params::parse(q.as_deref(), &search_params())?;
    let r = state.registry().await?;
    let req = crate::search::request(&p, &r, state.kinds())?;
    let here = Here::current();
    let viewer = Viewer::anonymous();
    let who = agora_app::Caller {
        account: None,
        viewer: &viewer,
        locale: here.locale,
    };
    let title = match req.q.trim() {
        "" => here.text("feed-search-title-all", &[]),
        words => here.text("feed-search-title", &[("q", words.into())]),
    };
    let page = format!("/search?{}", super::search::feed_query(&req));
    let found = agora_app::feeds::found(&state, &who, &r, req).await?;
    let entries = found_entries(&state, found, here.locale);
    Ok(feed_of(&state, title, &page, entries).response())
}

/// `/feeds/{key}.atom`: a person's saved searches (or one, `?search=N`) over what they may
/// read, at an address only they know. Never kept by shared caches: an ended address answers
/// 404 at once.
pub async fn private(
    State(state): State<AppState>,
    Path(file): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    let p = Params::parse(q.as_deref(), &["search"])?;
    let key = file.strip_suffix(".atom").unwrap_or("");
    let (account, viewer) = agora_app::feeds::open_key(&state, key).await?;
    let here = Here::current();
    let who = agora_app::Caller {
        account: Some(&account),
        viewer: &viewer,
        locale: here.locale,
    };
    let only: Option<i64> = p.parse_with("search", |v| {
        v.parse::<i64>()
            .map_err(|_| Said::new("feed-not-a-search").with("value", v))
    })?;
    let r = state.registry().await?;
    let mut searches = agora_app::feeds::saved(&state, &who).await?;
    if let Some(id) = only {
        searches.retain(|s| s.id == id);
        if searches.is_empty() {
            return Err(crate::error::AppError::not_found("saved-search", &id.to_string()).into());
        }
    }
    let mut entries: Vec<Entry> = Vec::new();
    for s in &searches {
        // A saved search that no longer reads (a forum gone) finds nothing.
        let Ok(sp) = Params::parse(Some(&s.query), &search_params()) else {
            continue;
        };
        let Ok(req) = crate::search::request(&sp, &r, state.kinds()) else {
            continue;
        };
        let mut found = agora_app::feeds::found(&state, &who, &r, req).await?;
        for f in &mut found {
            f.search = Some(s.name.clone());
        }
        for e in found_entries(&state, found, here.locale) {
            if !entries.iter().any(|x| x.id == e.id) {
                entries.push(e);
            }
        }
    }
    let title = match (only, searches.first()) {
        (Some(_), Some(s)) => here.text("feed-saved-title", &[("name", s.name.as_str().into())]),
        _ => here.text("feed-private-title", &[]),
    };
    let mut res = feed_of(&state, title, "/account", entries).response();
    res.headers_mut().insert(
        axum::http::header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("private, no-cache"),
    );
    Ok(res)
}

/// `POST /account/searches`: save a search (checked as the search page reads it) to follow it
/// in the private feed.
pub async fn save_search(
    State(state): State<AppState>,
    Posted { who, form }: Posted,
) -> Result<Response, PageError> {
    who.in_person()?;
    let query = form.field("query").to_owned();
    let p = Params::parse(Some(&query), &search_params())?;
    let r = state.registry().await?;
    crate::search::request(&p, &r, state.kinds())?;
    let name = form.field("name");
    agora_app::feeds::save(&state, &who.caller(), name, &query).await?;
    Ok(super::see_other("/account#searches"))
}

/// `POST /account/searches/{id}/delete`: stop following a saved search.
pub async fn forget_search(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Posted { who, .. }: Posted,
) -> Result<Response, PageError> {
    who.in_person()?;
    let id: i64 = id
        .parse()
        .map_err(|_| crate::error::AppError::not_found("saved-search", &id))?;
    agora_app::feeds::forget(&state, &who.caller(), id).await?;
    Ok(super::see_other("/account#searches"))
}

#[derive(askama::Template)]
#[template(path = "feed_key.html")]
struct KeyPage {
    /// The private feed's address, shown this once.
    address: String,
    /// Each saved search's own feed: (name, address).
    searches: Vec<(String, String)>,
}

/// `POST /account/feed-key`: a new address for the private feed (the old one ends), shown
/// once.
pub async fn make_key(
    State(state): State<AppState>,
    Posted { who, .. }: Posted,
) -> Result<Response, PageError> {
    who.in_person()?;
    let key = agora_app::feeds::new_key(&state, &who.caller()).await?;
    state
        .audit(&who.actor(), "feed.key", "private feed", "ok")
        .await;
    let prefix = Here::current().locale.prefix();
    let address = state.public_url.link(&format!("{prefix}/feeds/{key}.atom"));
    let searches = agora_app::feeds::saved(&state, &who.caller())
        .await?
        .into_iter()
        .map(|s| (s.name, format!("{address}?search={}", s.id)))
        .collect();
    super::private_page(axum::http::StatusCode::OK, &KeyPage { address, searches })
}

/// `POST /account/feed-key/end`: the private feed's address stops working.
pub async fn end_key(
    State(state): State<AppState>,
    Posted { who, .. }: Posted,
) -> Result<Response, PageError> {
    who.in_person()?;
    agora_app::feeds::end_key(&state, &who.caller()).await?;
    state
        .audit(&who.actor(), "feed.key.end", "private feed", "ok")
        .await;
    Ok(super::see_other("/account#searches"))
}
