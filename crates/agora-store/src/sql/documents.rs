//! The library's SQL: documents, their files and their texts.

/// Implement [`crate::DocumentStore`] for `$store`, with the writes of documents (a
/// contribution publishes and withdraws through them too).
macro_rules! documents_sql {
    ($store:ty, $db:ty, $conn:ty, $row:ty, $name:literal) => {
        use sqlx::Row;

        use super::shared::{insert_rows, log_change, parameters};
        use $crate::StoreError;
        use $crate::sql::{from_body, now_utc, to_body};

        /// Write one document with its files and texts (replacing what it had), logging the
        /// change; whether it was new, changed or already so.
        async fn write_document(
            conn: &mut $conn,
            d: &agora_core::document::Document,
            mut texts: Vec<(String, String)>,
            origin: &str,
            role: Option<&str>,
        ) -> Result<$crate::Written, StoreError> {
            use agora_core::document::DocVisibility;
            let body = to_body(d);
            let id = d.id.as_str();
            let old: Option<String> = sqlx::query_scalar("SELECT body FROM documents WHERE id = $1")
                .bind(id)
                .fetch_optional(&mut *conn)
                .await?;
            let mut old_texts: Vec<(String, String)> = Vec::new();
            if old.is_some() {
                for r in sqlx::query("SELECT lang, text FROM document_texts WHERE document_id = $1 ORDER BY lang")
                    .bind(id)
                    .fetch_all(&mut *conn)
                    .await?
                {
                    old_texts.push((r.get(0), r.get(1)));
                }
            }
            texts.sort();
            if old.as_deref() == Some(body.as_str()) && old_texts == texts {
                return Ok($crate::Written::Unchanged);
            }
            let (forum, public_from) = match &d.visibility {
                DocVisibility::Participants { forum, public_from } => {
                    (Some(forum.as_str()), public_from.map(|p| p.to_string()))
                }
                _ => (None, None),
            };
            sqlx::query(
                "INSERT INTO documents (id, kind, date, visibility, visibility_forum, public_from, body) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, \
                 date = excluded.date, visibility = excluded.visibility, \
                 visibility_forum = excluded.visibility_forum, public_from = excluded.public_from, \
                 body = excluded.body",
            )
            .bind(id)
            .bind(d.kind.as_str())
            .bind(d.date.map(|x| x.to_string()))
            .bind(d.visibility.level())
            .bind(forum)
            .bind(public_from)
            .bind(&body)
            .execute(&mut *conn)
            .await?;
            if old.is_some() {
                for table in ["document_fora", "document_files", "document_texts"] {
                    sqlx::query(&format!("DELETE FROM {table} WHERE document_id = $1"))
                        .bind(id)
                        .execute(&mut *conn)
                        .await?;
                }
            }
            for f in &d.fora {
                sqlx::query("INSERT INTO document_fora (document_id, forum_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                    .bind(id)
                    .bind(f.as_str())
                    .execute(&mut *conn)
                    .await?;
            }
            for v in &d.versions {
                for f in &v.files {
                    sqlx::query(
                        "INSERT INTO document_files (document_id, lang, sha256, name, media_type, size) \
                         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
                    )
                    .bind(id)
                    .bind(v.lang.as_str())
                    .bind(&f.sha256)
                    .bind(&f.name)
                    .bind(&f.media_type)
                    .bind(f.size as i64)
                    .execute(&mut *conn)
                    .await?;
                }
            }
            for (lang, text) in &texts {
                sqlx::query("INSERT INTO document_texts (document_id, lang, text) VALUES ($1, $2, $3)")
                    .bind(id)
                    .bind(lang)
                    .bind(text)
                    .execute(&mut *conn)
                    .await?;
            }
            let op = if old.is_some() { "update" } else { "create" };
            log_change(conn, "document", id, op, origin, &format!("document:{id}"), Some(&body), role).await?;
            Ok(if old.is_some() { $crate::Written::Updated } else { $crate::Written::Created })
        }

        /// Write documents with their files and texts (replacing what they had), logging each
        /// change under `role` (a contributor's; none for a document stored directly); what
        /// became of each. Every document is written here, whether stored by `put_documents` or
        /// published by a contribution.
        pub(super) async fn write_documents<L: std::fmt::Display + Sync>(
            conn: &mut $conn,
            batch: &[(agora_core::document::Document, Vec<(L, String)>)],
            origin: &str,
            role: Option<&str>,
        ) -> Result<Vec<$crate::Written>, StoreError> {
            use agora_core::document::DocVisibility;
            use $crate::sql::Cell;
            // Documents that are new are written many rows per statement; the others (and
            // a batch that names a document twice) one by one below.
            let ids: Vec<&str> = batch.iter().map(|(d, _)| d.id.as_str()).collect();
            let unique = ids.iter().collect::<std::collections::HashSet<_>>().len() == ids.len();
            let mut existing = std::collections::HashSet::new();
            if unique {
                for chunk in ids.chunks(500) {
                    let list = parameters(chunk.len());
                    let sql = format!("SELECT id FROM documents WHERE id IN ({list})");
                    let mut q = sqlx::query_scalar::<_, String>(&sql);
                    for id in chunk {
                        q = q.bind(*id);
                    }
                    existing.extend(q.fetch_all(&mut *conn).await?);
                }
                let at = now_utc();
                let (mut docs, mut fora, mut files, mut text_rows, mut log) =
                    (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
                for (d, texts) in batch.iter().filter(|(d, _)| !existing.contains(d.id.as_str())) {
                    let id = d.id.to_string();
                    let body = to_body(d);
                    let (forum, public_from) = match &d.visibility {
                        DocVisibility::Participants { forum, public_from } => {
                            (Some(forum.to_string()), public_from.map(|p| p.to_string()))
                        }
                        _ => (None, None),
                    };
                    docs.push(vec![
                        Cell::Text(id.clone()),
                        Cell::Text(d.kind.as_str().into()),
                        Cell::Opt(d.date.map(|x| x.to_string())),
                        Cell::Text(d.visibility.level().into()),
                        Cell::Opt(forum),
                        Cell::Opt(public_from),
                        Cell::Text(body.clone()),
                    ]);
                    for f in &d.fora {
                        fora.push(vec![Cell::Text(id.clone()), Cell::Text(f.to_string())]);
                    }
                    for v in &d.versions {
                        for f in &v.files {
                            files.push(vec![
                                Cell::Text(id.clone()),
                                Cell::Text(v.lang.to_string()),
                                Cell::Text(f.sha256.clone()),
                                Cell::Text(f.name.clone()),
                                Cell::Text(f.media_type.clone()),
                                Cell::Int(f.size as i64),
                            ]);
                        }
                    }
                    for (lang, text) in texts {
                        text_rows.push(vec![Cell::Text(id.clone()), Cell::Text(lang.to_string()), Cell::Text(text.clone())]);
                    }
                    log.push(vec![
                        Cell::Text("document".into()),
                        Cell::Text(id.clone()),
                        Cell::Text("create".into()),
                        Cell::Text(at.clone()),
                        Cell::Text(origin.into()),
                        Cell::Text(format!("document:{id}")),
                        Cell::Opt(Some(body)),
                        Cell::Opt(role.map(str::to_owned)),
                    ]);
                }
                insert_rows(&mut *conn, "documents (id, kind, date, visibility, visibility_forum, public_from, body)", &docs, "").await?;
                insert_rows(&mut *conn, "document_fora (document_id, forum_id)", &fora, "ON CONFLICT DO NOTHING").await?;
                insert_rows(&mut *conn, "document_files (document_id, lang, sha256, name, media_type, size)", &files, "ON CONFLICT DO NOTHING").await?;
                insert_rows(&mut *conn, "document_texts (document_id, lang, text)", &text_rows, "").await?;
                insert_rows(&mut *conn, "change_log (entity, entity_id, op, at, origin, scope, body, role)", &log, "").await?;
            }
            let mut changed = Vec::with_capacity(batch.len());
            for (d, texts) in batch {
                if unique && !existing.contains(d.id.as_str()) {
                    changed.push($crate::Written::Created);
                    continue;
                }
                let texts = texts.iter().map(|(l, t)| (l.to_string(), t.clone())).collect();
                changed.push(write_document(&mut *conn, d, texts, origin, role).await?);
            }
            Ok(changed)
        }

        /// Remove a document on behalf of a contribution (withdrawn, it had created the
        /// document), logging the change under the contributor's role. Its files and texts go
        /// with it.
        pub(super) async fn delete_document(conn: &mut $conn, id: &str, origin: &str, role: &str) -> Result<(), StoreError> {
            sqlx::query("DELETE FROM documents WHERE id = $1").bind(id).execute(&mut *conn).await?;
            log_change(conn, "document", id, "delete", origin, &format!("document:{id}"), None, Some(role)).await
        }

        #[async_trait::async_trait]
        impl $crate::DocumentStore for $store {
            async fn put_documents(
                &self,
                batch: &[(agora_core::document::Document, Vec<(agora_core::Lang, String)>)],
                origin: &str,
            ) -> Result<Vec<$crate::Written>, StoreError> {
                let mut tx = self.begin_write().await?;
                let changed = write_documents(&mut tx, batch, origin, None).await?;
                tx.commit().await?;
                if changed.iter().any(|w| *w != $crate::Written::Unchanged) {
                    self.generation.fetch_add(1, std::sync::atomic::Ordering::AcqRel);
                }
                Ok(changed)
            }

            async fn document(&self, id: &str) -> Result<Option<agora_core::document::Document>, StoreError> {
                let body: Option<String> = sqlx::query_scalar("SELECT body FROM documents WHERE id = $1")
                    .bind(id)
                    .fetch_optional(&self.pool)
                    .await?;
                body.map(|b| from_body("document", id, &b)).transpose()
            }

            async fn documents(&self) -> Result<Vec<agora_core::document::Document>, StoreError> {
                let rows = sqlx::query("SELECT id, body FROM documents ORDER BY id").fetch_all(&self.pool).await?;
                rows.iter()
                    .map(|r| from_body("document", r.get::<&str, _>(0), r.get::<&str, _>(1)))
                    .collect()
            }

            async fn document_text(&self, id: &str, lang: &str) -> Result<Option<String>, StoreError> {
                Ok(sqlx::query_scalar("SELECT text FROM document_texts WHERE document_id = $1 AND lang = $2")
                    .bind(id)
                    .bind(lang)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn documents_with_texts(
                &self,
                ids: &[String],
            ) -> Result<Vec<(agora_core::document::Document, Vec<(String, String)>)>, StoreError> {
                let mut out = Vec::with_capacity(ids.len());
                for chunk in ids.chunks(500) {
                    let list = parameters(chunk.len());
                    let sql = format!("SELECT id, body FROM documents WHERE id IN ({list}) ORDER BY id");
                    let mut q = sqlx::query(&sql);
                    for id in chunk {
                        q = q.bind(id);
                    }
                    let docs = q.fetch_all(&self.pool).await?;
                    let sql = format!(
                        "SELECT document_id, lang, text FROM document_texts WHERE document_id IN ({list}) ORDER BY document_id, lang"
                    );
                    let mut q = sqlx::query(&sql);
                    for id in chunk {
                        q = q.bind(id);
                    }
                    let mut texts: std::collections::HashMap<String, Vec<(String, String)>> = Default::default();
                    for r in q.fetch_all(&self.pool).await? {
                        texts.entry(r.get(0)).or_default().push((r.get(1), r.get(2)));
                    }
                    for r in &docs {
                        let id: &str = r.get(0);
                        let d = from_body("document", id, r.get::<&str, _>(1))?;
                        out.push((d, texts.remove(id).unwrap_or_default()));
                    }
                }
                Ok(out)
            }

            async fn documents_holding(
                &self,
                sha256s: &[String],
            ) -> Result<std::collections::BTreeMap<String, String>, StoreError> {
                let mut out = std::collections::BTreeMap::new();
                for chunk in sha256s.chunks(500) {
                    let list = parameters(chunk.len());
                    let sql = format!(
                        "SELECT sha256, MIN(document_id) FROM document_files WHERE sha256 IN ({list}) GROUP BY sha256"
                    );
                    let mut q = sqlx::query(&sql);
                    for sha in chunk {
                        q = q.bind(sha);
                    }
                    for r in q.fetch_all(&self.pool).await? {
                        out.insert(r.get(0), r.get(1));
                    }
                }
                Ok(out)
            }

            async fn documents_with_blob(&self, sha256: &str) -> Result<Vec<String>, StoreError> {
                Ok(sqlx::query_scalar("SELECT DISTINCT document_id FROM document_files WHERE sha256 = $1 ORDER BY document_id")
                    .bind(sha256)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn note_upload(&self, sha256: &str) -> Result<(), StoreError> {
                sqlx::query(
                    "INSERT INTO upload_notes (sha256, noted_at) VALUES ($1, $2) \
                     ON CONFLICT (sha256) DO UPDATE SET noted_at = excluded.noted_at",
                )
                .bind(sha256)
                .bind(now_utc())
                .execute(&self.pool)
                .await?;
                Ok(())
            }

            async fn noted_uploads(&self) -> Result<Vec<String>, StoreError> {
                Ok(sqlx::query_scalar("SELECT sha256 FROM upload_notes ORDER BY sha256")
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn upload_done(&self, sha256: &str) -> Result<(), StoreError> {
                sqlx::query("DELETE FROM upload_notes WHERE sha256 = $1")
                    .bind(sha256)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn sweep_upload_notes(&self, before: &str) -> Result<Vec<String>, StoreError> {
                Ok(sqlx::query_scalar("DELETE FROM upload_notes WHERE noted_at < $1 RETURNING sha256")
                    .bind(before)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn release_embargoes(&self, today: agora_core::Day) -> Result<Vec<String>, StoreError> {
                let mut tx = self.begin_write().await?;
                let rows = sqlx::query(
                    "SELECT id, public_from, body FROM documents d WHERE visibility = 'participants' \
                     AND public_from IS NOT NULL AND public_from <= $1 AND NOT EXISTS (\
                     SELECT 1 FROM change_log c WHERE c.entity = 'document' AND c.entity_id = d.id \
                     AND c.origin = 'embargo:' || d.public_from) ORDER BY id",
                )
                .bind(today.to_string())
                .fetch_all(&mut *tx)
                .await?;
                let mut released = Vec::with_capacity(rows.len());
                for r in &rows {
                    let id: String = r.get(0);
                    let day: String = r.get(1);
                    let body: String = r.get(2);
                    log_change(&mut tx, "document", &id, "update", &format!("embargo:{day}"), &format!("document:{id}"), Some(&body), None).await?;
                    released.push(id);
                }
                tx.commit().await?;
                if !released.is_empty() {
                    self.generation.fetch_add(1, std::sync::atomic::Ordering::AcqRel);
                }
                Ok(released)
            }

            async fn held_blobs(&self) -> Result<Vec<String>, StoreError> {
                let mut held: std::collections::BTreeSet<String> =
                    sqlx::query_scalar("SELECT DISTINCT sha256 FROM document_files")
                        .fetch_all(&self.pool)
                        .await?
                        .into_iter()
                        .collect();
                // A proposed document's file is kept from its upload on, whatever became of it:
                // the contribution shows it to its reviewers and keeps its history.
                let proposed: Vec<(i64, String)> = sqlx::query_as("SELECT id, proposed FROM contributions WHERE entity = 'document'")
                    .fetch_all(&self.pool)
                    .await?;
                for (id, body) in proposed {
                    let d = from_body::<agora_core::document::Document>("contribution", &id.to_string(), &body)?;
                    held.extend(d.versions.iter().flat_map(|v| v.files.iter().map(|f| f.sha256.clone())));
                }
                // A release's files are kept for good: a release never changes.
                let releases: Vec<(String, String)> = sqlx::query_as("SELECT name, body FROM releases")
                    .fetch_all(&self.pool)
                    .await?;
                for (name, body) in releases {
                    let r = from_body::<serde_json::Value>("release", &name, &body)?;
                    let files = r["files"].as_array().map_or(&[][..], Vec::as_slice);
                    held.extend(files.iter().filter_map(|f| f["sha256"].as_str().map(str::to_owned)));
                }
                Ok(held.into_iter().collect())
            }
        }
    };
}

pub(crate) use documents_sql;
