//! Server-rendered HTML pages (askama templates in `templates/`), usable without JavaScript.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

use crate::error::AppError;
use crate::lang::filters;

pub mod account;
pub mod area_portfolio;
pub mod areas;
pub mod assessment_pdf;
pub mod assessments;
pub mod atom;
pub mod contribute;
pub mod cycles;
pub mod data;
pub mod docs;
pub mod feeds;
pub mod fora;
pub mod fora_list;
pub mod history;
pub mod home;
pub mod ics;
pub mod landscape;
mod landscape_pictures;
pub mod library;
pub mod meeting_form;
pub mod meetings;
pub mod organisations;
pub mod practice_calls;
pub mod practice_review;
pub mod practices;
pub mod propose;
pub mod propose_meeting;
pub mod provenance;
pub mod recommendations;
pub mod report;
pub mod reset;
pub mod search;
pub mod session;
pub mod settings;
pub mod support;

/// What every page that shows a date starts from: the day asked for (`?as_of=`, default today),
/// whether that is today, and the registry. A handler takes it as an argument (an extractor).
pub struct Dated {
    pub today: agora_core::Day,
    pub day: agora_core::Day,
    /// The year or month asked for (`as_of=2010`), whose last day `day` is.
    pub period: Option<String>,
    /// Another day to compare the page's day with (`compare=2010`), as `as_of` reads it.
    pub compare: Option<agora_core::Day>,
    pub registry: std::sync::Arc<agora_app::registry::Registry>,
}

/// What differs between the page's day and another: what is there on the page's day and not on
/// the other, and the reverse, as (page, name).
pub struct Comparison {
    pub with: String,
    pub only_now: Vec<(String, String)>,
    pub only_then: Vec<(String, String)>,
}

impl Comparison {
    /// The comparison of two sets of (page, name), sorted by name.
    pub fn of(
        with: agora_core::Day,
        now: std::collections::BTreeMap<String, String>,
        then: std::collections::BTreeMap<String, String>,
    ) -> Comparison {
        let only = |a: &std::collections::BTreeMap<String, String>,
                    b: &std::collections::BTreeMap<String, String>| {
            let mut v: Vec<(String, String)> = a
                .iter()
                .filter(|(k, _)| !b.contains_key(*k))
                .map(|(k, n)| (k.clone(), n.clone()))
                .collect();
            v.sort_by(|x, y| x.1.cmp(&y.1));
            v
        };
        Comparison {
            with: with.to_string(),
            only_now: only(&now, &then),
            only_then: only(&then, &now),
        }
    }
}

impl Dated {
    /// Refuses `compare` on a page that compares no dates.
    pub fn without_compare(self) -> Result<Dated, PageError> {
        if self.compare.is_some() {
            return Err(AppError::bad_key("compare", "param-compare-not-here").into());
        }
        Ok(self)
    }

    /// Whether the day asked for is today.
    pub fn is_today(&self) -> bool {
        self.day == self.today
    }
}

impl axum::extract::FromRequestParts<crate::state::AppState> for Dated {
    type Rejection = PageError;

    /// Read a dated page's query (only `as_of` is accepted) and the registry.
    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &crate::state::AppState,
    ) -> Result<Dated, PageError> {
        let p = crate::params::Params::parse(parts.uri.query(), &["as_of", "compare"])?;
        let today = state.today();
        let day = p.as_of(today)?;
        Ok(Dated {
            today,
            day,
            period: p.as_of_period().map(str::to_owned),
            compare: p.day_named("compare")?,
            registry: state.registry().await?,
        })
    }
}

/// The client of a request, as the audit log keeps it (empty when unknown).
pub fn client_of<B>(state: &crate::state::AppState, req: &axum::http::Request<B>) -> String {
    req.extensions()
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|c| state.client_key(c.0.ip(), req.headers()))
        .unwrap_or_default()
}

