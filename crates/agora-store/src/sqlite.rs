//! The SQLite implementation: WAL, synchronous=FULL, foreign keys on, a busy timeout; all
//! checked when the store opens. Queries are checked at run time (no compile-time macros) so the
//! same crate can carry a PostgreSQL implementation.

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use agora_core::{Area, Catalogue, Dataset, Forum, Member, Membership, Organisation, Theme};
use serde::Serialize;
use serde::de::DeserializeOwned;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Row, SqliteConnection, SqlitePool};

use crate::{Change, ImportSummary, MembershipFilter, Progress, Store, StoreError};

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");

pub struct SqliteStore {
    pool: SqlitePool,
    generation: std::sync::atomic::AtomicU64,
}

impl SqliteStore {
    pub async fn open(path: &Path, create: bool) -> Result<SqliteStore, StoreError> {
        let options = SqliteConnectOptions::from_str("sqlite:")?
            .filename(path)
            .create_if_missing(create)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10));
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options)
            .await
            .map_err(|e| StoreError::Unavailable(format!("cannot open {}: {e}", path.display())))?;
        let store = SqliteStore {
            pool,
            generation: std::sync::atomic::AtomicU64::new(0),
        };
        store.check_settings().await?;
        MIGRATOR.run(&store.pool).await?;
        Ok(store)
    }

    /// Refuse to run on a database whose durability settings are not the ones we asked for.
    async fn check_settings(&self) -> Result<(), StoreError> {
        let mut conn = self.pool.acquire().await?;
        let journal: String = sqlx::query_scalar("PRAGMA journal_mode")
            .fetch_one(&mut *conn)
            .await?;
        let synchronous: i64 = sqlx::query_scalar("PRAGMA synchronous")
            .fetch_one(&mut *conn)
            .await?;
        let foreign_keys: i64 = sqlx::query_scalar("PRAGMA foreign_keys")
            .fetch_one(&mut *conn)
            .await?;
        if !journal.eq_ignore_ascii_case("wal") {
            return Err(StoreError::UnsafeSettings(format!(
                "journal_mode is {journal}, not WAL"
            )));
        }
        if synchronous != 2 {
            return Err(StoreError::UnsafeSettings(format!(
                "synchronous is {synchronous}, not FULL (2)"
            )));
        }
        if foreign_keys != 1 {
            return Err(StoreError::UnsafeSettings("foreign keys are off".into()));
        }
        Ok(())
    }

    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }
}

fn to_body<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("records always serialise")
}

fn from_body<T: DeserializeOwned>(
    entity: &'static str,
    id: &str,
    body: &str,
) -> Result<T, StoreError> {
    serde_json::from_str(body).map_err(|e| StoreError::Corrupt {
        entity,
        id: id.to_owned(),
        reason: e.to_string(),
    })
}

/// The stored body of a record, if any. `table` and `key` are constants of this module.
async fn stored_body(
    conn: &mut SqliteConnection,
    table: &str,
    key: &str,
    id: &str,
) -> Result<Option<String>, StoreError> {
    Ok(
        sqlx::query_scalar(&format!("SELECT body FROM {table} WHERE {key} = ?"))
            .bind(id)
            .fetch_optional(conn)
            .await?,
    )
}

async fn log_change(
    conn: &mut SqliteConnection,
    entity: &str,
    id: &str,
    op: &str,
    origin: &str,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO change_log (entity, entity_id, op, at, origin) \
         VALUES (?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?)",
    )
    .bind(entity)
    .bind(id)
    .bind(op)
    .bind(origin)
    .execute(conn)
    .await?;
    Ok(())
}

/// A table of records: its name, its key column, and the entity name used in the change log.
struct Table {
    name: &'static str,
    key: &'static str,
    entity: &'static str,
}

