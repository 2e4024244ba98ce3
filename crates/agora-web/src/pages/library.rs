//! The document library: the documents a viewer may see, one document with its versions and
//! files, and the files themselves. Whether a viewer sees a document is the access policy's
//! `may_see` on the document's visibility, on the day of reading; a document the viewer may not
//! see answers exactly like one that does not exist.

use agora_core::document::DocKind;
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::{PageError, html, private_page, see_other};
use crate::error::{AppError, OrNotFound};
use crate::lang::{Localised, filters};
use crate::pages::contribute::Choice;
use crate::params::{Params, page};
use crate::state::AppState;
use crate::viewer::Who;
use agora_app::documents::{newest_first_key, visible_document};

/// A kind of document, in words.
pub fn kind_label(k: DocKind) -> String {
    crate::lang::text(match k {
        DocKind::Declaration => "doc-kind-declaration",
        DocKind::ActionPlan => "doc-kind-action-plan",
        DocKind::MeetingReport => "doc-kind-meeting-report",
        DocKind::SummaryReport => "doc-kind-summary-report",
        DocKind::BackgroundPaper => "doc-kind-background-paper",
        DocKind::Study => "doc-kind-study",
        DocKind::Statement => "doc-kind-statement",
        DocKind::Recommendations => "doc-kind-recommendations",
        DocKind::Other => "doc-kind-other",
    })
}

/// A document's title in the reader's language when it has a version in it, else in the
/// fallback chain's, else its first.
pub fn title_of(d: &agora_core::document::Document) -> Localised {
    let chain = crate::lang::chain();
    let v = chain
        .iter()
        .find_map(|l| d.versions.iter().find(|v| v.lang.as_str() == *l))
        .or_else(|| d.versions.first());
    match v {
        Some(v) => Localised::new(v.title.clone(), v.lang.as_str()),
        None => Localised::default(),
    }
}

/// (id, name) of each forum, for links.
fn fora_links(
    registry: &agora_app::registry::Registry,
    fora: &[agora_core::ForumId],
) -> Vec<(String, Localised)> {
    fora.iter()
        .map(|f| (f.to_string(), super::fora::forum_name(registry, f)))
        .collect()
}

pub struct DocRow {
    pub id: String,
    pub title: Localised,
    pub kind: String,
    pub date: String,
    pub fora: Vec<(String, Localised)>,
    pub restricted: bool,
}

#[derive(Template)]
#[template(path = "documents.html")]
struct ListPage {
    rows: Vec<DocRow>,
    /// The CSV of every document of the list (not one page).
    csv_href: String,
    /// Documents in the whole list (of every page).
    total: usize,
    /// The next page, if any.
    next: Option<String>,
    forum: Option<(String, Localised)>,
    may_upload: bool,
    /// The Atom feed of the list's new documents.
    feed_href: String,
}

pub async fn list(
    State(state): State<AppState>,
    who: Who,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    let p = Params::parse(q.as_deref(), &["forum", "cursor", "limit"])?;
    let registry = state.registry().await?;
    let forum = match p.get("forum") {
        None | Some("") => None,
        Some(f) => Some(registry.forum(f).or_not_found("forum", f)?.clone()),
    };
    let all =
        agora_app::documents::list(&state, &who.caller(), forum.as_ref().map(|f| &f.id)).await?;
    let total = all.len();
    let (all, next_cursor) = page(
        all,
        |d| (newest_first_key(d), d.id.to_string()),
        "newest",
        p.get("cursor"),
        p.limit()?.max(100),
    )?;
    let next = next_cursor.map(|c| {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if let Some(f) = &forum {
            pairs.push(("forum", f.id.to_string()));
        }
        if let Some(l) = p.get("limit") {
            pairs.push(("limit", l.to_owned()));
        }
        pairs.push(("cursor", c));
        format!(
            "/documents?{}",
            serde_urlencoded::to_string(pairs).unwrap_or_default()
        )
    });
    let rows = all
        .into_iter()
        .map(|d| DocRow {
            title: title_of(&d),
            kind: kind_label(d.kind),
            date: d.date.map(crate::lang::date).unwrap_or_default(),
            fora: fora_links(&registry, &d.fora),
            restricted: d.visibility.level() != "public",
            id: d.id.to_string(),
        })
        .collect();
    html(&ListPage {
        rows,
        csv_href: match &forum {
            Some(f) => format!("/documents.csv?forum={}", f.id),
            None => "/documents.csv".to_owned(),
        },
        total,
        next,
        feed_href: match &forum {
            Some(f) => format!("/changes.atom?forum={}&what=document&new=true", f.id),
            None => "/changes.atom?what=document&new=true".to_owned(),
        },
        forum: forum.map(|f| (f.id.to_string(), Localised::name(&f.names))),
        may_upload: who.viewer.contributes_somewhere(),
    })
}

