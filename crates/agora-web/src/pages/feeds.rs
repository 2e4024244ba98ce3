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
use axum::extract::{RawQuery, State};
use axum::response::Response;

use super::PageError;
use super::atom::{Entry, Feed};
use crate::lang::{Here, Localised};
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
const WHAT: [&str; 6] = [
    "forum",
    "membership",
    "document",
    "meeting",
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
