//! The registry's SQL: areas, organisations, themes, fora and memberships.

/// Implement [`crate::RegistryStore`] for `$store`, with the writes of each kind of registry
/// record, the same for an import and for a contribution (`apply_registry_record`).
macro_rules! registry_sql {
    ($store:ty, $db:ty, $conn:ty, $row:ty, $name:literal) => {
        use agora_core::{Area, Catalogue, Dataset, Forum, Member, Membership};
        use sqlx::Row;

        use super::shared::{log_change, stored_body, stored_body_in, write_declared};
        use $crate::sql::{
            AREAS, FORA, MEMBERSHIPS, ORGANISATIONS, THEMES, Table, from_body, to_body,
        };
        use $crate::{ImportSummary, MembershipFilter, Progress, StoreError};

        /// Decide create / update / nothing for one record and log the change in the same
        /// transaction; true if the record must be written.
        async fn diff(
            conn: &mut $conn,
            table: &Table,
            id: &str,
            scope: &str,
            body: &str,
            origin: &str,
            summary: &mut ImportSummary,
        ) -> Result<bool, StoreError> {
            let op = match stored_body(&mut *conn, table, id).await? {
                Some(old) if old == body => {
                    summary.unchanged += 1;
                    return Ok(false);
                }
                Some(_) => {
                    *summary.updated.entry(table.entity).or_default() += 1;
                    "update"
                }
                None => {
                    *summary.created.entry(table.entity).or_default() += 1;
                    "create"
                }
            };
            log_change(conn, table.entity, id, op, origin, scope, Some(body), None).await?;
            Ok(true)
        }

        async fn write_area(conn: &mut $conn, a: &Area, body: &str) -> Result<(), StoreError> {
            sqlx::query(
                "INSERT INTO areas (code, m49, region_code, sub_region_code, intermediate_region_code, body) \
                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO UPDATE SET m49 = excluded.m49, \
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

        async fn write_simple(conn: &mut $conn, table: &Table, id: &str, body: &str) -> Result<(), StoreError> {
            sqlx::query(&format!(
                "INSERT INTO {} (id, body) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET body = excluded.body",
                table.name
            ))
            .bind(id)
            .bind(body)
            .execute(conn)
            .await?;
            Ok(())
        }

        async fn write_forum(conn: &mut $conn, f: &Forum, body: &str) -> Result<(), StoreError> {
            sqlx::query(
                "INSERT INTO fora (id, category, parent_id, established, dissolved, md_status, body) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO UPDATE SET category = excluded.category, \
                 parent_id = excluded.parent_id, established = excluded.established, \
                 dissolved = excluded.dissolved, md_status = excluded.md_status, body = excluded.body",
            )
            .bind(f.id.as_str())
            .bind(f.category().map(|c| c.as_str()).unwrap_or(""))
            .bind(f.parent_id.as_ref().map(|p| p.as_str()))
            .bind(f.established.map(|d| d.to_string()))
            .bind(f.dissolved.map(|d| d.to_string()))
            .bind(f.md_status.as_str())
            .bind(body)
            .execute(&mut *conn)
            .await?;
            sqlx::query("DELETE FROM forum_themes WHERE forum_id = $1").bind(f.id.as_str()).execute(&mut *conn).await?;
            for t in &f.themes {
                sqlx::query("INSERT INTO forum_themes (forum_id, theme_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                    .bind(f.id.as_str())
                    .bind(t.as_str())
                    .execute(&mut *conn)
                    .await?;
            }
            sqlx::query("DELETE FROM forum_regions WHERE forum_id = $1").bind(f.id.as_str()).execute(&mut *conn).await?;
            for r in &f.regions {
                sqlx::query("INSERT INTO forum_regions (forum_id, m49) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                    .bind(f.id.as_str())
                    .bind(i64::from(*r))
                    .execute(&mut *conn)
                    .await?;
            }
            Ok(())
        }

        async fn write_membership(conn: &mut $conn, m: &Membership, body: &str) -> Result<(), StoreError> {
            let (area, org, forum) = match &m.member {
                Member::Area(c) => (Some(c.as_str()), None, None),
                Member::Organisation(o) => (None, Some(o.as_str()), None),
                Member::Forum(f) => (None, None, Some(f.as_str())),
            };
            sqlx::query(
                "INSERT INTO memberships (id, forum_id, area_code, organisation_id, member_forum_id, role, \
                 start_date, end_date, starts_on, ends_on, verification, body) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (id) DO UPDATE SET \
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
            .bind(m.verification.as_str())
            .bind(body)
            .execute(conn)
            .await?;
            Ok(())
        }

        /// Write (or, with no body, remove) a forum or membership on behalf of a contribution,
        /// logging the change under the contributor's role; through the same writes as an import.
        pub(super) async fn apply_registry_record(
            conn: &mut $conn,
            entity: &agora_core::contribution::Entity,
            id: &str,
            body: Option<&str>,
            origin: &str,
            role: &str,
        ) -> Result<(), StoreError> {
            use agora_core::contribution::Entity;
            let forum = *entity == Entity::FORUM;
            let table = if forum { &FORA } else { &MEMBERSHIPS };
            let existed = stored_body(&mut *conn, table, id).await?.is_some();
            let scope = match body {
                _ if forum => id.to_owned(),
                Some(b) => from_body::<Membership>("membership", id, b)?.forum_id.to_string(),
                None => {
                    let old = stored_body(&mut *conn, table, id).await?.unwrap_or_default();
                    from_body::<Membership>("membership", id, &old)?.forum_id.to_string()
                }
            };
            match body {
                Some(b) => {
                    if forum {
                        write_forum(&mut *conn, &from_body::<Forum>("forum", id, b)?, b).await?
                    } else {
                        write_membership(&mut *conn, &from_body::<Membership>("membership", id, b)?, b).await?
                    }
                    let op = if existed { "update" } else { "create" };
                    log_change(conn, table.entity, id, op, origin, &scope, Some(b), Some(role)).await
                }
                None => {
                    if forum {
                        return Err(StoreError::Conflict(agora_core::Said::new("store-forum-not-removed")));
                    }
                    sqlx::query("DELETE FROM memberships WHERE id = $1").bind(id).execute(&mut *conn).await?;
                    log_change(conn, table.entity, id, "delete", origin, &scope, None, Some(role)).await
                }
            }
        }

        async fn bodies<T: serde::de::DeserializeOwned>(pool: &sqlx::Pool<$db>, table: &Table) -> Result<Vec<T>, StoreError> {
            let rows = sqlx::query(&format!("SELECT {key}, body FROM {} ORDER BY {key}", table.name, key = table.key))
                .fetch_all(pool)
                .await?;
            rows.iter()
                .map(|r| from_body(table.entity, r.get::<&str, _>(0), r.get::<&str, _>(1)))
                .collect()
        }

        #[async_trait::async_trait]
        impl $crate::RegistryStore for $store {
            async fn is_empty(&self) -> Result<bool, StoreError> {
                let n: i64 = sqlx::query_scalar(
                    "SELECT (SELECT count(*) FROM areas) + (SELECT count(*) FROM fora) + (SELECT count(*) FROM memberships)",
                )
                .fetch_one(&self.pool)
                .await?;
                Ok(n == 0)
            }

            async fn catalogue(&self) -> Result<Catalogue, StoreError> {
                let bad = |id: &str, e: agora_core::ids::IdError| StoreError::Corrupt {
                    entity: "id",
                    id: id.to_owned(),
                    reason: e.to_string(),
                };
                let mut c = Catalogue::default();
                c.m49.insert(1);
                for r in sqlx::query("SELECT code, m49, region_code, sub_region_code, intermediate_region_code FROM areas")
                    .fetch_all(&self.pool)
                    .await?
                {
                    let code: &str = r.get(0);
                    c.areas.insert(code.parse().map_err(|e| bad(code, e))?);
                    for i in 1..=4 {
                        if let Some(v) = r.get::<Option<i64>, _>(i) {
                            c.m49.insert(v as u16);
                        }
                    }
                }
                for id in sqlx::query_scalar::<_, String>("SELECT id FROM organisations").fetch_all(&self.pool).await? {
                    c.organisations.insert(id.parse().map_err(|e| bad(&id, e))?);
                }
                for id in sqlx::query_scalar::<_, String>("SELECT id FROM themes").fetch_all(&self.pool).await? {
                    c.themes.insert(id.parse().map_err(|e| bad(&id, e))?);
                }
                for id in sqlx::query_scalar::<_, String>("SELECT id FROM documents").fetch_all(&self.pool).await? {
                    c.documents.insert(id.parse().map_err(|e| bad(&id, e))?);
                }
                for id in sqlx::query_scalar::<_, String>("SELECT id FROM meetings").fetch_all(&self.pool).await? {
                    c.meetings.insert(id.parse().map_err(|e| bad(&id, e))?);
                }
                for r in sqlx::query("SELECT id, body FROM recommendations").fetch_all(&self.pool).await? {
                    let id: String = r.get(0);
                    let body: String = r.get(1);
                    let rec: agora_core::recommendation::Recommendation = $crate::sql::from_body("recommendation", &id, &body)?;
                    c.recommendations.insert(rec.id.clone(), (&rec).into());
                }
                for r in sqlx::query("SELECT id, body FROM follow_ups").fetch_all(&self.pool).await? {
                    let id: String = r.get(0);
                    let body: String = r.get(1);
                    let f: agora_core::recommendation::FollowUp = $crate::sql::from_body("follow_up", &id, &body)?;
                    c.follow_ups.insert(f.id.clone(), (&f).into());
                }
                let date = |id: &str, v: Option<String>| -> Result<Option<agora_core::PartialDate>, StoreError> {
                    v.map(|v| {
                        v.parse().map_err(|e: agora_core::date::DateError| StoreError::Corrupt {
                            entity: "forum",
                            id: id.to_owned(),
                            reason: e.to_string(),
                        })
                    })
                    .transpose()
                };
                for r in sqlx::query("SELECT id, established, dissolved FROM fora").fetch_all(&self.pool).await? {
                    let id: String = r.get(0);
                    let forum: agora_core::ForumId = id.parse().map_err(|e| bad(&id, e))?;
                    let life = agora_core::Period::new(date(&id, r.get(1))?, date(&id, r.get(2))?);
                    c.lives.insert(forum.clone(), life);
                    c.fora.insert(forum);
                }
                // Who holds which role when, for the overlap rule.
                for r in sqlx::query("SELECT id, body FROM memberships").fetch_all(&self.pool).await? {
                    let m: Membership = from_body("membership", r.get::<&str, _>(0), r.get::<&str, _>(1))?;
                    c.spans.insert(m.id.clone(), agora_core::validate::Span::of(&m));
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

            async fn import(&self, d: &Dataset, origin: &str, progress: Progress<'_>) -> Result<ImportSummary, StoreError> {
                self.import_removing(d, &[], origin, progress).await
            }

            async fn latest_origins(&self) -> Result<std::collections::HashMap<(String, String), (String, bool)>, StoreError> {
                // Oldest first, so the latest entry of each record is the one kept.
                let mut out = std::collections::HashMap::new();
                for r in sqlx::query("SELECT entity, entity_id, origin, op FROM change_log ORDER BY seq")
                    .fetch_all(&self.pool)
                    .await?
                {
                    let op: &str = r.get(3);
                    out.insert((r.get(0), r.get(1)), (r.get(2), op == "delete"));
                }
                Ok(out)
            }

            async fn import_removing(
                &self,
                d: &Dataset,
                remove: &[agora_core::MembershipId],
                origin: &str,
                progress: Progress<'_>,
            ) -> Result<ImportSummary, StoreError> {
                let mut summary = ImportSummary::default();
                let mut tx = self.begin_write().await?;
                let mut done = 0usize;
                for a in &d.areas {
                    let body = to_body(a);
                    if diff(&mut tx, &AREAS, a.code.as_str(), a.code.as_str(), &body, origin, &mut summary).await? {
                        write_area(&mut tx, a, &body).await?;
                    }
                    done += 1;
                    progress(done);
                }
                for o in &d.organisations {
                    let body = to_body(o);
                    if diff(&mut tx, &ORGANISATIONS, o.id.as_str(), o.id.as_str(), &body, origin, &mut summary).await? {
                        write_simple(&mut tx, &ORGANISATIONS, o.id.as_str(), &body).await?;
                    }
                    done += 1;
                    progress(done);
                }
                for t in &d.themes {
                    let body = to_body(t);
                    if diff(&mut tx, &THEMES, t.id.as_str(), t.id.as_str(), &body, origin, &mut summary).await? {
                        write_simple(&mut tx, &THEMES, t.id.as_str(), &body).await?;
                    }
                    done += 1;
                    progress(done);
                }
                for f in &d.fora {
                    let body = to_body(f);
                    if diff(&mut tx, &FORA, f.id.as_str(), f.id.as_str(), &body, origin, &mut summary).await? {
                        write_forum(&mut tx, f, &body).await?;
                    }
                    done += 1;
                    progress(done);
                }
                for m in &d.memberships {
                    let body = to_body(m);
                    if diff(&mut tx, &MEMBERSHIPS, m.id.as_str(), m.forum_id.as_str(), &body, origin, &mut summary).await? {
                        write_membership(&mut tx, m, &body).await?;
                    }
                    done += 1;
                    progress(done);
                }
                for id in remove {
                    let Some(old) = stored_body(&mut tx, &MEMBERSHIPS, id.as_str()).await? else {
                        continue;
                    };
                    let forum = from_body::<Membership>("membership", id.as_str(), &old)?.forum_id;
                    sqlx::query("DELETE FROM memberships WHERE id = $1").bind(id.as_str()).execute(&mut *tx).await?;
                    log_change(&mut tx, MEMBERSHIPS.entity, id.as_str(), "delete", origin, forum.as_str(), None, None).await?;
                    *summary.removed.entry(MEMBERSHIPS.entity).or_default() += 1;
                }
                tx.commit().await?;
                if summary.changed() > 0 {
                    self.generation.fetch_add(1, std::sync::atomic::Ordering::AcqRel);
                }
                Ok(summary)
            }

            async fn memberships(&self, filter: &MembershipFilter) -> Result<Vec<Membership>, StoreError> {
                let mut sql = String::from("SELECT id, body FROM memberships WHERE 1 = 1");
                let mut binds: Vec<String> = Vec::new();
                let mut param = |sql: &mut String, clause: &str, value: String| {
                    binds.push(value);
                    sql.push_str(&clause.replace("{}", &format!("${}", binds.len())));
                };
                if let Some(f) = &filter.forum {
                    param(&mut sql, " AND forum_id = {}", f.to_string());
                }
                if let Some(m) = &filter.member {
                    let clause = match m {
                        Member::Area(_) => " AND area_code = {}",
                        Member::Organisation(_) => " AND organisation_id = {}",
                        Member::Forum(_) => " AND member_forum_id = {}",
                    };
                    param(&mut sql, clause, m.id().to_owned());
                }
                if let Some(r) = filter.role {
                    param(&mut sql, " AND role = {}", r.as_str().to_owned());
                }
                if let Some(day) = filter.as_of {
                    // The as-of rule (`Forum::counts_on`): a dated row, on a day inside its own
                    // dates and its forum's life. The forum's dates are partial ("2002",
                    // "2011-05"): the day is cut to their precision to compare.
                    sql.push_str(" AND (starts_on IS NOT NULL OR ends_on IS NOT NULL)");
                    param(&mut sql, " AND (starts_on IS NULL OR starts_on <= {})", day.to_string());
                    param(&mut sql, " AND (ends_on IS NULL OR ends_on >= {})", day.to_string());
                    param(
                        &mut sql,
                        " AND forum_id IN (SELECT id FROM fora WHERE (established IS NULL OR established <= {}) \
                         AND (dissolved IS NULL OR substr({}, 1, length(dissolved)) <= dissolved))",
                        day.to_string(),
                    );
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

            async fn record_body(&self, table: agora_core::kind::Table, id: &str) -> Result<Option<String>, StoreError> {
                let mut conn = self.pool.acquire().await?;
                stored_body_in(&mut conn, table.name, table.key, id).await
            }

            async fn write_records(
                &self,
                kind: &dyn agora_core::kind::RecordKind,
                records: &[(String, String)],
                origin: &str,
            ) -> Result<usize, StoreError> {
                let table = kind.table();
                let mut tx = self.begin_write().await?;
                let mut written = 0;
                for (id, body) in records {
                    if stored_body_in(&mut tx, table.name, table.key, id).await?.as_deref() == Some(body.as_str()) {
                        continue;
                    }
                    let w = $crate::sql::RecordWrite { kind, id, body: Some(body), origin, role: "" };
                    write_declared(&mut tx, &w).await?;
                    written += 1;
                }
                tx.commit().await?;
                Ok(written)
            }

            async fn record_bodies(&self, table: agora_core::kind::Table) -> Result<Vec<(String, String)>, StoreError> {
                let (name, key) = (table.name, table.key);
                Ok(sqlx::query(&format!("SELECT {key}, body FROM {name} ORDER BY {key}"))
                    .fetch_all(&self.pool)
                    .await?
                    .iter()
                    .map(|r| (r.get(0), r.get(1)))
                    .collect())
            }
        }
    };
}

pub(crate) use registry_sql;
