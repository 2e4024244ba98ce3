//! Uploading a document, as every interface takes one (the upload page, `POST
//! /api/v1/documents`): the file's text extracted (PDFs in a child process with time and memory
//! limits, never in the server), the bytes kept in the blob store, and a contribution proposing
//! the new document. It reaches the library (and the search index) only when an editor publishes
//! it; until then only who may open the contribution sees it, and only if the access policy lets
//! them see a document of its visibility. Reading the request (multipart, limits) is the
//! interface's.

use agora_core::ForumId;
use agora_core::contribution::Entity;
use agora_core::document::{DocKind, DocVisibility};
use agora_core::{Day, Lang, PartialDate, ThemeId};
use agora_extract::ExtractError;
use agora_i18n::Said;
use agora_ingest::documents::{DocError, DocOptions, prepare};
use agora_store::NewContribution;

use crate::{App, Caller, Error};

/// The fields an upload may carry besides `file`.
pub const FIELDS: &[&str] = &[
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
    "authors",
    "publisher",
    "abstract",
    "comment",
    "submit",
];

/// An upload as read: the file and the other fields.
pub struct Upload {
    pub file_name: String,
    pub bytes: Vec<u8>,
    pub fields: Vec<(String, String)>,
}

impl Upload {
    /// Whether to submit the contribution at once (`submit`: true or false, false when absent).
    pub fn submit(&self) -> Result<bool, Error> {
        match self.field("submit") {
            "" | "false" | "draft" => Ok(false),
            "true" | "submit" => Ok(true),
            _ => Err(Error::bad("submit", Said::new("use-true-or-false"))),
        }
    }

    /// A field's value, trimmed; empty when absent.
    pub fn field(&self, name: &str) -> &str {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.trim())
    }
}

/// Refused before the form is read: who may upload nothing gets the same answer whatever they
/// send (sign in first for the public, forbidden for an account without a contributor's role).
pub fn may_upload(who: &Caller<'_>) -> Result<(), Error> {
    who.account()?;
    if !who.viewer.contributes_somewhere() {
        return Err(Error::forbidden("only-contributors-upload"));
    }
    Ok(())
}

fn optional<T>(
    up: &Upload,
    name: &str,
    parse: impl FnOnce(&str) -> Result<T, Said>,
) -> Result<Option<T>, Error> {
    match up.field(name) {
        "" => Ok(None),
        v => parse(v).map(Some).map_err(|why| Error::bad(name, why)),
    }
}

