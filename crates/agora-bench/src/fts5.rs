//! The baseline of `agora bench search`: the same corpus in SQLite FTS5 (unicode61 with
//! diacritics removed, bm25 ranking with the title weighted double), with the same access filter
//! and the same facet counts, so that the benchmark compares like with like in one run.

use std::collections::BTreeMap;
use std::path::Path;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions};
use sqlx::{Row, SqlitePool};

use agora_store::StoreError;

pub struct Fts5 {
    pool: SqlitePool,
}

/// One document of the corpus.
pub struct FtsDoc {
    pub id: String,
    pub title: String,
    pub body: String,
    pub kind: String,
    pub forum: String,
    pub year: i32,
    pub lang: String,
    /// `public`, `participants:FORUM` or `confidential`.
    pub access: String,
    /// `yyyymmdd` from which it is public (i64::MAX for never).
    pub public_from: i64,
}

/// A search: words and phrases (all must match), filters, and what the viewer may see.
pub struct FtsQuery {
    pub words: Vec<String>,
    pub phrases: Vec<String>,
    pub kind: Option<String>,
    pub forum: Option<String>,
    /// The access terms the viewer may see (`public`, `participants:F`, ...).
    pub access: Vec<String>,
    pub today: i64,
    pub limit: i64,
}

pub struct FtsResults {
    pub total: u64,
    pub ids: Vec<String>,
    /// dimension -> value -> count
    pub facets: BTreeMap<&'static str, BTreeMap<String, u64>>,
}

fn quoted(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

impl Fts5 {
    pub async fn create(path: &Path) -> Result<Fts5, StoreError> {
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal);
        let pool = SqlitePoolOptions::new()
            .max_connections(2)
            .connect_with(options)
            .await?;
        sqlx::query(
            "CREATE TABLE docs (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, kind TEXT NOT NULL, \
             forum TEXT NOT NULL, year INTEGER NOT NULL, lang TEXT NOT NULL, access TEXT NOT NULL, \
             public_from INTEGER NOT NULL)",
        )
        .execute(&pool)
        .await?;
        sqlx::query(
            "CREATE VIRTUAL TABLE fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')",
        )
        .execute(&pool)
        .await?;
        Ok(Fts5 { pool })
    }

    /// Adds documents in one transaction.
    pub async fn insert(&self, docs: &[FtsDoc]) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        for d in docs {
            let rowid: i64 = sqlx::query_scalar(
                "INSERT INTO docs (id, kind, forum, year, lang, access, public_from) \
                 VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING rowid",
            )
            .bind(&d.id)
            .bind(&d.kind)
            .bind(&d.forum)
            .bind(d.year)
            .bind(&d.lang)
            .bind(&d.access)
            .bind(d.public_from)
            .fetch_one(&mut *tx)
            .await?;
            sqlx::query("INSERT INTO fts (rowid, title, body) VALUES (?, ?, ?)")
                .bind(rowid)
                .bind(&d.title)
                .bind(&d.body)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    pub async fn optimize(&self) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO fts (fts) VALUES ('optimize')")
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Ranked ids with snippets (as the search API gives them), the total and facet counts (kind, forum, year, lang) of everything matched
    /// that the viewer may see.
    pub async fn search(&self, q: &FtsQuery) -> Result<FtsResults, StoreError> {
        let matched: Vec<String> = q
            .words
            .iter()
            .chain(&q.phrases)
            .map(|w| quoted(w))
            .collect();
        let placeholders = vec!["?"; q.access.len().max(1)].join(", ");
        let mut filter =
            format!("(d.access IN ({placeholders}) OR d.public_from <= CAST(? AS INTEGER))");
        let mut binds: Vec<String> = vec![matched.join(" AND ")];
        binds.extend(q.access.iter().cloned());
        if q.access.is_empty() {
            binds.push(String::new());
        }
        binds.push(q.today.to_string());
        if let Some(k) = &q.kind {
            filter.push_str(" AND d.kind = ?");
            binds.push(k.clone());
        }
        if let Some(f) = &q.forum {
            filter.push_str(" AND d.forum = ?");
            binds.push(f.clone());
        }
        let top_sql = format!(
            "SELECT d.id, snippet(fts, 1, '<mark>', '</mark>', '…', 32) FROM fts \
             JOIN docs d ON d.rowid = fts.rowid WHERE fts MATCH ? AND {filter} \
             ORDER BY bm25(fts, 2.0, 1.0) LIMIT {}",
            q.limit
        );
        let mut top = sqlx::query(&top_sql);
        for b in &binds {
            top = top.bind(b);
        }
        let ids = top
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| r.get::<String, _>(0))
            .collect();
        let all_sql = format!(
            "SELECT d.kind, d.forum, d.year, d.lang FROM fts JOIN docs d ON d.rowid = fts.rowid \
             WHERE fts MATCH ? AND {filter}"
        );
        let mut all = sqlx::query(&all_sql);
        for b in &binds {
            all = all.bind(b);
        }
        let mut facets: BTreeMap<&'static str, BTreeMap<String, u64>> = BTreeMap::new();
        let mut total = 0;
        for r in all.fetch_all(&self.pool).await? {
            total += 1;
            for (i, dim) in ["kind", "forum", "year", "lang"].into_iter().enumerate() {
                let v = if i == 2 {
                    r.get::<i64, _>(i).to_string()
                } else {
                    r.get::<String, _>(i)
                };
                *facets.entry(dim).or_default().entry(v).or_default() += 1;
            }
        }
        Ok(FtsResults { total, ids, facets })
    }
}