/// `/documents.csv`: every document of the list the viewer may see (of one forum with
/// `forum`), newest first, as the page lists them.
pub async fn list_csv(
    State(state): State<AppState>,
    who: Who,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    let p = Params::parse(q.as_deref(), &["forum"])?;
    let registry = state.registry().await?;
    let forum = match p.get("forum") {
        None | Some("") => None,
        Some(f) => Some(registry.forum(f).or_not_found("forum", f)?.id.clone()),
    };
    let all = agora_app::documents::list(&state, &who.caller(), forum.as_ref()).await?;
    let rows = all
        .into_iter()
        .map(|d| {
            vec![
                d.id.to_string(),
                d.title().to_owned(),
                kind_label(d.kind),
                d.date.map(|x| x.to_string()).unwrap_or_default(),
                fora_links(&registry, &d.fora)
                    .into_iter()
                    .map(|(_, name)| name.text)
                    .collect::<Vec<_>>()
                    .join("; "),
                d.visibility.level().to_owned(),
                state.public_url.link(&format!("/documents/{}", d.id)),
            ]
        })
        .collect();
    let name = match &forum {
        Some(f) => format!("documents-{f}"),
        None => "documents".to_owned(),
    };
    super::csv(
        &name,
        &["id", "title", "kind", "date", "fora", "access", "page"],
        rows,
    )
}

pub struct FileRow {
    pub href: String,
    pub name: String,
    pub media_type: String,
    pub size: String,
}

pub struct VersionRow {
    pub lang: String,
    /// The language in words ("English").
    pub language: String,
    pub title: String,
    pub files: Vec<FileRow>,
}

#[derive(Template)]
#[template(path = "document.html")]
struct DocumentPage {
    title: Localised,
    kind: String,
    date: String,
    fora: Vec<(String, Localised)>,
    /// The meetings it came out of, as links; else the meeting its record names in words.
    meetings: Vec<(String, Localised, String)>,
    meeting: String,
    source_url: String,
    access: String,
    versions: Vec<VersionRow>,
    authors: Vec<String>,
    publisher: Option<String>,
    summary: Option<String>,
    cite: crate::cite::Citation,
    /// The words of the search that led here (marked in the text).
    q: String,
    texts: Vec<TextBlock>,
}

/// The text of one version, in paragraphs of pieces (text, its number among the marked pieces
/// when the search matched it: 1, 2, ...).
pub struct TextBlock {
    pub lang: String,
    pub language: String,
    pub paragraphs: Vec<Vec<(String, Option<usize>)>>,
    pub words: usize,
    /// How many words the search marked.
    pub marks: usize,
}

/// A version's text cut into paragraphs (at blank lines) of pieces, marked where the query
/// matched.
fn text_block(lang: &str, text: &str, q: &str) -> TextBlock {
    let ranges = if q.trim().is_empty() {
        Vec::new()
    } else {
        agora_search::highlight::marked(lang, text, q)
    };
    let mut paragraphs: Vec<Vec<(String, Option<usize>)>> = vec![Vec::new()];
    let mut marks = 0;
    for (piece, marked) in agora_search::highlight::pieces(text, &ranges) {
        if marked {
            marks += 1;
            paragraphs
                .last_mut()
                .expect("one at least")
                .push((piece.to_owned(), Some(marks)));
            continue;
        }
        for (i, part) in piece.split("\n\n").enumerate() {
            if i > 0 {
                paragraphs.push(Vec::new());
            }
            if !part.is_empty() {
                paragraphs
                    .last_mut()
                    .expect("one at least")
                    .push((part.to_owned(), None));
            }
        }
    }
    paragraphs.retain(|p| p.iter().any(|(t, _)| !t.trim().is_empty()));
    TextBlock {
        lang: lang.to_owned(),
        language: super::language_label(lang),
        paragraphs,
        words: text.split_whitespace().count(),
        marks,
    }
}

