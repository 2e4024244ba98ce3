//! `/api/v1/documents`: the documents the caller may see (the public without a token), and one.

use axum::Json;
use axum::extract::{Path, RawQuery, State};
use serde::Serialize;
use utoipa::ToSchema;

use crate::error::{ApiError, OrNotFound, Problem};
use crate::params::{Params, page};
use crate::state::AppState;
use crate::viewer::Who;
use agora_app::documents::{newest_first_key, visible_document};

/// A file of a document version.
#[derive(Debug, Serialize, ToSchema)]
pub struct DocFileOut {
    pub sha256: String,
    pub name: String,
    pub media_type: String,
    pub size: u64,
    /// Where to download it.
    pub url: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DocVersionOut {
    /// ISO 639 language code.
    pub lang: String,
    pub title: String,
    pub files: Vec<DocFileOut>,
}

/// A document: one work with its language versions.
#[derive(Debug, Serialize, ToSchema)]
pub struct DocumentOut {
    pub id: String,
    /// declaration, action_plan, meeting_report, summary_report, background_paper, study,
    /// statement, recommendations or other.
    pub kind: String,
    /// YYYY, YYYY-MM or YYYY-MM-DD.
    pub date: Option<String>,
    pub fora: Vec<String>,
    pub meeting: Option<String>,
    pub themes: Vec<String>,
    pub source_url: Option<String>,
    /// public, participants or confidential.
    pub visibility: String,
    pub versions: Vec<DocVersionOut>,
    /// Who wrote it: people or bodies, as it names them.
    pub authors: Vec<String>,
    pub publisher: Option<String>,
    /// What it says, in a paragraph.
    #[serde(rename = "abstract")]
    pub summary: Option<String>,
}

fn out(d: agora_core::document::Document) -> DocumentOut {
    DocumentOut {
        kind: d.kind.as_str().into(),
        date: d.date.map(|x| x.to_string()),
        fora: d.fora.iter().map(ToString::to_string).collect(),
        meeting: d.meeting.clone(),
        themes: d.themes.iter().map(ToString::to_string).collect(),
        source_url: d.source_url.clone(),
        visibility: d.visibility.level().into(),
        authors: d.about.authors.clone(),
        publisher: d.about.publisher.clone(),
        summary: d.about.summary.clone(),
        versions: d
            .versions
            .iter()
            .map(|v| DocVersionOut {
                lang: v.lang.to_string(),
                title: v.title.clone(),
                files: v
                    .files
                    .iter()
                    .map(|f| DocFileOut {
                        url: format!("/documents/{}/files/{}", d.id, f.sha256),
                        sha256: f.sha256.clone(),
                        name: f.name.clone(),
                        media_type: f.media_type.clone(),
                        size: f.size,
                    })
                    .collect(),
            })
            .collect(),
        id: d.id.to_string(),
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DocumentsPage {
    pub results: Vec<DocumentOut>,
    /// Pass as `cursor` to get the next page; null on the last page.
    pub next_cursor: Option<String>,
}

/// Query of the documents list.
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)] // read through `Params`
pub struct DocumentsQuery {
    /// Only documents of this forum.
    forum: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/documents", operation_id = "list_documents", tag = "documents", params(DocumentsQuery, super::PageQuery),
    responses(
        (status = 200, description = "The documents the caller may see, newest first", body = DocumentsPage),
        (status = 400, description = "A malformed parameter", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "An unknown or revoked token", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No forum with that id", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list(
    State(state): State<AppState>,
    who: Who,
    RawQuery(q): RawQuery,
) -> Result<Json<DocumentsPage>, ApiError> {
    let p = Params::api(q.as_deref(), &["forum", "cursor", "limit"])?;
    let limit = p.limit()?;
    let registry = state.registry().await?;
    let forum = match p.get("forum") {
        None => None,
        Some(f) => Some(registry.forum(f).or_not_found("forum", f)?.id.clone()),
    };
    let all = agora_app::documents::list(&state, &who.caller(), forum.as_ref()).await?;
    let (rows, next_cursor) = page(
        all,
        |d| (newest_first_key(d), d.id.to_string()),
        "newest",
        p.get("cursor"),
        limit,
    )?;
    Ok(Json(DocumentsPage {
        results: rows.into_iter().map(out).collect(),
        next_cursor,
    }))
}

#[utoipa::path(get, path = "/api/v1/documents/{id}", operation_id = "show_document", tag = "documents",
    params(("id" = String, Path, description = "The document's id")),
    responses(
        (status = 200, description = "The document", body = DocumentOut),
        (status = 401, description = "An unknown or revoked token", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No document the caller may see with that id", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn show(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Json<DocumentOut>, ApiError> {
    Params::api(q.as_deref(), &[])?;
    Ok(Json(out(
        visible_document(&state, &who.caller(), &id).await?
    )))
}

/// An upload: a new document proposed with its file (`multipart/form-data`).
#[derive(Debug, ToSchema)]
#[allow(dead_code)] // documents the multipart form read by `upload::read`
pub struct DocumentUpload {
    /// The file: PDF, DOCX, HTML, plain text or Markdown, at most 50 MB.
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
    /// The forum whose document it is (the caller must be its secretariat or an editor).
    forum: String,
    /// declaration, action_plan, meeting_report, summary_report, background_paper, study,
    /// statement, recommendations or other.
    kind: String,
    /// ISO 639-1 code of the file's language; detected from its text when absent.
    lang: Option<String>,
    /// The title; else the file's own title or first line.
    title: Option<String>,
    /// YYYY, YYYY-MM or YYYY-MM-DD.
    date: Option<String>,
    /// public, participants (the forum's; the default) or confidential (editors only).
    visibility: Option<String>,
    /// For a participants-only document: the day it becomes public by itself (YYYY-MM-DD).
    public_from: Option<String>,
    /// Theme ids, separated by commas.
    themes: Option<String>,
    source_url: Option<String>,
    /// Who wrote it: one a line.
    authors: Option<String>,
    /// Who published it.
    publisher: Option<String>,
    /// What it says, in a paragraph (at most 5,000 characters).
    #[schema(rename = "abstract")]
    summary: Option<String>,
    /// A comment for the editors.
    comment: Option<String>,
    /// `true` to submit for review at once instead of keeping a draft.
    submit: Option<String>,
}

#[utoipa::path(post, path = "/api/v1/documents", operation_id = "create_document", tag = "documents",
    request_body(content = DocumentUpload, content_type = "multipart/form-data"),
    security(("token" = [])),
    responses(
        (status = 201, description = "The contribution proposing the document (a draft, or submitted); the document reaches the library when an editor publishes it", body = crate::api::contributions::ContributionOut),
        (status = 400, description = "A malformed form, an unknown forum, kind or theme, or a file that cannot be read (the reason is given)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or an unknown or revoked one", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The account may not upload documents of this forum or of this visibility, or used a session cookie", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The file is in the library already", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is larger than the upload limit"),
        (status = 507, description = "No space is left to store the file; nothing was written", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn create(
    State(state): State<AppState>,
    who: Who,
    multipart: Result<axum::extract::Multipart, axum::extract::multipart::MultipartRejection>,
) -> Result<crate::api::contributions::Created, ApiError> {
    crate::api::contributions::token_only(&who)?;
    agora_app::uploads::may_upload(&who.caller())?;
    let upload = crate::upload::read(multipart, agora_app::uploads::FIELDS).await?;
    let (id, _) = agora_app::uploads::propose(&state, &who.caller(), upload).await?;
    Ok(crate::api::contributions::created(&state, &who, id).await?)
}
