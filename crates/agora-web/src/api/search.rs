//! `/api/v1/search`: documents and fora, ranked, with snippets and facet counts, as far as the
//! caller may see them (the public without a token).

use axum::Json;
use axum::extract::{RawQuery, State};
use serde::Serialize;
use utoipa::ToSchema;

use crate::error::{ApiError, Problem};
use crate::params::Params;
use crate::search;
use crate::state::AppState;
use crate::viewer::Who;
use agora_app::registry::Named;
use agora_app::search::Outcome;

/// A piece of a snippet; `mark` is true where the query matched.
#[derive(Debug, Serialize, ToSchema)]
pub struct SnippetPart {
    pub text: String,
    pub mark: bool,
}

/// One result.
#[derive(Debug, Serialize, ToSchema)]
pub struct SearchHit {
    /// document or forum.
    #[serde(rename = "type")]
    pub what: String,
    pub id: String,
    pub title: String,
    /// The page of the record.
    pub url: String,
    /// The document kind (documents only).
    pub kind: Option<String>,
    /// YYYY, YYYY-MM or YYYY-MM-DD: a document's date, a forum's establishment.
    pub date: Option<String>,
    pub fora: Vec<String>,
    pub themes: Vec<String>,
    /// The languages of a document's versions.
    pub langs: Vec<String>,
    /// The relevance score (0 when sorted by date without words).
    pub score: f32,
    /// Text around the matches.
    pub snippet: Vec<SnippetPart>,
}

/// How many of the matches have each value.
#[derive(Debug, Serialize, ToSchema)]
pub struct FacetValue {
    pub value: String,
    pub count: u64,
}

/// Counts over all the matches (not only this page).
#[derive(Debug, Serialize, ToSchema)]
pub struct SearchFacets {
    #[serde(rename = "type")]
    pub what: Vec<FacetValue>,
    pub kind: Vec<FacetValue>,
    pub forum: Vec<FacetValue>,
    pub year: Vec<FacetValue>,
    pub lang: Vec<FacetValue>,
    pub theme: Vec<FacetValue>,
}

/// A state, organisation or forum found by its name.
#[derive(Debug, Serialize, ToSchema)]
pub struct NamedRecord {
    /// state, organisation or forum.
    #[serde(rename = "type")]
    pub what: String,
    /// An ISO 3166-1 alpha-3 code, an organisation id or a forum id.
    pub id: String,
    /// Its name (in English where there is one).
    pub name: String,
    /// The name the words matched, when it is another (`Éthiopie` for Ethiopia).
    pub matched: Option<String>,
    /// Its page.
    pub url: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SearchPage {
    /// How many match in all.
    pub total: u64,
    pub results: Vec<SearchHit>,
    pub facets: SearchFacets,
    /// Pass as `cursor` for the next page; absent on the last page.
    pub next_cursor: Option<String>,
    /// States and organisations whose names (in any of the languages, codes and acronyms
    /// included) match the words, the best first: on the first page of a search without `type`.
    pub named: Vec<NamedRecord>,
    /// When nothing matched: words that find something (searched without the filters).
    pub suggestion: Option<String>,
    /// When nothing matched: the states, organisations and fora whose names are closest to
    /// the words.
    pub close: Vec<NamedRecord>,
}

fn named(n: &Named, matched: Option<&str>) -> NamedRecord {
    let id = match n {
        Named::State(a) => a.code.to_string(),
        Named::Organisation(o) => o.id.to_string(),
        Named::Forum(f) => f.id.to_string(),
    };
    NamedRecord {
        what: search::named_type(n).to_owned(),
        id,
        name: n.name().to_owned(),
        matched: matched.filter(|m| *m != n.name()).map(str::to_owned),
        url: search::named_href(n),
    }
}

/// Query of a search.
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)] // read through `Params`
pub struct SearchQuery {
    /// Words (all must match, in any of the languages), "quoted phrases" (in order) and
    /// prefixes (`migra*`, `"non-binding dial*"`). Case and accents do not matter. Without
    /// words: everything, newest first.
    q: Option<String>,
    /// document or forum.
    #[param(rename = "type")]
    what: Option<String>,
    /// A document kind: declaration, action_plan, meeting_report, summary_report,
    /// background_paper, study, statement, recommendations, other.
    kind: Option<String>,
    /// A forum id.
    forum: Option<String>,
    /// A theme id.
    theme: Option<String>,
    /// An ISO 639 language code of a document version.
    lang: Option<String>,
    /// From this year (inclusive).
    year_from: Option<i32>,
    /// To this year (inclusive).
    year_to: Option<i32>,
    /// relevance (default with words) or date (newest first; default without words).
    sort: Option<String>,
    /// The `next_cursor` of the previous page.
    cursor: Option<String>,
    /// Results per page, 1-100 (default 20).
    limit: Option<usize>,
}

pub fn page(o: Outcome<'_>, kinds: &agora_app::kinds::Kinds) -> SearchPage {
    let r = o.results;
    let facet = |v: Vec<agora_search::query::FacetCount>| {
        v.into_iter()
            .map(|f| FacetValue {
                value: f.value,
                count: f.count,
            })
            .collect()
    };
    SearchPage {
        total: r.total,
        results: r
            .hits
            .into_iter()
            .map(|h| SearchHit {
                what: h.shown.what.as_str().to_owned(),
                url: search::href(kinds, &h.shown.what, &h.shown.id),
                title: h.shown.title().to_owned(),
                id: h.shown.id,
                kind: h.shown.kind,
                date: h.shown.date,
                fora: h.shown.fora,
                themes: h.shown.themes,
                langs: h.shown.langs,
                score: h.score,
                snippet: h
                    .snippet
                    .into_iter()
                    .map(|f| SnippetPart {
                        text: f.text,
                        mark: f.mark,
                    })
                    .collect(),
            })
            .collect(),
        facets: SearchFacets {
            what: facet(r.facets.what),
            kind: facet(r.facets.kind),
            forum: facet(r.facets.forum),
            year: facet(r.facets.year),
            lang: facet(r.facets.lang),
            theme: facet(r.facets.theme),
        },
        next_cursor: r.next_cursor,
        named: o
            .named
            .iter()
            .map(|(n, m)| named(n, Some(m.name)))
            .collect(),
        suggestion: o.suggestion,
        close: o.close.iter().map(|n| named(n, None)).collect(),
    }
}

#[utoipa::path(get, path = "/api/v1/search", operation_id = "search", tag = "search", params(SearchQuery),
    responses(
        (status = 200, description = "Ranked matches the caller may see, with facet counts", body = SearchPage),
        (status = 400, description = "A malformed parameter, an unknown forum or theme, or a cursor from another search", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "An unknown or revoked token", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn search(
    State(state): State<AppState>,
    who: Who,
    RawQuery(q): RawQuery,
) -> Result<Json<SearchPage>, ApiError> {
    let p = Params::api(q.as_deref(), search::PARAMS)?;
    let registry = state.registry().await?;
    let req = search::request(&p, &registry, state.kinds())?;
    let outcome = search::run(&state, &who, &registry, req).await?;
    Ok(Json(page(outcome, state.kinds())))
}
