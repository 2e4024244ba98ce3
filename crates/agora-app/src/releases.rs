//! Dated, immutable releases of the open data. A release freezes the whole public dataset as it
//! stands: every CSV file of the bundle, its `datapackage.json` (versioned by the release's name)
//! and the Popolo bundle, each stored in the blob store under its SHA-256 (so its bytes cannot
//! change), with a short changelog against the release before it (fora added and removed,
//! memberships added, removed and changed). Made by an administrator (`agora release`, or the
//! button on the open data page); read by anyone.

use std::collections::BTreeMap;

use agora_ingest::bundle::TABLES;
use agora_store::StoredRelease;
use serde::{Deserialize, Serialize};

use crate::open_data::Export;
use crate::{App, Caller, Error};

/// One file of a release.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReleaseFile {
    pub name: String,
    pub sha256: String,
    pub size: u64,
    pub media_type: String,
}

/// What changed since the release before.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReleaseChanges {
    /// The release compared with (None for the first).
    pub since: Option<String>,
    pub fora_added: Vec<String>,
    pub fora_removed: Vec<String>,
    pub memberships_added: Vec<String>,
    pub memberships_removed: Vec<String>,
    pub memberships_changed: Vec<String>,
}

/// A release as Agora keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Release {
    /// Its date (`2026-12-01`), numbered when there are several that day (`2026-12-01.2`).
    pub name: String,
    /// When it was made (RFC 3339).
    pub made_at: String,
    /// The change-log position it stands for.
    pub seq: i64,
    pub files: Vec<ReleaseFile>,
    pub changes: ReleaseChanges,
}

impl Release {
    fn from_stored(s: &StoredRelease) -> Result<Release, Error> {
        serde_json::from_str(&s.body)
            .map_err(|e| Error::Internal(format!("release {} does not read: {e}", s.name)))
    }

    pub fn file(&self, name: &str) -> Option<&ReleaseFile> {
        self.files.iter().find(|f| f.name == name)
    }

    /// `sha256sum -c` reads this: a line per file.
    pub fn checksums(&self) -> String {
        self.files
            .iter()
            .map(|f| format!("{}  {}\n", f.sha256, f.name))
            .collect()
    }
}

/// Every release, newest first.
pub async fn list(app: &App) -> Result<Vec<Release>, Error> {
    app.store
        .releases()
        .await?
        .iter()
        .map(Release::from_stored)
        .collect()
}

/// A release by its name.
pub async fn get(app: &App, name: &str) -> Result<Release, Error> {
    match app.store.release(name).await? {
        Some(s) => Release::from_stored(&s),
        None => Err(Error::not_found("release", name)),
    }
}

/// A file of a release: its record and its bytes, checked against its checksum.
pub async fn file(app: &App, name: &str, file: &str) -> Result<(ReleaseFile, Vec<u8>), Error> {
    let release = get(app, name).await?;
    let f = release
        .file(file)
        .cloned()
        .ok_or_else(|| Error::not_found("file", file))?;
    let bytes = app.blobs.read(&f.sha256).await?;
    if agora_store::sha256_hex(&bytes) != f.sha256 {
        return Err(Error::Internal(format!(
            "release {name}: {file} no longer matches its checksum"
        )));
    }
    Ok((f, bytes))
}

/// Make a release as an administrator (in person or with an `administer` token).
pub async fn make_as(app: &App, who: &Caller<'_>) -> Result<Release, Error> {
    who.account()?;
    if who.viewer.as_admin().is_none() {
        return Err(Error::forbidden("only-admins-release"));
    }
    make(app).await
}