const AREAS: Table = Table {
    name: "areas",
    key: "code",
    entity: "area",
};
const ORGANISATIONS: Table = Table {
    name: "organisations",
    key: "id",
    entity: "organisation",
};
const THEMES: Table = Table {
    name: "themes",
    key: "id",
    entity: "theme",
};
const FORA: Table = Table {
    name: "fora",
    key: "id",
    entity: "forum",
};
const MEMBERSHIPS: Table = Table {
    name: "memberships",
    key: "id",
    entity: "membership",
};

/// Decide create / update / nothing for one record and log the change; true if it must be written.
async fn diff(
    conn: &mut SqliteConnection,
    table: &Table,
    id: &str,
    body: &str,
    origin: &str,
    summary: &mut ImportSummary,
) -> Result<bool, StoreError> {
    let (key, entity) = (table.key, table.entity);
    let op = match stored_body(conn, table.name, key, id).await? {
        Some(old) if old == body => {
            summary.unchanged += 1;
            return Ok(false);
        }
        Some(_) => {
            *summary.updated.entry(entity).or_default() += 1;
            "update"
        }
        None => {
            *summary.created.entry(entity).or_default() += 1;
            "create"
        }
    };
    log_change(conn, entity, id, op, origin).await?;
    Ok(true)
}

async fn write_area(conn: &mut SqliteConnection, a: &Area, body: &str) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO areas (code, m49, region_code, sub_region_code, intermediate_region_code, body) \
         VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET m49 = excluded.m49, \
         region_code = excluded.region_code, sub_region_code = excluded.sub_region_code, \
         intermediate_region_code = excluded.intermediate_region_code, body = excluded.body",
    )
    .bind(a.code.as_str())
    .bind(a.m49.map(i64::from))
    .bind(a.region.as_ref().map(|r| i64::from(r.code)))
    .bind(a.sub_region.as_ref().map(|r| i64::from(r.code)))
    .bind(a.intermediate_region.as_ref().map(|r| i64::from(r.code)))
    .bind(body)
    .execute(conn)
    .await?;
    Ok(())
}

async fn write_simple(
    conn: &mut SqliteConnection,
    table: &str,
    id: &str,
    body: &str,
) -> Result<(), StoreError> {
    sqlx::query(&format!(
        "INSERT INTO {table} (id, body) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET body = excluded.body"
    ))
    .bind(id)
    .bind(body)
    .execute(conn)
    .await?;
    Ok(())
}