/// The name a file downloads under: the document's title made safe (ASCII letters, digits and
/// hyphens), its language, and the file's own extension ("roundtable-3-...-en.txt"); the
/// document's id when the title has no such letters.
pub fn download_name(
    d: &agora_core::document::Document,
    lang: &str,
    f: &agora_core::document::DocFile,
) -> String {
    let title = d
        .versions
        .iter()
        .find(|v| v.lang.as_str() == lang)
        .map_or(d.title(), |v| v.title.as_str());
    let mut slug = String::new();
    for c in agora_core::fold(title).chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    // At most 80 characters, cut between words.
    if slug.len() > 80 {
        let cut = slug[..=80].rfind('-').unwrap_or(80);
        slug.truncate(cut);
    }
    let slug = slug.trim_matches('-');
    let stem = if slug.is_empty() { d.id.as_str() } else { slug };
    let ext = std::path::Path::new(&f.name)
        .extension()
        .and_then(|e| e.to_str())
        .filter(|e| e.len() <= 5 && e.chars().all(|c| c.is_ascii_alphanumeric()))
        .map(str::to_ascii_lowercase)
        .unwrap_or_else(|| {
            match f.media_type.as_str() {
                "application/pdf" => "pdf",
                "text/html" => "html",
                "text/markdown" => "md",
                "text/plain" => "txt",
                _ if f.media_type.contains("wordprocessingml") => "docx",
                _ => "bin",
            }
            .to_owned()
        });
    format!("{stem}-{lang}.{ext}")
}

/// A file's size in words: "1.5 MB", "12 KB", "500 bytes" (in tenths of a megabyte).
fn size_label(n: u64) -> String {
    use crate::lang::text_with;
    match n {
        n if n >= 1024 * 1024 => {
            let tenths = (n as f64 / 1024.0 / 1024.0 * 10.0).round() as i64;
            let locale = crate::lang::Here::current().locale;
            // A tenth is written as the locale writes decimals: the whole part, its decimal
            // sign (the locale's way of writing 1.5 is what ICU4X gives for 15 tenths).
            let written = agora_i18n::format::tenths(locale, tenths);
            text_with("size-mb", &[("size", written.into())])
        }
        n if n >= 1024 => text_with("size-kb", &[("size", n.div_ceil(1024).into())]),
        n => text_with("size-bytes", &[("size", n.into())]),
    }
}

pub async fn show(
    State(state): State<AppState>,
    who: Who,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    let p = Params::parse(q.as_deref(), &["q"])?;
    let q = p
        .text("q")
        .unwrap_or("")
        .chars()
        .take(1_000)
        .collect::<String>();
    let (d, texts) = agora_app::documents::visible_with_texts(&state, &who.caller(), &id).await?;
    let registry = state.registry().await?;
    let access = {
        use crate::lang::{text, text_with};
        match &d.visibility {
            agora_core::document::DocVisibility::Public => text("doc-access-public"),
            agora_core::document::DocVisibility::Participants { forum, public_from } => {
                let forum = super::fora::forum_name(&registry, forum).text;
                match public_from {
                    Some(p) => text_with(
                        "doc-access-participants-until",
                        &[
                            ("forum", forum.into()),
                            ("day", crate::lang::date(p).into()),
                        ],
                    ),
                    None => text_with("doc-access-participants", &[("forum", forum.into())]),
                }
            }
            agora_core::document::DocVisibility::Confidential => text("doc-access-confidential"),
        }
    };
    let cite = crate::cite::Citation {
        key: d.id.to_string(),
        title: d.title().to_owned(),
        authors: d.about.authors.clone(),
        publisher: d.about.publisher.clone(),
        date: d.date,
        report: matches!(
            d.kind,
            DocKind::BackgroundPaper
                | DocKind::Study
                | DocKind::MeetingReport
                | DocKind::SummaryReport
        ),
        url: state.public_url.link(&format!("/documents/{}", d.id)),
        accessed: state.today(),
    };
    html(&DocumentPage {
        title: title_of(&d),
        kind: kind_label(d.kind),
        date: d.date.map(crate::lang::date).unwrap_or_default(),
        fora: fora_links(&registry, &d.fora),
        meetings: registry
            .meetings
            .of_document(d.id.as_str())
            .into_iter()
            .map(|m| {
                (
                    m.id.to_string(),
                    super::meetings::title(m),
                    super::meetings::dates_label(m),
                )
            })
            .collect(),
        meeting: d.meeting.clone().unwrap_or_default(),
        source_url: d.source_url.clone().unwrap_or_default(),
        access,
        versions: d
            .versions
            .iter()
            .map(|v| VersionRow {
                lang: v.lang.to_string(),
                language: super::language_label(v.lang.as_str()),
                title: v.title.clone(),
                files: v
                    .files
                    .iter()
                    .map(|f| FileRow {
                        href: format!("/documents/{}/files/{}", d.id, f.sha256),
                        name: download_name(&d, v.lang.as_str(), f),
                        media_type: f.media_type.clone(),
                        size: size_label(f.size),
                    })
                    .collect(),
            })
            .collect(),
        authors: d.about.authors.clone(),
        publisher: d.about.publisher.clone(),
        summary: d.about.summary.clone(),
        cite,
        texts: texts
            .iter()
            .filter(|(_, t)| !t.trim().is_empty())
            .map(|(lang, text)| text_block(lang, text, &q))
            .collect(),
        q,
    })
}

