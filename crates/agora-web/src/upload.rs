//! Uploading a document, shared by the upload page and `POST /api/v1/documents`: a multipart form
//! read within limits, the file's text extracted (PDFs in a child process with time and memory
//! limits, never in the server), the bytes kept in the blob store, and a contribution proposing
//! the new document. It reaches the library (and the search index) only when an editor publishes
//! it; until then only who may open the contribution sees it, and only if the access policy lets
//! them see a document of its visibility.

use agora_core::ForumId;
use agora_core::contribution::Entity;
use agora_core::document::{DocKind, DocVisibility};
use agora_core::{Day, Lang, PartialDate, ThemeId};
use agora_ingest::documents::{DocOptions, MAX_BYTES, prepare};
use agora_store::NewContribution;
use axum::extract::Multipart;
use axum::extract::multipart::MultipartRejection;

use crate::error::AppError;
use crate::state::AppState;
use crate::viewer::Who;

/// The request body limit of the upload routes: the largest file and room for the fields.
pub const UPLOAD_LIMIT: usize = MAX_BYTES + 256 * 1024;

/// The longest value of a field other than the file.
const MAX_FIELD: usize = 10_000;

/// The fields an upload may carry besides `file`.
const FIELDS: &[&str] = &[
    "csrf",
    "forum",
    "kind",
    "lang",
    "title",
    "date",
    "visibility",
    "public_from",
    "themes",
    "source_url",
    "comment",
    "submit",
];

/// A read upload: the file and the other fields.
pub struct Upload {
    pub file_name: String,
    pub bytes: Vec<u8>,
    fields: Vec<(String, String)>,
}

impl Upload {
    /// A field's value, trimmed; empty when absent.
    pub fn field(&self, name: &str) -> &str {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.trim())
    }
}

/// Refused before the form is read: who may upload nothing gets the same answer whatever they
/// send (303 to sign in, 403 for an account without a contributor's role).
pub fn may_upload(who: &Who) -> Result<(), AppError> {
    who.account()?;
    if !who.viewer.contributes_somewhere() {
        return Err(AppError::Forbidden(
            "only a forum's secretariat or an editor may upload documents, in person or with an \
             API token that may contribute"
                .into(),
        ));
    }
    Ok(())
}

/// Read a multipart upload: exactly one `file` with a name, the known fields once each.
pub async fn read(multipart: Result<Multipart, MultipartRejection>) -> Result<Upload, AppError> {
    let mut multipart = multipart.map_err(|e| {
        AppError::bad(
            "body",
            format!("send the upload as multipart/form-data: {}", e.body_text()),
        )
    })?;
    let broken = |e: axum::extract::multipart::MultipartError| {
        AppError::bad(
            "body",
            format!("the multipart body cannot be read: {}", e.body_text()),
        )
    };
    let mut file: Option<(String, Vec<u8>)> = None;
    let mut fields: Vec<(String, String)> = Vec::new();
    while let Some(field) = multipart.next_field().await.map_err(broken)? {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "file" {
            if file.is_some() {
                return Err(AppError::bad("file", "send one file per upload"));
            }
            let file_name = field
                .file_name()
                .map(|n| n.rsplit(['/', '\\']).next().unwrap_or(n).trim().to_owned())
                .filter(|n| !n.is_empty())
                .ok_or_else(|| AppError::bad("file", "the file has no name"))?;
            let bytes = field.bytes().await.map_err(broken)?;
            if bytes.len() > MAX_BYTES {
                return Err(AppError::bad(
                    "file",
                    format!("the file is larger than {} MB", MAX_BYTES / 1024 / 1024),
                ));
            }
            file = Some((file_name, bytes.to_vec()));
            continue;
        }
        if !FIELDS.contains(&name.as_str()) {
            return Err(AppError::bad(
                &name,
                format!(
                    "unknown field; an upload has file and {}",
                    FIELDS[1..].join(", ")
                ),
            ));
        }
        if fields.iter().any(|(k, _)| *k == name) {
            return Err(AppError::bad(&name, "given twice"));
        }
        let bytes = field.bytes().await.map_err(broken)?;
        if bytes.len() > MAX_FIELD {
            return Err(AppError::bad(&name, format!("at most {MAX_FIELD} bytes")));
        }
        let value = String::from_utf8(bytes.to_vec())
            .map_err(|_| AppError::bad(&name, "not UTF-8 text"))?;
        fields.push((name, value));
    }
    let (file_name, bytes) =
        file.ok_or_else(|| AppError::bad("file", "choose a file to upload"))?;
    Ok(Upload {
        file_name,
        bytes,
        fields,
    })
}