async fn write_forum(conn: &mut SqliteConnection, f: &Forum, body: &str) -> Result<(), StoreError> {
    let category = f.category().map(|c| c.as_str()).unwrap_or("");
    sqlx::query(
        "INSERT INTO fora (id, category, parent_id, established, dissolved, md_status, body) \
         VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET category = excluded.category, \
         parent_id = excluded.parent_id, established = excluded.established, \
         dissolved = excluded.dissolved, md_status = excluded.md_status, body = excluded.body",
    )
    .bind(f.id.as_str())
    .bind(category)
    .bind(f.parent_id.as_ref().map(|p| p.as_str()))
    .bind(f.established.map(|d| d.to_string()))
    .bind(f.dissolved.map(|d| d.to_string()))
    .bind(f.md_status.as_str())
    .bind(body)
    .execute(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM forum_themes WHERE forum_id = ?")
        .bind(f.id.as_str())
        .execute(&mut *conn)
        .await?;
    for t in &f.themes {
        sqlx::query("INSERT OR IGNORE INTO forum_themes (forum_id, theme_id) VALUES (?, ?)")
            .bind(f.id.as_str())
            .bind(t.as_str())
            .execute(&mut *conn)
            .await?;
    }
    sqlx::query("DELETE FROM forum_regions WHERE forum_id = ?")
        .bind(f.id.as_str())
        .execute(&mut *conn)
        .await?;
    for r in &f.regions {
        sqlx::query("INSERT OR IGNORE INTO forum_regions (forum_id, m49) VALUES (?, ?)")
            .bind(f.id.as_str())
            .bind(i64::from(*r))
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

async fn write_membership(
    conn: &mut SqliteConnection,
    m: &Membership,
    body: &str,
) -> Result<(), StoreError> {
    let (area, org, forum) = match &m.member {
        Member::Area(c) => (Some(c.as_str()), None, None),
        Member::Organisation(o) => (None, Some(o.as_str()), None),
        Member::Forum(f) => (None, None, Some(f.as_str())),
    };
    sqlx::query(
        "INSERT INTO memberships (id, forum_id, area_code, organisation_id, member_forum_id, role, \
         start_date, end_date, starts_on, ends_on, verification, body) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET \
         forum_id = excluded.forum_id, area_code = excluded.area_code, \
         organisation_id = excluded.organisation_id, member_forum_id = excluded.member_forum_id, \
         role = excluded.role, start_date = excluded.start_date, end_date = excluded.end_date, \
         starts_on = excluded.starts_on, ends_on = excluded.ends_on, \
         verification = excluded.verification, body = excluded.body",
    )
    .bind(m.id.as_str())
    .bind(m.forum_id.as_str())
    .bind(area)
    .bind(org)
    .bind(forum)
    .bind(m.role.as_str())
    .bind(m.start_date.map(|d| d.to_string()))
    .bind(m.end_date.map(|d| d.to_string()))
    .bind(m.start_date.map(|d| d.first_day().to_string()))
    .bind(m.end_date.map(|d| d.last_day().to_string()))
    .bind(match m.verification {
        agora_core::Verification::Verified => "verified",
        agora_core::Verification::Unverified => "unverified",
    })
    .bind(body)
    .execute(conn)
    .await?;
    Ok(())
}

async fn bodies<T: DeserializeOwned>(
    pool: &SqlitePool,
    table: &Table,
) -> Result<Vec<T>, StoreError> {
    let (key, entity) = (table.key, table.entity);
    let rows = sqlx::query(&format!(
        "SELECT {key}, body FROM {} ORDER BY {key}",
        table.name
    ))
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|r| from_body(entity, r.get::<&str, _>(0), r.get::<&str, _>(1)))
        .collect()
}

fn change_of(r: &sqlx::sqlite::SqliteRow) -> Change {
    Change {
        seq: r.get(0),
        entity: r.get(1),
        entity_id: r.get(2),
        op: r.get(3),
        at: r.get(4),
        origin: r.get(5),
    }
}

#[async_trait::async_trait]
impl Store for SqliteStore {
    fn backend(&self) -> &'static str {
        "sqlite"
    }

    fn generation(&self) -> u64 {
        self.generation.load(std::sync::atomic::Ordering::Acquire)
    }

    async fn is_empty(&self) -> Result<bool, StoreError> {
        let n: i64 = sqlx::query_scalar(
            "SELECT (SELECT count(*) FROM areas) + (SELECT count(*) FROM fora) + (SELECT count(*) FROM memberships)",
        )
        .fetch_one(&self.pool)
        .await?;
        Ok(n == 0)
    }

    async fn catalogue(&self) -> Result<Catalogue, StoreError> {
        let mut c = Catalogue::default();
        c.m49.insert(1);
        for r in sqlx::query(
            "SELECT code, m49, region_code, sub_region_code, intermediate_region_code FROM areas",
        )
        .fetch_all(&self.pool)
        .await?
        {
            let code: &str = r.get(0);
            c.areas
                .insert(code.parse().map_err(|e: agora_core::ids::IdError| {
                    StoreError::Corrupt {
                        entity: "area",
                        id: code.to_owned(),
                        reason: e.to_string(),
                    }
                })?);
            for i in 1..=4 {
                if let Some(v) = r.get::<Option<i64>, _>(i) {
                    c.m49.insert(v as u16);
                }
            }
        }
        for (table, set) in [("organisations", 0), ("themes", 1), ("fora", 2)] {
            for id in sqlx::query_scalar::<_, String>(&format!("SELECT id FROM {table}"))
                .fetch_all(&self.pool)
                .await?
            {
                let bad = |e: agora_core::ids::IdError| StoreError::Corrupt {
                    entity: "id",
                    id: id.clone(),
                    reason: e.to_string(),
                };
                match set {
                    0 => {
                        c.organisations.insert(id.parse().map_err(bad)?);
                    }
                    1 => {
                        c.themes.insert(id.parse().map_err(bad)?);
                    }
                    _ => {
                        c.fora.insert(id.parse().map_err(bad)?);
                    }
                }
            }
        }
        Ok(c)
    }

    async fn snapshot(&self) -> Result<Dataset, StoreError> {
        Ok(Dataset {
            areas: bodies(&self.pool, &AREAS).await?,
            organisations: bodies(&self.pool, &ORGANISATIONS).await?,
            themes: bodies(&self.pool, &THEMES).await?,
            fora: bodies(&self.pool, &FORA).await?,
            memberships: bodies(&self.pool, &MEMBERSHIPS).await?,
            ..Dataset::default()
        })
    }

    async fn import(
        &self,
        d: &Dataset,
        origin: &str,
        progress: Progress<'_>,
    ) -> Result<ImportSummary, StoreError> {
        let mut summary = ImportSummary::default();
        let mut tx = self.pool.begin().await?;
        let mut done = 0usize;
        for a in &d.areas {
            let body = to_body(a);
            if diff(
                &mut tx,
                &AREAS,
                a.code.as_str(),
                &body,
                origin,
                &mut summary,
            )
            .await?
            {
                write_area(&mut tx, a, &body).await?;
            }
            done += 1;
            progress(done);
        }
        for o in &d.organisations {
            let body = to_body(o);
            if diff(
                &mut tx,
                &ORGANISATIONS,
                o.id.as_str(),
                &body,
                origin,
                &mut summary,
            )
            .await?
            {
                write_simple(&mut tx, ORGANISATIONS.name, o.id.as_str(), &body).await?;
            }
            done += 1;
            progress(done);
        }
        for t in &d.themes {
            let body = to_body(t);
            if diff(&mut tx, &THEMES, t.id.as_str(), &body, origin, &mut summary).await? {
                write_simple(&mut tx, THEMES.name, t.id.as_str(), &body).await?;
            }
            done += 1;
            progress(done);
        }
        for f in &d.fora {
            let body = to_body(f);
            if diff(&mut tx, &FORA, f.id.as_str(), &body, origin, &mut summary).await? {
                write_forum(&mut tx, f, &body).await?;
            }
            done += 1;
            progress(done);
        }
        for m in &d.memberships {
            let body = to_body(m);
            if diff(
                &mut tx,
                &MEMBERSHIPS,
                m.id.as_str(),
                &body,
                origin,
                &mut summary,
            )
            .await?
            {
                write_membership(&mut tx, m, &body).await?;
            }
            done += 1;
            progress(done);
        }
        tx.commit().await?;
        if summary.changed() > 0 {
            self.generation
                .fetch_add(1, std::sync::atomic::Ordering::AcqRel);
        }
        Ok(summary)
    }

    async fn memberships(&self, filter: &MembershipFilter) -> Result<Vec<Membership>, StoreError> {
        let mut sql = String::from("SELECT id, body FROM memberships WHERE 1 = 1");
        let mut binds: Vec<String> = Vec::new();
        if let Some(f) = &filter.forum {
            sql.push_str(" AND forum_id = ?");
            binds.push(f.to_string());
        }
        if let Some(m) = &filter.member {
            sql.push_str(match m {
                Member::Area(_) => " AND area_code = ?",
                Member::Organisation(_) => " AND organisation_id = ?",
                Member::Forum(_) => " AND member_forum_id = ?",
            });
            binds.push(m.id().to_owned());
        }
        if let Some(r) = filter.role {
            sql.push_str(" AND role = ?");
            binds.push(r.as_str().to_owned());
        }
        if let Some(day) = filter.as_of {
            sql.push_str(
                " AND (starts_on IS NULL OR starts_on <= ?) AND (ends_on IS NULL OR ends_on >= ?)",
            );
            binds.push(day.to_string());
            binds.push(day.to_string());
        }
        sql.push_str(" ORDER BY id");
        let mut q = sqlx::query(&sql);
        for b in &binds {
            q = q.bind(b);
        }
        q.fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| from_body("membership", r.get::<&str, _>(0), r.get::<&str, _>(1)))
            .collect()
    }

    async fn changes_since(&self, after: i64, limit: i64) -> Result<Vec<Change>, StoreError> {
        let rows = sqlx::query(
            "SELECT seq, entity, entity_id, op, at, origin FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?",
        )
        .bind(after)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(change_of).collect())
    }

    async fn latest_change(&self) -> Result<i64, StoreError> {
        Ok(
            sqlx::query_scalar("SELECT coalesce(max(seq), 0) FROM change_log")
                .fetch_one(&self.pool)
                .await?,
        )
    }

    async fn recent_changes(&self, limit: i64) -> Result<Vec<Change>, StoreError> {
        let rows = sqlx::query(
            "SELECT seq, entity, entity_id, op, at, origin FROM change_log ORDER BY seq DESC LIMIT ?",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(change_of).collect())
    }

    async fn integrity_problems(&self) -> Result<Vec<String>, StoreError> {
        let mut out = Vec::new();
        let verdict: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_all(&self.pool)
            .await?;
        if verdict != ["ok"] {
            out.extend(
                verdict
                    .into_iter()
                    .map(|v| format!("sqlite integrity_check: {v}")),
            );
        }
        for r in sqlx::query("PRAGMA foreign_key_check")
            .fetch_all(&self.pool)
            .await?
        {
            let table: String = r.get(0);
            let parent: String = r.get(2);
            out.push(format!(
                "{table}: a row refers to a missing {parent} record"
            ));
        }
        // Each derived column must agree with the record's body.
        macro_rules! agree {
            ($table:literal, $key:literal, $entity:literal, $ty:ty, $cols:literal, |$rec:ident, $row:ident| $cmp:expr) => {
                for $row in sqlx::query(concat!(
                    "SELECT ", $key, ", body, ", $cols, " FROM ", $table
                ))
                .fetch_all(&self.pool)
                .await?
                {
                    let id: String = $row.get(0);
                    match serde_json::from_str::<$ty>($row.get::<&str, _>(1)) {
                        Err(e) => out.push(format!("{} {id}: unreadable record: {e}", $entity)),
                        Ok($rec) => {
                            if !$cmp {
                                out.push(format!(
                                    "{} {id}: indexed columns disagree with the record",
                                    $entity
                                ));
                            }
                        }
                    }
                }
            };
        }
        agree!("areas", "code", "area", Area, "code", |a, r| a
            .code
            .as_str()
            == r.get::<&str, _>(2));
        agree!(
            "organisations",
            "id",
            "organisation",
            Organisation,
            "id",
            |o, r| o.id.as_str() == r.get::<&str, _>(2)
        );
        agree!("themes", "id", "theme", Theme, "id", |t, r| t.id.as_str()
            == r.get::<&str, _>(2));
        agree!(
            "fora",
            "id",
            "forum",
            Forum,
            "category, parent_id",
            |f, r| {
                f.category().map(|c| c.as_str()) == Some(r.get::<&str, _>(2))
                    && f.parent_id.as_ref().map(|p| p.as_str()) == r.get::<Option<&str>, _>(3)
            }
        );
        agree!(
            "memberships",
            "id",
            "membership",
            Membership,
            "forum_id, role, starts_on, ends_on",
            |m, r| {
                m.forum_id.as_str() == r.get::<&str, _>(2)
                    && m.role.as_str() == r.get::<&str, _>(3)
                    && m.start_date.map(|d| d.first_day().to_string())
                        == r.get::<Option<String>, _>(4)
                    && m.end_date.map(|d| d.last_day().to_string()) == r.get::<Option<String>, _>(5)
            }
        );
        Ok(out)
    }
}