/// A file of a document the viewer may see, as a download. It is never rendered by the browser
/// as a page of ours: HTML goes out as plain text, every file as an attachment in a sandbox.
pub async fn file(
    State(state): State<AppState>,
    who: Who,
    Path((id, sha)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let d = visible_document(&state, &who.caller(), &id).await?;
    let f = d
        .versions
        .iter()
        .flat_map(|v| &v.files)
        .find(|f| f.sha256 == sha)
        .or_not_found("file", &sha)?;
    // Sent a chunk at a time, from whichever blob store the installation has.
    let blob = state.blobs.open(&f.sha256).await.map_err(AppError::from)?;
    let media_type = match f.media_type.as_str() {
        "text/plain" | "text/markdown" | "text/html" => "text/plain; charset=utf-8",
        other => other,
    };
    // A readable name made of safe characters only (the uploader's name is not trusted).
    let lang = d
        .versions
        .iter()
        .find(|v| v.files.iter().any(|x| x.sha256 == sha))
        .map_or("und".to_owned(), |v| v.lang.to_string());
    let safe = download_name(&d, &lang, f);
    let mut res = (StatusCode::OK, axum::body::Body::from_stream(blob.bytes)).into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_LENGTH, header::HeaderValue::from(blob.size));
    // The file's name is its SHA-256: the tag needs no reading of the bytes.
    h.insert(
        header::ETAG,
        header::HeaderValue::from_str(&format!("W/\"{}\"", f.sha256)).expect("hex"),
    );
    h.insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_str(media_type)
            .unwrap_or(header::HeaderValue::from_static("application/octet-stream")),
    );
    h.insert(
        header::CONTENT_DISPOSITION,
        header::HeaderValue::from_str(&format!("attachment; filename=\"{safe}\"")).expect("ASCII"),
    );
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        header::HeaderValue::from_static("sandbox; default-src 'none'"),
    );
    Ok(res)
}

#[derive(Template)]
#[template(path = "upload.html")]
struct UploadPage {
    csrf: String,
    fora: Vec<Choice>,
    kinds: Vec<Choice>,
    may_confidential: bool,
    max_mb: usize,
}

/// The upload form: for a forum's secretariat (its fora) and editors (every forum).
pub async fn upload_form(
    State(state): State<AppState>,
    who: Who,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    let p = Params::parse(q.as_deref(), &["forum"])?;
    agora_app::uploads::may_upload(&who.caller())?;
    let registry = state.registry().await?;
    let wanted = p.get("forum").unwrap_or_default();
    let mut fora: Vec<Choice> = registry
        .data
        .fora
        .iter()
        .filter(|f| who.viewer.as_contributor(&f.id).is_some())
        .map(|f| Choice {
            value: f.id.to_string(),
            label: Localised::name(&f.names).text,
            selected: f.id.as_str() == wanted,
        })
        .collect();
    fora.sort_by(|a, b| a.label.cmp(&b.label));
    let kinds = DocKind::ALL
        .into_iter()
        .map(|k| Choice {
            value: k.as_str().into(),
            label: kind_label(k),
            selected: k == DocKind::MeetingReport,
        })
        .collect();
    private_page(
        StatusCode::OK,
        &UploadPage {
            csrf: who.csrf(),
            fora,
            kinds,
            may_confidential: who.viewer.may_see(
                &agora_core::policy::Visibility::Confidential,
                state.today(),
                registry.as_ref(),
            ),
            max_mb: crate::upload::UPLOAD_LIMIT / 1024 / 1024,
        },
    )
}

/// An uploaded file becomes a contribution; the uploader is taken to it.
pub async fn upload(
    State(state): State<AppState>,
    who: Who,
    multipart: Result<axum::extract::Multipart, axum::extract::multipart::MultipartRejection>,
) -> Result<Response, PageError> {
    agora_app::uploads::may_upload(&who.caller())?;
    let upload = super::posted_upload(
        &state,
        &who,
        multipart,
        agora_app::uploads::FIELDS,
        "/documents/upload",
    )
    .await?;
    let (id, _) = agora_app::uploads::propose(&state, &who.caller(), upload).await?;
    Ok(see_other(format!("/contributions/{id}")))
}