fn optional<T>(
    up: &Upload,
    name: &str,
    parse: impl FnOnce(&str) -> Result<T, String>,
) -> Result<Option<T>, AppError> {
    match up.field(name) {
        "" => Ok(None),
        v => parse(v).map(Some).map_err(|why| AppError::bad(name, why)),
    }
}

/// What the upload says about the document, checked against the registry.
fn options(state: &AppState, up: &Upload, forum: &ForumId) -> Result<DocOptions, AppError> {
    let kind = match up.field("kind") {
        "" => return Err(AppError::bad("kind", "say what kind of document it is")),
        k => DocKind::parse(k).ok_or_else(|| {
            AppError::bad(
                "kind",
                "use declaration, action_plan, meeting_report, summary_report, background_paper, \
                 study, statement, recommendations or other",
            )
        })?,
    };
    let public_from = optional(up, "public_from", |v| {
        v.parse::<Day>()
            .map_err(|e| format!("{e} (use YYYY-MM-DD)"))
    })?;
    let visibility = match up.field("visibility") {
        "" | "participants" => DocVisibility::Participants {
            forum: forum.clone(),
            public_from,
        },
        "public" | "confidential" if public_from.is_some() => {
            return Err(AppError::bad(
                "public_from",
                "an embargo date goes with a participants-only document",
            ));
        }
        "public" => DocVisibility::Public,
        "confidential" => DocVisibility::Confidential,
        _ => {
            return Err(AppError::bad(
                "visibility",
                "use public, participants or confidential",
            ));
        }
    };
    let themes = up
        .field("themes")
        .split([',', ' '])
        .filter(|t| !t.is_empty())
        .map(|t| {
            t.parse::<ThemeId>()
                .map_err(|e| AppError::bad("themes", format!("'{t}': {e}")))
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(DocOptions {
        id: None,
        fora: vec![forum.clone()],
        kind,
        lang: optional(up, "lang", |v| Lang::parse(v).map_err(|e| e.to_string()))?,
        title: optional(up, "title", |v| Ok(v.to_owned()))?,
        visibility,
        date: optional(up, "date", |v| {
            v.parse::<PartialDate>()
                .map_err(|e| format!("{e} (use YYYY, YYYY-MM or YYYY-MM-DD)"))
        })?,
        meeting: None,
        source_url: optional(up, "source_url", |v| Ok(v.to_owned()))?,
        themes,
        pdf: state.pdf_reader(),
    })
}

/// A new document's id for an upload: random, in the shape of the ids ingest derives from
/// content (`doc-` and 16 hex digits), so that it says nothing about the file.
fn upload_id() -> agora_core::DocumentId {
    format!("doc-{}", &crate::auth::new_token().0[..16])
        .parse()
        .expect("hex digits make a slug")
}

/// Propose the uploaded file as a new document of `forum`: the contribution's number and the
/// document's id. Nothing is stored unless every check passes (the bytes, once stored, are held
/// by the contribution).
pub async fn propose(state: &AppState, who: &Who, up: Upload) -> Result<(i64, String), AppError> {
    let account = who.account()?.clone();
    let registry = state.registry().await?;
    let forum = match up.field("forum") {
        "" => return Err(AppError::bad("forum", "say which forum the document is of")),
        f => registry
            .forum(f)
            .map(|f| f.id.clone())
            .ok_or_else(|| AppError::bad("forum", format!("there is no forum '{f}'")))?,
    };
    let Some(cap) = who.viewer.as_contributor(&forum) else {
        return Err(agora_app::contributions::not_contributor(&who.caller(), &forum).into());
    };
    let comment = up.field("comment").to_owned();
    agora_app::contributions::check_text(
        "comment",
        &comment,
        agora_app::contributions::MAX_COMMENT,
    )?;
    let submit = match up.field("submit") {
        "" | "false" | "draft" => false,
        "true" | "submit" => true,
        _ => return Err(AppError::bad("submit", "use true or false")),
    };
    let options = options(state, &up, &forum)?;
    // Who may open this contribution may see a document of its visibility; the uploader must be
    // one of them (a secretariat cannot make a document only researchers and editors may see).
    if !who
        .viewer
        .may_see(&options.visibility, state.today(), registry.as_ref())
    {
        return Err(AppError::Forbidden(
            "you may not see a confidential document yourself: upload it for the forum's \
             participants, or ask an editor"
                .into(),
        ));
    }
    // Whether these bytes are in the library already is not the uploader's to learn (the
    // document holding them may be confidential): every upload is answered as a new document,
    // with an id of its own, never one derived from its content. If the file is there already,
    // the new document shares it; the editor who reviews the upload sees which documents hold
    // it (those the editor may see) and decides.
    let sha = agora_store::sha256_hex(&up.bytes);
    let mut options = options;
    options.id = Some(upload_id());
    let catalogue = state.store.catalogue().await?;
    let Upload {
        file_name, bytes, ..
    } = up;
    let blobs = state.blobs.clone();
    let (prepared, bytes) = tokio::task::spawn_blocking(move || {
        let p = prepare(
            &file_name,
            &bytes,
            &sha,
            &options,
            &|f| catalogue.fora.contains(f),
            &|t| catalogue.themes.contains(t),
        );
        (p, bytes)
    })
    .await
    .map_err(|e| AppError::Internal(format!("reading the upload: {e}")))?;
    let prepared = prepared.map_err(|e| match e {
        agora_ingest::documents::DocError::NoLanguage => AppError::bad(
            "lang",
            "the language could not be detected from the text: give it (an ISO 639-1 code \
             such as en, fr, es, ar, ru, zh)",
        ),
        e => AppError::bad("file", e.to_string()),
    })?;
    // Written whether or not the store has the file: the time taken tells nothing either.
    tokio::task::spawn_blocking(move || blobs.put_alike(&bytes))
        .await
        .map_err(|e| AppError::Internal(format!("storing the upload: {e}")))??;
    let document = prepared.document;
    let doc_id = document.id.to_string();
    let title = format!(
        "New document: {}",
        document
            .versions
            .first()
            .map_or(doc_id.as_str(), |v| v.title.as_str())
            .chars()
            .take(agora_app::contributions::MAX_TITLE - 14)
            .collect::<String>()
    );
    let role = agora_app::contributions::acting_role(&who.caller(), &forum)
        .expect("a contributor acts under a role");
    let id = state
        .store
        .create_contribution(
            &cap,
            &NewContribution {
                entity: Entity::DOCUMENT,
                entity_id: doc_id.clone(),
                title,
                base: None,
                proposed: serde_json::to_string(&document).expect("documents serialise"),
                author_id: account.id.clone(),
                author_role: role,
                comment,
                texts: vec![(prepared.lang, prepared.text)],
            },
        )
        .await?;
    state
        .audit(&who.actor(), "document.upload", &id.to_string(), "ok")
        .await;
    if submit {
        agora_app::contributions::step(state, &who.caller(), &id.to_string(), "submit", "").await?;
    }
    Ok((id, doc_id))
}