/// A page for one person: never cached, by us or anyone between.
pub fn private(status: axum::http::StatusCode, body: String) -> Response {
    (
        status,
        [
            (axum::http::header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (axum::http::header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response()
}

/// A private page rendered from a template.
pub fn private_page<T: Template>(status: StatusCode, t: &T) -> Result<Response, PageError> {
    Ok(private(
        status,
        crate::lang::render(&t).map_err(AppError::from)?,
    ))
}

/// 303 See Other to `to`, never stored (it answers a form or a private page).
pub fn see_other(to: impl Into<String>) -> Response {
    let to = to.into();
    (
        StatusCode::SEE_OTHER,
        [
            (axum::http::header::LOCATION, to),
            (axum::http::header::CACHE_CONTROL, "no-store".to_owned()),
        ],
    )
        .into_response()
}

/// The fields of a submitted form (`application/x-www-form-urlencoded`).
pub struct Form(Vec<(String, String)>);

impl Form {
    pub fn read(body: &[u8]) -> Result<Form, AppError> {
        serde_urlencoded::from_bytes(body)
            .map(Form)
            .map_err(|_| AppError::bad_key("body", "form-unread"))
    }

    /// A field's value; empty when the form lacks it.
    pub fn field(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }

    /// Every value a field was given (checkboxes of one name), in the order posted.
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

/// A file posted from one of our pages (a document, a spreadsheet) as a multipart form: read
/// within limits (`fields` are the others it may carry) and its synchronizer token checked, a
/// refusal audited as for every posted form.
pub(crate) async fn posted_upload(
    state: &crate::state::AppState,
    who: &crate::viewer::Who,
    multipart: Result<axum::extract::Multipart, axum::extract::multipart::MultipartRejection>,
    fields: &[&str],
    path: &str,
) -> Result<agora_app::uploads::Upload, AppError> {
    let upload = crate::upload::read(multipart, fields).await?;
    if let Err(e) = who.check_csrf(upload.field("csrf")) {
        state
            .audit(&who.actor(), "post", path, "refused: bad csrf token")
            .await;
        return Err(e);
    }
    Ok(upload)
}

/// A form posted by a signed-in person from one of our pages: read, and its synchronizer token
/// checked against the session's, before the handler runs. A page handler that changes state
/// takes this, which is how every such route gets the check (the CSRF sweep test walks them).
pub struct Posted {
    pub who: crate::viewer::Who,
    pub form: Form,
}

impl axum::extract::FromRequest<crate::state::AppState> for Posted {
    type Rejection = Response;

    async fn from_request(
        req: axum::extract::Request,
        state: &crate::state::AppState,
    ) -> Result<Posted, Response> {
        let who = crate::viewer::Who::of_request(&req);
        let path = req.uri().path().to_owned();
        let client = client_of(state, &req);
        let body = axum::body::Bytes::from_request(req, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let checked = Form::read(&body).and_then(|form| {
            who.check_csrf(form.field("csrf"))?;
            Ok(form)
        });
        match checked {
            Ok(form) => Ok(Posted { who, form }),
            Err(e) => {
                if matches!(e, AppError::Forbidden(_)) {
                    state
                        .audit_from(
                            &client,
                            &who.actor(),
                            "post",
                            &path,
                            "refused: bad csrf token",
                        )
                        .await;
                }
                Err(PageError(e).into_response())
            }
        }
    }
}

/// Render a template as an HTML response.
/// The address of a list's next page: its parameters as asked (`names` of them), the cursor
/// replaced.
pub fn next_page(path: &str, p: &crate::params::Params, names: &[&str], cursor: &str) -> String {
    let mut pairs: Vec<(&str, &str)> = names
        .iter()
        .filter(|n| **n != "cursor")
        .filter_map(|n| Some((*n, p.get(n)?)))
        .collect();
    pairs.push(("cursor", cursor));
    format!(
        "{path}?{}",
        serde_urlencoded::to_string(&pairs).unwrap_or_default()
    )
}

pub fn html<T: Template>(t: &T) -> Result<Response, PageError> {
    Ok(Html(crate::lang::render(&t).map_err(AppError::from)?).into_response())
}

/// A list page's rows as a CSV file to download, named `{name}.csv`. A cell that a spreadsheet
/// would run as a formula is written after an apostrophe (`agora_ingest::neutral`: the names
/// in it come from contributions).
pub fn csv(name: &str, header: &[&str], rows: Vec<Vec<String>>) -> Result<Response, PageError> {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    let failed = |e: ::csv::Error| AppError::Internal(format!("writing a CSV: {e}"));
    w.write_record(header).map_err(failed)?;
    for row in rows {
        w.write_record(
            row.iter()
                .map(|cell| agora_ingest::neutral(cell).into_owned()),
        )
        .map_err(failed)?;
    }
    let body = w
        .into_inner()
        .map_err(|e| AppError::Internal(format!("writing a CSV: {e}")))?;
    Ok(csv_file(name, body))
}

/// A CSV file to download, named `{name}.csv`.
pub fn csv_file(name: &str, body: impl Into<axum::body::Body>) -> Response {
    (
        [
            (
                axum::http::header::CONTENT_TYPE,
                "text/csv; charset=utf-8".to_owned(),
            ),
            (
                axum::http::header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}.csv\""),
            ),
        ],
        body.into(),
    )
        .into_response()
}

/// Render a template as an SVG document.
pub fn svg<T: Template>(t: &T) -> Result<Response, PageError> {
    let body = crate::lang::render(&t).map_err(AppError::from)?;
    Ok(([(axum::http::header::CONTENT_TYPE, "image/svg+xml")], body).into_response())
}

/// JSON for a `<script type="application/ld+json">` block: `<` is escaped so the data can
/// never close the script element.
pub fn json_ld(v: &serde_json::Value) -> String {
    serde_json::to_string(v)
        .expect("JSON values serialise")
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    status: u16,
    /// What went wrong, in the reader's language.
    said: String,
    /// The error's own words (what a rule refused, and why), when they add to what `said` says:
    /// in the reader's language, or marked as English where they are the words of a part that
    /// speaks only English.
    detail: Option<crate::lang::Localised>,
    /// On a page that is not there: a search, filled with what was asked for.
    search: Option<String>,
}

/// The words a search for a missing page starts from: its last path segment (`/fora/colombo`
/// → "colombo"), dashes and underscores as spaces.
fn words_of(segment: &str) -> String {
    let decoded = percent_encoding::percent_decode_str(segment).decode_utf8_lossy();
    decoded
        .replace(['-', '_', '+'], " ")
        .chars()
        .filter(|c| !c.is_control())
        .take(100)
        .collect::<String>()
        .trim()
        .to_owned()
}

/// The 404 page of a path no route serves, offering a search for what it names.
pub fn no_route(path: &str) -> Response {
    let last = path.trim_end_matches('/').rsplit('/').next().unwrap_or("");
    error_page(&AppError::NoRoute, Some(words_of(last)))
}

/// Wraps an error for HTML pages.
pub struct PageError(pub AppError);

impl From<AppError> for PageError {
    fn from(e: AppError) -> Self {
        PageError(e)
    }
}

impl From<agora_app::Error> for PageError {
    fn from(e: agora_app::Error) -> Self {
        PageError(e.into())
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let e = self.0;
        if matches!(e, AppError::SignInRequired) {
            return see_other("/account/sign-in");
        }
        let status = e.status();
        if e.retry_after().is_some() {
            tracing::warn!(error = %e, "page refused: busy");
        } else if status.is_server_error() {
            tracing::error!(error = %e, "page failed");
        }
        let search = match &e {
            AppError::NotFound { id, .. } => Some(words_of(id)),
            _ => None,
        };
        error_page(&e, search)
    }
}

fn error_page(e: &AppError, search: Option<String>) -> Response {
    let status = e.status();
    let (said, detail) = error_words(e);
    let page = ErrorPage {
        status: status.as_u16(),
        said,
        detail,
        search,
    };
    let mut res = match crate::lang::render(&page) {
        Ok(body) => (status, Html(body)).into_response(),
        Err(_) => return (StatusCode::INTERNAL_SERVER_ERROR, "error").into_response(),
    };
    if let Some(seconds) = e.retry_after() {
        res.headers_mut()
            .insert(axum::http::header::RETRY_AFTER, seconds.into());
    }
    res
}

/// What went wrong, in the reader's language, and the error's own words when they add to it.
fn error_words(e: &AppError) -> (String, Option<crate::lang::Localised>) {
    use crate::lang::Localised;
    use crate::lang::{text, text_with};
    let status = e.status();
    if status == StatusCode::INTERNAL_SERVER_ERROR {
        return (text("error-internal"), None);
    }
    match e {
        AppError::NotFound { what, id } => (
            text_with(
                "error-not-found",
                &[("what", (*what).into()), ("id", id.into())],
            ),
            None,
        ),
        AppError::NoRoute => (text("error-no-route"), None),
        AppError::InvalidLink => (text("error-invalid-link"), None),
        AppError::SignInRequired => (text("error-sign-in"), None),
        AppError::BadToken => (text("error-bad-token"), None),
        AppError::BadParameter { parameter, message } => (
            text_with("error-bad-parameter", &[("parameter", parameter.into())]),
            Some(in_page_language(message)),
        ),
        AppError::Forbidden(m) => (text("error-forbidden"), Some(in_page_language(m))),
        AppError::Conflict(m) | AppError::Store(agora_store::StoreError::Conflict(m)) => {
            (text("error-conflict"), Some(in_page_language(m)))
        }
        AppError::Throttled { retry_after } | AppError::Busy { retry_after } => (
            text_with("error-too-many", &[("seconds", (*retry_after).into())]),
            None,
        ),
        _ if status == StatusCode::SERVICE_UNAVAILABLE => (text("error-unavailable"), None),
        _ if status == StatusCode::INSUFFICIENT_STORAGE => (text("error-storage-full"), None),
        // Anything else is said in the error's own words, which are English.
        other => (
            text("error-other"),
            Some(Localised::new(other.public_detail(), "en")),
        ),
    }
}

/// What was said, written in the page's language (words not ours, a parser's, as English).
fn in_page_language(s: &agora_core::Said) -> crate::lang::Localised {
    let here = crate::lang::Here::current();
    let lang = if s.key() == "said-as-given" {
        "en"
    } else {
        here.locale.code()
    };
    crate::lang::Localised::new(s.text(here.locale), lang)
}

/// What kind of organisation, in words.
pub fn organisation_kind_label(k: agora_core::OrganisationKind) -> String {
    use agora_core::OrganisationKind::*;
    crate::lang::text(match k {
        Un => "org-kind-un",
        Intergovernmental => "org-kind-intergovernmental",
        Eu => "org-kind-eu",
        NationalAgency => "org-kind-national-agency",
        Other => "org-kind-other",
    })
}

/// A language's name, for the codes documents carry (the six UN languages and Portuguese;
/// another code is shown as it is).
pub fn language_label(code: &str) -> String {
    let key = match code {
        "ar" => "language-ar",
        "zh" => "language-zh",
        "en" => "language-en",
        "fr" => "language-fr",
        "ru" => "language-ru",
        "es" => "language-es",
        "pt" => "language-pt",
        other => return other.to_owned(),
    };
    crate::lang::text(key)
}

/// A record's names in the languages besides the one its page shows, each with its language:
/// "Processus de Colombo (French)".
pub fn names_besides_shown(names: &agora_core::Names) -> Vec<String> {
    let shown = agora_core::name_in(names, &crate::lang::chain()).1;
    names
        .iter()
        .filter(|(l, _)| l.as_str() != shown)
        .map(|(l, n)| {
            crate::lang::text_with(
                "forum-name-in",
                &[
                    ("name", n.into()),
                    ("language", language_label(l.as_str()).into()),
                ],
            )
        })
        .collect()
}

/// Labels for the controlled vocabularies shown on pages.
pub fn category_label(c: agora_core::Category) -> String {
    use agora_core::Category::*;
    crate::lang::text(match c {
        Rcp => "category-rcp",
        InterregionalForum => "category-interregional-forum",
        RegionalOrganisation => "category-regional-organisation",
        MigrationBody => "category-migration-body",
        GlobalProcess => "category-global-process",
    })
}

pub fn md_label(s: agora_core::MdStatus) -> String {
    use agora_core::MdStatus::*;
    crate::lang::text(match s {
        Priority => "md-priority",
        AdHoc => "md-ad-hoc",
        NotAddressed => "md-not-addressed",
        Unknown => "md-unknown",
    })
}

pub fn role_label(r: agora_core::Role) -> String {
    use agora_core::Role::*;
    crate::lang::text(match r {
        Member => "role-member",
        Observer => "role-observer",
        Partner => "role-partner",
        Associate => "role-associate",
        Chair => "role-chair",
        CoChair => "role-co-chair",
        Secretariat => "role-secretariat",
        SteeringGroup => "role-steering-group",
    })
}

/// "2001 – 2009", "since 2003", "until 31 January 2020", "dates not recorded", in the reader's
/// language.
pub fn period_label(
    start: Option<agora_core::PartialDate>,
    end: Option<agora_core::PartialDate>,
) -> String {
    use crate::lang::{date, text, text_with};
    match (start, end) {
        (Some(s), Some(e)) if s == e => date(s),
        (Some(s), Some(e)) => text_with(
            "period-between",
            &[("start", date(s).into()), ("end", date(e).into())],
        ),
        (Some(s), None) => text_with("period-since", &[("start", date(s).into())]),
        (None, Some(e)) => text_with("period-until", &[("end", date(e).into())]),
        (None, None) => text("period-not-recorded"),
    }
}
