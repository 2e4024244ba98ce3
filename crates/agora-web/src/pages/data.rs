//! `/data`: the open data, to download: the CSV bundle with its `datapackage.json` and the
//! Popolo JSON bundle, for everything recorded or as of a day; the dated releases, each with its
//! files, checksums, changelog and the text to cite it by (an administrator makes one with a
//! button); the DCAT catalogue of the releases for open-data portals (`/data/catalog.jsonld`).

use agora_app::releases::Release;
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

use super::{PageError, Posted, html, see_other};
use crate::lang::filters;
use crate::params::Params;
use crate::state::AppState;
use crate::viewer::Who;

#[derive(Template)]
#[template(path = "data.html")]
pub struct DataPage {
    /// The day asked for (`2009-06-04`), or None for everything recorded.
    pub as_of: Option<String>,
    /// `?as_of=...` for the files' links, or nothing.
    pub query: String,
    /// Each CSV file: its table's name, its file name and its address.
    pub files: Vec<(&'static str, String, String)>,
    pub licence_href: String,
    pub releases: Vec<ReleaseRow>,
    /// The form token of an administrator, who may make a release.
    pub release_csrf: Option<String>,
}

/// A release as the page lists it.
pub struct ReleaseRow {
    pub name: String,
    pub made_at: String,
    pub year: String,
    /// Its address, as cited.
    pub url: String,
    pub files: Vec<agora_app::releases::ReleaseFile>,
    pub since: Option<String>,
    pub fora_added: usize,
    pub fora_removed: usize,
    pub memberships_added: usize,
    pub memberships_removed: usize,
    pub memberships_changed: usize,
}

impl ReleaseRow {
    fn of(r: Release, state: &AppState) -> ReleaseRow {
        ReleaseRow {
            year: r.name.chars().take(4).collect(),
            url: state
                .public_url
                .link(&format!("/data/releases/{}/", r.name)),
            made_at: r
                .made_at
                .chars()
                .take(16)
                .collect::<String>()
                .replace('T', " "),
            since: r.changes.since.clone(),
            fora_added: r.changes.fora_added.len(),
            fora_removed: r.changes.fora_removed.len(),
            memberships_added: r.changes.memberships_added.len(),
            memberships_removed: r.changes.memberships_removed.len(),
            memberships_changed: r.changes.memberships_changed.len(),
            name: r.name,
            files: r.files,
        }
    }
}

pub async fn page(
    State(state): State<AppState>,
    who: Who,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    let p = Params::parse(q.as_deref(), &["as_of"])?;
    let as_of = p.optional_as_of()?.map(|d| d.to_string());
    let query = as_of
        .as_ref()
        .map_or_else(String::new, |d| format!("?as_of={d}"));
    let files = agora_ingest::bundle::TABLES
        .iter()
        .map(|t| {
            let file = format!("{}.csv", t.name);
            let href = format!("/api/v1/data/{file}{query}");
            (t.name, file, href)
        })
        .collect();
    let releases = agora_app::releases::list(&state)
        .await?
        .into_iter()
        .map(|r| ReleaseRow::of(r, &state))
        .collect();
    html(&DataPage {
        as_of,
        query,
        files,
        licence_href: agora_app::open_data::licence().path,
        releases,
        release_csrf: who.viewer.as_admin().map(|_| who.csrf()),
    })
}

/// `POST /data/releases`: an administrator makes a release of the dataset as it stands.
pub async fn make_release(
    State(state): State<AppState>,
    Posted { who, .. }: Posted,
) -> Result<Response, PageError> {
    let release = agora_app::releases::make_as(&state, &who.caller()).await?;
    state
        .audit(&who.actor(), "release.make", &release.name, "ok")
        .await;
    Ok(see_other(format!("/data#release-{}", release.name)))
}

/// `/data/releases/{name}/{file}`: a file of a release, as it was made (checked against its
/// checksum), kept by anyone for ever; `SHA256SUMS` lists the checksums.
pub async fn release_file(
    State(state): State<AppState>,
    Path((name, file)): Path<(String, String)>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    Params::parse(q.as_deref(), &[])?;
    let (media, bytes, tag) = if file == "SHA256SUMS" {
        let release = agora_app::releases::get(&state, &name).await?;
        let sums = release.checksums();
        let tag = agora_store::sha256_hex(sums.as_bytes());
        (
            "text/plain; charset=utf-8".to_owned(),
            sums.into_bytes(),
            tag,
        )
    } else {
        let (f, bytes) = agora_app::releases::file(&state, &name, &file).await?;
        let media = match f.media_type.as_str() {
            "text/csv" => "text/csv; charset=utf-8".to_owned(),
            other => other.to_owned(),
        };
        (media, bytes, f.sha256)
    };
    let mut res = bytes.into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(&media)
            .unwrap_or(HeaderValue::from_static("application/octet-stream")),
    );
    // A release never changes: its files may be kept for ever.
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    if let Ok(v) = HeaderValue::from_str(&format!("\"{tag}\"")) {
        h.insert(header::ETAG, v);
    }
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"agora-{name}-{file}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(res)
}

/// `/data/catalog.jsonld`: the releases as a DCAT (DCAT-AP) catalogue in JSON-LD, so that
/// open-data portals can harvest them: one dataset per release, one distribution per file, with
/// its address, type, size, checksum and licence.
pub async fn catalog(
    State(state): State<AppState>,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    Params::parse(q.as_deref(), &[])?;
    let releases = agora_app::releases::list(&state).await?;
    let catalog = agora_app::dcat::catalog(&state.public_url, &releases);
    let mut res = serde_json::to_string_pretty(&catalog)
        .unwrap_or_default()
        .into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/ld+json"),
    );
    Ok(res)
}