/// Make a release of the public dataset as it stands (the operator at the command line, or
/// [`make_as`]).
pub async fn make(app: &App) -> Result<Release, Error> {
    let export = Export::new(app, None).await?;
    let made_at = agora_core::time::now_text();
    let day = app.today().to_string();
    let taken: Vec<String> = list(app).await?.into_iter().map(|r| r.name).collect();
    let name = (1..)
        .map(|n| match n {
            1 => day.clone(),
            n => format!("{day}.{n}"),
        })
        .find(|n| !taken.contains(n))
        .expect("some number is free");
    let mut contents: Vec<(String, &'static str, Vec<u8>)> = Vec::new();
    for t in TABLES {
        let bytes: Vec<u8> = export.csv(t).flatten().collect();
        contents.push((format!("{}.csv", t.name), "text/csv", bytes));
    }
    let mut package = export.datapackage(app.public_url.as_str(), "", &made_at);
    package["version"] = name.clone().into();
    package["name"] = format!("agora-dataset-{name}").into();
    let package = serde_json::to_vec_pretty(&package)
        .map_err(|e| Error::Internal(format!("datapackage.json: {e}")))?;
    contents.push(("datapackage.json".to_owned(), "application/json", package));
    let popolo: Vec<u8> = export.popolo().flatten().collect();
    contents.push(("popolo.json".to_owned(), "application/json", popolo));
    let previous = match taken.first() {
        Some(p) => Some(get(app, p).await?),
        None => None,
    };
    let changes = match &previous {
        Some(p) => changes_since(app, p, &contents).await?,
        None => ReleaseChanges::default(),
    };
    let mut files = Vec::with_capacity(contents.len());
    for (file, media, bytes) in &contents {
        let (sha256, _) = app.blobs.put(bytes).await?;
        files.push(ReleaseFile {
            name: file.clone(),
            sha256,
            size: bytes.len() as u64,
            media_type: (*media).to_owned(),
        });
    }
    let release = Release {
        name: name.clone(),
        made_at: made_at.clone(),
        seq: export.seq(),
        files,
        changes,
    };
    let body = serde_json::to_string(&release)
        .map_err(|e| Error::Internal(format!("a release does not serialise: {e}")))?;
    let stored = StoredRelease {
        name,
        made_at,
        seq: release.seq,
        body,
    };
    if !app.store.add_release(&stored).await? {
        return Err(Error::Conflict(agora_i18n::Said::new("release-name-taken")));
    }
    Ok(release)
}

/// Rows of a CSV file by their first cell (the id), each row whole.
fn rows_by_id(bytes: &[u8]) -> BTreeMap<String, Vec<String>> {
    csv::Reader::from_reader(bytes)
        .records()
        .filter_map(Result::ok)
        .filter_map(|r| {
            let row: Vec<String> = r.iter().map(str::to_owned).collect();
            row.first().cloned().map(|id| (id, row))
        })
        .collect()
}

/// Fora added and removed, memberships added, removed and changed, since `before`.
async fn changes_since(
    app: &App,
    before: &Release,
    now: &[(String, &'static str, Vec<u8>)],
) -> Result<ReleaseChanges, Error> {
    let old = async |file: &str| -> Result<BTreeMap<String, Vec<String>>, Error> {
        Ok(match before.file(file) {
            Some(f) => rows_by_id(&app.blobs.read(&f.sha256).await?),
            None => BTreeMap::new(),
        })
    };
    let new = |file: &str| {
        now.iter()
            .find(|(n, _, _)| n == file)
            .map(|(_, _, b)| rows_by_id(b))
            .unwrap_or_default()
    };
    let (old_fora, new_fora) = (old("fora.csv").await?, new("fora.csv"));
    let (old_members, new_members) = (old("memberships.csv").await?, new("memberships.csv"));
    let added = |a: &BTreeMap<String, Vec<String>>, b: &BTreeMap<String, Vec<String>>| {
        b.keys().filter(|k| !a.contains_key(*k)).cloned().collect()
    };
    Ok(ReleaseChanges {
        since: Some(before.name.clone()),
        fora_added: added(&old_fora, &new_fora),
        fora_removed: added(&new_fora, &old_fora),
        memberships_added: added(&old_members, &new_members),
        memberships_removed: added(&new_members, &old_members),
        memberships_changed: new_members
            .iter()
            .filter(|(k, row)| old_members.get(*k).is_some_and(|o| o != *row))
            .map(|(k, _)| k.clone())
            .collect(),
    })
}