/// What the upload says about the document, checked against the registry.
fn options(app: &App, up: &Upload, forum: &ForumId) -> Result<DocOptions, Error> {
    let kind = match up.field("kind") {
        "" => return Err(Error::bad("kind", Said::new("upload-kind-missing"))),
        k => {
            DocKind::parse(k).ok_or_else(|| Error::bad("kind", Said::new("upload-kind-unknown")))?
        }
    };
    let public_from = optional(up, "public_from", |v| {
        v.parse::<Day>()
            .map_err(|e| Said::new("upload-day").with("said", e.said()))
    })?;
    let visibility = match up.field("visibility") {
        "" | "participants" => DocVisibility::Participants {
            forum: forum.clone(),
            public_from,
        },
        "public" | "confidential" if public_from.is_some() => {
            return Err(Error::bad("public_from", Said::new("upload-embargo")));
        }
        "public" => DocVisibility::Public,
        "confidential" => DocVisibility::Confidential,
        _ => {
            return Err(Error::bad("visibility", Said::new("upload-visibility")));
        }
    };
    let themes = up
        .field("themes")
        .split([',', ' '])
        .filter(|t| !t.is_empty())
        .map(|t| {
            t.parse::<ThemeId>()
                .map_err(|e| Error::bad("themes", e.said()))
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(DocOptions {
        id: None,
        fora: vec![forum.clone()],
        kind,
        lang: optional(up, "lang", |v| Lang::parse(v).map_err(|e| e.said()))?,
        title: optional(up, "title", |v| Ok(v.to_owned()))?,
        visibility,
        date: optional(up, "date", |v| {
            v.parse::<PartialDate>()
                .map_err(|e| Said::new("upload-date-bad").with("said", e.said()))
        })?,
        meeting: None,
        source_url: optional(up, "source_url", |v| Ok(v.to_owned()))?,
        themes,
        about: agora_core::document::About {
            // One author a line ("authors" may name several).
            authors: up
                .field("authors")
                .lines()
                .map(str::trim)
                .filter(|a| !a.is_empty())
                .map(str::to_owned)
                .collect(),
            publisher: optional(up, "publisher", |v| Ok(v.trim().to_owned()))?,
            summary: optional(up, "abstract", |v| Ok(v.trim().to_owned()))?,
        },
        pdf: app.pdf_reader(),
    })
}

/// Why a file gave no text, in the reader's language.
fn extract_said(e: &ExtractError) -> Said {
    match e {
        ExtractError::Empty => Said::new("extract-empty"),
        ExtractError::TooLarge => {
            Said::new("extract-too-large").with("most", agora_extract::MAX_BYTES / 1024 / 1024)
        }
        ExtractError::Mismatch { extension, found } => Said::new("extract-mismatch")
            .with("extension", extension.as_str())
            .with("found", *found),
        ExtractError::UnsupportedExtension(x) => {
            Said::new("extract-unsupported").with("extension", x.as_str())
        }
        ExtractError::NotReadYet(what) => Said::new("extract-not-read-yet").with("format", *what),
        ExtractError::BadDocx(why) => {
            Said::new("extract-bad-docx").with("why", Said::as_given(why.as_str()))
        }
        ExtractError::BadPdf(why) => {
            Said::new("extract-bad-pdf").with("why", Said::as_given(why.as_str()))
        }
        ExtractError::NotText => Said::new("extract-not-text"),
        ExtractError::NoText => Said::new("extract-no-text"),
    }
}

/// A new document's id for an upload: random, in the shape of the ids ingest derives from
/// content (`doc-` and 16 hex digits), so that it says nothing about the file.
fn upload_id() -> agora_core::DocumentId {
    format!("doc-{}", &crate::accounts::new_token().0[..16])
        .parse()
        .expect("hex digits make a slug")
}

/// Propose the uploaded file as a new document of `forum`: the contribution's number and the
/// document's id. Nothing is stored unless every check passes (the bytes, once stored, are held
/// by the contribution).
pub async fn propose(app: &App, who: &Caller<'_>, up: Upload) -> Result<(i64, String), Error> {
    let account = who.account()?.clone();
    let registry = app.registry().await?;
    let forum = match up.field("forum") {
        "" => return Err(Error::bad("forum", Said::new("upload-forum-missing"))),
        f => registry
            .forum(f)
            .map(|f| f.id.clone())
            .ok_or_else(|| Error::bad("forum", Said::new("no-such-forum").with("id", f)))?,
    };
    let Some(cap) = who.viewer.as_contributor(&forum) else {
        return Err(crate::contributions::not_contributor(who, &forum));
    };
    let comment = up.field("comment").to_owned();
    crate::contributions::check_text("comment", &comment, crate::contributions::MAX_COMMENT)?;
    let submit = up.submit()?;
    let options = options(app, &up, &forum)?;
    // Who may open this contribution may see a document of its visibility; the uploader must be
    // one of them (a secretariat cannot make a document only researchers and editors may see).
    if !who
        .viewer
        .may_see(&options.visibility, app.today(), registry.as_ref())
    {
        return Err(Error::forbidden("upload-confidential-unseen"));
    }
    // Whether these bytes are in the library already is not the uploader's to learn (the
    // document holding them may be confidential): every upload is answered as a new document,
    // with an id of its own, never one derived from its content. If the file is there already,
    // the new document shares it; the editor who reviews the upload sees which documents hold
    // it (those the editor may see) and decides.
    let sha = agora_store::sha256_hex(&up.bytes);
    let noted = sha.clone();
    let mut options = options;
    options.id = Some(upload_id());
    let catalogue = app.store.catalogue().await?;
    let Upload {
        file_name, bytes, ..
    } = up;
    let blobs = app.blobs.clone();
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
    .map_err(|e| Error::Internal(format!("reading the upload: {e}")))?;
    let prepared = prepared.map_err(|e| match e {
        DocError::NoLanguage => Error::bad("lang", Said::new("upload-no-language")),
        DocError::Extract(e) => Error::bad("file", extract_said(&e)),
        DocError::Invalid(problems) => {
            let field = problems
                .first()
                .map_or("file", |(f, _)| f.as_str())
                .to_owned();
            let said = problems
                .into_iter()
                .map(|(f, m)| Said::new("check-at-field").with("field", f).with("said", m));
            Error::bad(
                &field,
                Said::joined(said).unwrap_or_else(|| Said::new("upload-unread")),
            )
        }
    })?;
    // Noted first: a crash between the file and its contribution leaves a held file (swept a
    // day later if nothing holds it), never an orphan.
    app.store.note_upload(&noted).await?;
    // Written whether or not the store has the file: the time taken tells nothing either.
    blobs.put_alike(&bytes).await?;
    let document = prepared.document;
    let doc_id = document.id.to_string();
    let title = format!(
        "New document: {}",
        document
            .versions
            .first()
            .map_or(doc_id.as_str(), |v| v.title.as_str())
            .chars()
            .take(crate::contributions::MAX_TITLE - 14)
            .collect::<String>()
    );
    let role =
        crate::contributions::acting_role(who, &forum).expect("a contributor acts under a role");
    let id = app
        .store
        .create_contribution(
            agora_core::policy::Proposer::Contributor(&cap),
            &NewContribution {
                entity: Entity::DOCUMENT,
                entity_id: doc_id.clone(),
                title,
                base: None,
                proposed: serde_json::to_string(&document).expect("documents serialise"),
                author_id: account.id,
                author_role: role,
                comment,
                texts: vec![(prepared.lang, prepared.text)],
                also: Vec::new(),
            },
        )
        .await?;
    if let Err(e) = app.store.upload_done(&noted).await {
        // The contribution holds the file; the note goes with the next sweep.
        tracing::warn!(error = %e, "could not remove an upload's note");
    }
    app.audit(&who.actor(), "document.upload", &id.to_string(), "ok")
        .await;
    if submit {
        crate::contributions::step(app, who, &id.to_string(), "submit", "").await?;
    }
    Ok((id, doc_id))
}

/// How long an upload's note keeps its file: far longer than any request.
pub const ABANDONED_AFTER_HOURS: u64 = 24;

/// Forget the notes of uploads older than a day (a request that crashed or failed after its
/// file was stored), and remove each such file that nothing else holds. The files removed.
pub async fn sweep_abandoned(app: &App) -> Result<Vec<String>, Error> {
    let before = agora_core::time::hours_ago(ABANDONED_AFTER_HOURS);
    let swept = app.store.sweep_upload_notes(&before).await?;
    if swept.is_empty() {
        return Ok(swept);
    }
    let held: std::collections::BTreeSet<String> =
        app.store.held_blobs().await?.into_iter().collect();
    let mut removed = Vec::new();
    for sha in swept {
        if held.contains(&sha) || !app.blobs.contains(&sha).await? {
            continue;
        }
        // Looked at again just before: an upload of the same bytes may have begun meanwhile
        // (it notes its file first), or a contribution taken it.
        let noted_again = app.store.noted_uploads().await?.contains(&sha);
        let held_again = app.store.held_blobs().await?.contains(&sha);
        if noted_again || held_again {
            continue;
        }
        app.blobs.remove(&sha).await?;
        removed.push(sha);
    }
    Ok(removed)
}
