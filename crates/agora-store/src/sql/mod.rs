//! The SQL both backends share, written once. Queries use `$n` placeholders in order of
//! appearance (SQLite reads them as positional too) and portable syntax (`ON CONFLICT`,
//! `coalesce`); timestamps come from Rust.
//!
//! Each aggregate's SQL is a macro in a file of its own here (`registry.rs` holds
//! `registry_sql!`, which implements [`crate::RegistryStore`], and so on), and `shared.rs` holds
//! the helpers more than one of them uses. [`store_impl!`] instantiates them all for one sqlx
//! database, each in a module of its own; each backend module adds only how it opens, what it
//! checks at start-up, and its own integrity checks.

mod accounts;
mod assessments;
mod changelog;
mod contributions;
mod cycles;
mod documents;
mod feeds;
mod practices;
mod registry;
mod related;
mod releases;
mod shared;

pub(crate) use accounts::accounts_sql;
pub(crate) use assessments::assessments_sql;
pub(crate) use changelog::changelog_sql;
pub(crate) use contributions::contributions_sql;
pub(crate) use cycles::cycles_sql;
pub(crate) use documents::documents_sql;
pub(crate) use feeds::feeds_sql;
pub(crate) use practices::practices_sql;
pub(crate) use registry::registry_sql;
pub(crate) use related::related_sql;
pub(crate) use releases::releases_sql;
pub(crate) use shared::shared_sql;

/// A table of records: its name, its key column, and the entity name used in the change log.
pub(crate) struct Table {
    pub name: &'static str,
    pub key: &'static str,
    pub entity: &'static str,
}

impl Table {
    const fn new(name: &'static str, key: &'static str, entity: &'static str) -> Table {
        Table { name, key, entity }
    }
}

pub(crate) const AREAS: Table = Table::new("areas", "code", "area");
pub(crate) const ORGANISATIONS: Table = Table::new("organisations", "id", "organisation");
pub(crate) const THEMES: Table = Table::new("themes", "id", "theme");
pub(crate) const FORA: Table = Table::new("fora", "id", "forum");
pub(crate) const MEMBERSHIPS: Table = Table::new("memberships", "id", "membership");

/// The current time as the store writes it (RFC 3339, UTC, milliseconds: `agora_core::time`).
pub(crate) use agora_core::time::now_text as now_utc;

/// One record written on someone's behalf: its kind and id, its new body (None: it is
/// removed), and the change log's origin and role.
pub(crate) struct RecordWrite<'a> {
    pub kind: &'a dyn agora_core::kind::RecordKind,
    pub id: &'a str,
    pub body: Option<&'a str>,
    pub origin: &'a str,
    pub role: &'a str,
}

/// A field of an audit event as stored: at most [`crate::AUDIT_FIELD_CHARS`] characters, cut
/// with an ellipsis.
pub(crate) fn bounded(s: &str) -> std::borrow::Cow<'_, str> {
    match s.char_indices().nth(crate::AUDIT_FIELD_CHARS) {
        None => std::borrow::Cow::Borrowed(s),
        Some((cut, _)) => {
            let head = &s[..s[..cut].char_indices().last().map_or(0, |(i, _)| i)];
            std::borrow::Cow::Owned(format!("{head}…"))
        }
    }
}

/// The window (its start, `YYYY-MM-DDTHH:MM`) of an audit time in the store's format.
pub(crate) fn audit_bucket(at: &str) -> String {
    let minute: u32 = at.get(14..16).and_then(|m| m.parse().ok()).unwrap_or(0);
    let w = crate::AUDIT_WINDOW_MINUTES;
    format!("{}{:02}", at.get(..14).unwrap_or(at), minute / w * w)
}

/// Text for a LIKE pattern with `\` as the escape: its own `%`, `_` and `\` match themselves.
pub(crate) fn like_escaped(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

pub(crate) fn to_body<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("records always serialise")
}

/// A value of a row written many rows per statement.
pub(crate) enum Cell {
    Text(String),
    Opt(Option<String>),
    Int(i64),
}

pub(crate) fn from_body<T: serde::de::DeserializeOwned>(
    entity: &'static str,
    id: &str,
    body: &str,
) -> Result<T, crate::StoreError> {
    serde_json::from_str(body).map_err(|e| crate::StoreError::Corrupt {
        entity,
        id: id.to_owned(),
        reason: e.to_string(),
    })
}

/// Implement [`crate::Store`] for `$store`, a struct of the calling module with fields
/// `pool: sqlx::Pool<$db>` and `generation: AtomicU64`, and a method
/// `async fn backend_problems(&self) -> Result<Vec<String>>`: a module per aggregate, beside
/// the helpers of `shared`. Every macro takes the same arguments (the database's connection
/// and row types among them, found from `$db`) and uses those it needs.
macro_rules! store_impl {
    ($store:ident, $db:ty, $name:literal) => {
        $crate::sql::store_impl!(
            $store,
            $db,
            <$db as sqlx::Database>::Connection,
            <$db as sqlx::Database>::Row,
            $name;
            shared: shared_sql,
            registry: registry_sql,
            accounts: accounts_sql,
            contributions: contributions_sql,
            documents: documents_sql,
            releases: releases_sql,
            feeds: feeds_sql,
            cycles: cycles_sql,
            practices: practices_sql,
            assessments: assessments_sql,
            related: related_sql,
            changelog: changelog_sql
        );
    };
    ($store:ident, $db:ty, $conn:ty, $row:ty, $name:literal; $($module:ident: $sql:ident),+) => {
        $(
            mod $module {
                $crate::sql::$sql!(super::$store, $db, $conn, $row, $name);
            }
        )+
    };
}

pub(crate) use store_impl;

#[cfg(test)]
mod tests {
    #[test]
    fn audit_fields_are_bounded_and_refusals_share_a_window() {
        let long = "é".repeat(60_000);
        let kept = super::bounded(&long);
        assert_eq!(kept.chars().count(), crate::AUDIT_FIELD_CHARS);
        assert!(kept.ends_with('…'));
        assert_eq!(super::bounded("short"), "short");
        assert_eq!(
            super::audit_bucket("2026-12-02T10:29:59.999Z"),
            "2026-12-02T10:15"
        );
        assert_eq!(
            super::audit_bucket("2026-12-02T10:30:00.000Z"),
            "2026-12-02T10:30"
        );
        assert_eq!(super::like_escaped("100%_a\\b"), "100\\%\\_a\\\\b");
    }

    #[test]
    fn timestamps_are_iso_8601_utc() {
        let t = super::now_utc();
        assert_eq!(t.len(), 24, "{t}");
        assert!(t.ends_with('Z') && t.as_bytes()[10] == b'T', "{t}");
    }
}
