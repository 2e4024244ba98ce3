//! The SQL of contributions: drafts, their events, and publishing or withdrawing them.

/// Implement [`crate::ContributionStore`] for `$store`. Publishing and withdrawing write the
/// records through the writes of the `registry` and `documents` modules beside this one.
macro_rules! contributions_sql {
    ($store:ty, $db:ty, $conn:ty, $row:ty, $name:literal) => {
        use sqlx::Row;

        use super::documents::{delete_document, write_documents};
        use super::registry::apply_registry_record;
        use super::shared::{stored_body_in, write_declared};
        use $crate::StoreError;
        use $crate::sql::{RecordWrite, from_body, now_utc};

        /// The last gate of a record's identity: a body a contribution writes or replaces belongs
        /// to the contribution's forum and to no other (the web checks this when the
        /// contribution is proposed; here it holds whatever called).
        fn check_owner(
            c: &agora_core::contribution::Contribution,
            record: &agora_core::contribution::RecordChange,
            kind: &dyn agora_core::kind::RecordKind,
            body: Option<&str>,
        ) -> Result<(), StoreError> {
            let Some(body) = body else { return Ok(()) };
            let value = from_body::<serde_json::Value>(kind.name(), &record.entity_id, body)?;
            // Every forum the record names is the contribution's (an upload names one); a
            // joint record (a meeting of several fora) names the contribution's among them.
            let owners = kind.owners(&value);
            let owned = if kind.joint() {
                owners.contains(&c.forum)
            } else {
                owners == [c.forum.clone()]
            };
            if owned {
                Ok(())
            } else {
                Err(StoreError::Conflict(
                    agora_core::Said::new("store-record-elsewhere")
                        .with("id", c.id.to_string())
                        .with("forum", c.forum.to_string()),
                ))
            }
        }

        /// Write (or, with no body, remove) one record on behalf of contribution `contribution`,
        /// logging the change under the contributor's role, through the writes of the record's
        /// own module. A document is written with the texts the contribution carries.
        async fn apply_record(
            conn: &mut $conn,
            contribution: i64,
            w: &$crate::sql::RecordWrite<'_>,
        ) -> Result<(), StoreError> {
            use agora_core::contribution::Entity;
            let $crate::sql::RecordWrite { kind, id, body, origin, role } = *w;
            let entity = kind.entity();
            if entity == Entity::DOCUMENT {
                return match body {
                    Some(b) => {
                        let d = from_body::<agora_core::document::Document>("document", id, b)?;
                        let mut texts = Vec::new();
                        for r in sqlx::query("SELECT lang, text FROM contribution_texts WHERE contribution_id = $1 ORDER BY lang")
                            .bind(contribution)
                            .fetch_all(&mut *conn)
                            .await?
                        {
                            texts.push((r.get::<String, _>(0), r.get::<String, _>(1)));
                        }
                        write_documents(conn, &[(d, texts)], origin, Some(role)).await.map(|_| ())
                    }
                    None => delete_document(conn, id, origin, role).await,
                };
            }
            if entity == Entity::FORUM || entity == Entity::MEMBERSHIP {
                return apply_registry_record(conn, &entity, id, body, origin, role).await;
            }
            write_declared(conn, w).await
        }

        /// The transaction back when the update moved the contribution (one row); when it did
        /// not (it is no longer in the state the caller saw), a Conflict, the transaction rolled
        /// back at once: a dropped transaction would keep its write lock until the connection is
        /// used again, and the next writer would be refused.
        async fn moved(
            tx: sqlx::Transaction<'static, $db>,
            rows: u64,
            from: agora_core::policy::ContributionState,
        ) -> Result<sqlx::Transaction<'static, $db>, StoreError> {
            if rows == 1 {
                return Ok(tx);
            }
            tx.rollback().await?;
            Err(StoreError::Conflict(agora_core::Said::new("store-no-longer").with("state", from.said())))
        }

        async fn add_event(
            conn: &mut $conn,
            id: i64,
            action: &str,
            state: agora_core::policy::ContributionState,
            actor: &$crate::Actor,
        ) -> Result<(), StoreError> {
            let actor_id = actor.account_id.get();
            let now = now_utc();
            sqlx::query(
                "INSERT INTO contribution_events (contribution_id, at, actor_id, actor_role, action, state, comment) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(id)
            .bind(&now)
            .bind(actor_id)
            .bind(&actor.role)
            .bind(action)
            .bind(state.as_str())
            .bind(&actor.comment)
            .execute(&mut *conn)
            .await?;
            sqlx::query("UPDATE contributions SET updated_at = $1 WHERE id = $2").bind(&now).bind(id).execute(conn).await?;
            Ok(())
        }

        const CONTRIBUTION_COLUMNS: &str = "id, forum_id, entity, entity_id, title, base, proposed, state, author_id, author_role, created_at, updated_at";

        fn contribution_of(r: &$row) -> Result<agora_core::contribution::Contribution, StoreError> {
            let id: i64 = r.get(0);
            let corrupt = |reason: String| StoreError::Corrupt { entity: "contribution", id: id.to_string(), reason };
            let forum: String = r.get(1);
            let entity: String = r.get(2);
            let state: String = r.get(7);
            Ok(agora_core::contribution::Contribution {
                id,
                forum: forum.parse().map_err(|e: agora_core::ids::IdError| corrupt(e.to_string()))?,
                entity: agora_core::contribution::Entity::parse(&entity).ok_or_else(|| corrupt(format!("entity {entity}")))?,
                entity_id: r.get(3),
                title: r.get(4),
                base: r.get(5),
                proposed: r.get(6),
                state: agora_core::policy::ContributionState::parse(&state).ok_or_else(|| corrupt(format!("state {state}")))?,
                author_id: agora_core::account::AccountId::new(r.get::<i64, _>(8)),
                author_role: r.get(9),
                created_at: r.get(10),
                updated_at: r.get(11),
                events: Vec::new(),
                also: Vec::new(),
            })
        }

        /// The columns of a contribution's further records, after its id and position.
        const ALSO_COLUMNS: &str = "contribution_id, entity, entity_id, base, proposed";

        /// A further record of a contribution (a row of [`ALSO_COLUMNS`]), with the
        /// contribution's id.
        fn also_of(r: &$row) -> Result<(i64, agora_core::contribution::RecordChange), StoreError> {
            let id: i64 = r.get(0);
            let entity: String = r.get(1);
            let entity = agora_core::contribution::Entity::parse(&entity).ok_or_else(|| StoreError::Corrupt {
                entity: "contribution",
                id: id.to_string(),
                reason: format!("entity {entity}"),
            })?;
            Ok((id, agora_core::contribution::RecordChange { entity, entity_id: r.get(2), base: r.get(3), proposed: r.get(4) }))
        }

        /// Replace a contribution's further records with `also` (positions 1, 2, ...).
        async fn write_also(conn: &mut $conn, id: i64, also: &[agora_core::contribution::RecordChange]) -> Result<(), StoreError> {
            sqlx::query("DELETE FROM contribution_records WHERE contribution_id = $1").bind(id).execute(&mut *conn).await?;
            for (position, r) in (1_i64..).zip(also) {
                sqlx::query(
                    "INSERT INTO contribution_records (contribution_id, position, entity, entity_id, base, proposed) \
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(id)
                .bind(position)
                .bind(r.entity.as_str())
                .bind(&r.entity_id)
                .bind(r.base.as_deref())
                .bind(&r.proposed)
                .execute(&mut *conn)
                .await?;
            }
            Ok(())
        }

        /// A contribution's further records, in order.
        async fn read_also(conn: &mut $conn, id: i64) -> Result<Vec<agora_core::contribution::RecordChange>, StoreError> {
            sqlx::query(&format!("SELECT {ALSO_COLUMNS} FROM contribution_records WHERE contribution_id = $1 ORDER BY position"))
                .bind(id)
                .fetch_all(conn)
                .await?
                .iter()
                .map(|r| also_of(r).map(|(_, record)| record))
                .collect()
        }

        #[async_trait::async_trait]
        impl $crate::ContributionStore for $store {
            async fn create_contribution(
                &self,
                by: agora_core::policy::Proposer<'_>,
                c: &$crate::NewContribution,
            ) -> Result<i64, StoreError> {
                let kinds = std::iter::once(c.entity.as_str())
                    .chain(c.also.iter().map(|a| a.entity.as_str()));
                if !by.may_draft(kinds, !c.texts.is_empty()) {
                    return Err(StoreError::Conflict(
                        agora_core::Said::new("store-report-opens").with("kind", c.entity.as_str()),
                    ));
                }
                let mut tx = self.begin_write().await?;
                let now = now_utc();
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO contributions (forum_id, entity, entity_id, title, base, proposed, state, author_id, author_role, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
                )
                .bind(by.forum().as_str())
                .bind(c.entity.as_str())
                .bind(&c.entity_id)
                .bind(&c.title)
                .bind(c.base.as_deref())
                .bind(&c.proposed)
                .bind(agora_core::policy::ContributionState::Draft.as_str())
                .bind(c.author_id.get())
                .bind(&c.author_role)
                .bind(&now)
                .bind(&now)
                .fetch_one(&mut *tx)
                .await?;
                for (lang, text) in &c.texts {
                    sqlx::query("INSERT INTO contribution_texts (contribution_id, lang, text) VALUES ($1, $2, $3)")
                        .bind(id)
                        .bind(lang.as_str())
                        .bind(text)
                        .execute(&mut *tx)
                        .await?;
                }
                write_also(&mut tx, id, &c.also).await?;
                let actor = $crate::Actor { account_id: c.author_id, role: c.author_role.clone(), comment: c.comment.clone() };
                add_event(&mut tx, id, "create", agora_core::policy::ContributionState::Draft, &actor).await?;
                tx.commit().await?;
                Ok(id)
            }

            async fn contribution(&self, id: i64) -> Result<Option<agora_core::contribution::Contribution>, StoreError> {
                let mut conn = self.pool.acquire().await?;
                let row = sqlx::query(&format!("SELECT {CONTRIBUTION_COLUMNS} FROM contributions WHERE id = $1"))
                    .bind(id)
                    .fetch_optional(&mut *conn)
                    .await?;
                let Some(row) = row else { return Ok(None) };
                let mut c = contribution_of(&row)?;
                c.also = read_also(&mut conn, id).await?;
                let events = sqlx::query(
                    "SELECT at, actor_id, actor_role, action, state, comment FROM contribution_events WHERE contribution_id = $1 ORDER BY seq",
                )
                .bind(id)
                .fetch_all(&self.pool)
                .await?;
                for r in events {
                    let state: String = r.get(4);
                    c.events.push(agora_core::contribution::Event {
                        at: r.get(0),
                        actor_id: agora_core::account::AccountId::new(r.get::<i64, _>(1)),
                        actor_role: r.get(2),
                        action: r.get(3),
                        state: agora_core::policy::ContributionState::parse(&state).ok_or_else(|| StoreError::Corrupt {
                            entity: "contribution",
                            id: id.to_string(),
                            reason: format!("event state {state}"),
                        })?,
                        comment: r.get(5),
                    });
                }
                Ok(Some(c))
            }

            async fn contribution_texts(&self, id: i64) -> Result<Vec<(String, String)>, StoreError> {
                Ok(sqlx::query("SELECT lang, text FROM contribution_texts WHERE contribution_id = $1 ORDER BY lang")
                    .bind(id)
                    .fetch_all(&self.pool)
                    .await?
                    .iter()
                    .map(|r| (r.get(0), r.get(1)))
                    .collect())
            }

            async fn contributions(&self, filter: &$crate::ContributionFilter) -> Result<Vec<agora_core::contribution::Contribution>, StoreError> {
                let mut cond = String::from("1 = 1");
                let mut binds: Vec<String> = Vec::new();
                if let Some(fora) = &filter.fora {
                    if fora.is_empty() {
                        return Ok(Vec::new());
                    }
                    let mut marks = Vec::new();
                    for f in fora {
                        binds.push(f.to_string());
                        marks.push(format!("${}", binds.len()));
                    }
                    cond.push_str(&format!(" AND forum_id IN ({})", marks.join(", ")));
                }
                if let Some(s) = filter.state {
                    binds.push(s.as_str().to_owned());
                    cond.push_str(&format!(" AND state = ${}", binds.len()));
                }
                let author = filter.author_id.map(|a| a.get());
                if author.is_some() {
                    cond.push_str(&format!(" AND author_id = ${}", binds.len() + 1));
                }
                // The contributions, then the further records of the same ones, in one read.
                let mut tx = self.pool.begin().await?;
                let mut rows = Vec::new();
                for sql in [
                    format!("SELECT {CONTRIBUTION_COLUMNS} FROM contributions WHERE {cond} ORDER BY updated_at DESC, id DESC"),
                    format!("SELECT {ALSO_COLUMNS} FROM contribution_records WHERE contribution_id IN (SELECT id FROM contributions WHERE {cond}) ORDER BY contribution_id, position"),
                ] {
                    let mut q = sqlx::query(&sql);
                    for b in &binds {
                        q = q.bind(b);
                    }
                    if let Some(a) = author {
                        q = q.bind(a);
                    }
                    rows.push(q.fetch_all(&mut *tx).await?);
                }
                tx.commit().await?;
                let mut also: std::collections::HashMap<i64, Vec<agora_core::contribution::RecordChange>> = std::collections::HashMap::new();
                for r in &rows[1] {
                    let (id, record) = also_of(r)?;
                    also.entry(id).or_default().push(record);
                }
                rows[0]
                    .iter()
                    .map(|r| {
                        let mut c = contribution_of(r)?;
                        c.also = also.remove(&c.id).unwrap_or_default();
                        Ok(c)
                    })
                    .collect()
            }

            async fn revise_contribution(
                &self,
                cap: &agora_core::policy::ContributorCap,
                id: i64,
                expected: agora_core::policy::ContributionState,
                records: &[agora_core::contribution::RecordChange],
                action: &str,
                actor: &$crate::Actor,
            ) -> Result<(), StoreError> {
                let Some((first, also)) = records.split_first() else {
                    return Err(StoreError::Conflict(agora_core::Said::new("store-no-record")));
                };
                let mut tx = self.begin_write().await?;
                let forum: Option<String> = sqlx::query_scalar("SELECT forum_id FROM contributions WHERE id = $1")
                    .bind(id)
                    .fetch_optional(&mut *tx)
                    .await?;
                if forum.as_deref() != Some(cap.forum().as_str()) {
                    return Err(StoreError::NotFound(format!("no contribution {id} to the records of {}", cap.forum())));
                }
                let done = sqlx::query("UPDATE contributions SET base = $1, proposed = $2 WHERE id = $3 AND state = $4")
                    .bind(first.base.as_deref())
                    .bind(&first.proposed)
                    .bind(id)
                    .bind(expected.as_str())
                    .execute(&mut *tx)
                    .await?;
                let mut tx = moved(tx, done.rows_affected(), expected).await?;
                write_also(&mut tx, id, also).await?;
                add_event(&mut tx, id, action, expected, actor).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn step_contribution(
                &self,
                id: i64,
                transition: &agora_core::policy::Transition,
                actor: &$crate::Actor,
                kinds: &[std::sync::Arc<dyn agora_core::kind::RecordKind>],
            ) -> Result<(), StoreError> {
                use agora_core::policy::ContributionState as S;
                let (from, to, action) = (transition.from(), transition.to(), transition.action());
                let mut tx = self.begin_write().await?;
                let row = sqlx::query(&format!("SELECT {CONTRIBUTION_COLUMNS} FROM contributions WHERE id = $1"))
                    .bind(id)
                    .fetch_optional(&mut *tx)
                    .await?
                    .ok_or_else(|| StoreError::NotFound(format!("no contribution {id}")))?;
                let mut c = contribution_of(&row)?;
                c.also = read_also(&mut tx, id).await?;
                // Every record with the declaration of its kind.
                let mut records = Vec::new();
                for r in c.records() {
                    let Some(kind) = kinds.iter().find(|k| k.entity() == r.entity) else {
                        tx.rollback().await?;
                        return Err(StoreError::Conflict(
                            agora_core::Said::new("store-kind-undeclared")
                                .with("id", id.to_string())
                                .with("kind", r.entity.as_str()),
                        ));
                    };
                    records.push((r, kind.as_ref()));
                }
                let done = sqlx::query("UPDATE contributions SET state = $1 WHERE id = $2 AND state = $3")
                    .bind(to.as_str())
                    .bind(id)
                    .bind(from.as_str())
                    .execute(&mut *tx)
                    .await?;
                let mut tx = moved(tx, done.rows_affected(), from).await?;
                let origin = format!("contribution:{id}");
                let publish = from != to && to == S::Published;
                let withdraw = from != to && to == S::Withdrawn;
                // Every record is checked before any is written: all of them go in, or none.
                for (r, kind) in &records {
                    let table = kind.table();
                    let now = stored_body_in(&mut tx, table.name, table.key, &r.entity_id).await?;
                    let refused = if publish && now != r.base {
                        Some(StoreError::Conflict(
                            agora_core::Said::new("store-stale")
                                .with("kind", r.entity.as_str())
                                .with("id", r.entity_id.as_str()),
                        ))
                    } else if publish {
                        check_owner(&c, r, *kind, now.as_deref())
                            .and_then(|()| check_owner(&c, r, *kind, Some(&r.proposed)))
                            .err()
                    } else if withdraw && now.as_deref() != Some(r.proposed.as_str()) {
                        Some(StoreError::Conflict(
                            agora_core::Said::new("store-changed-since-published")
                                .with("kind", r.entity.as_str())
                                .with("id", r.entity_id.as_str()),
                        ))
                    } else {
                        None
                    };
                    if let Some(e) = refused {
                        tx.rollback().await?;
                        return Err(e);
                    }
                }
                if publish {
                    for (r, kind) in &records {
                        let w = RecordWrite { kind: *kind, id: &r.entity_id, body: Some(&r.proposed), origin: &origin, role: &c.author_role };
                        apply_record(&mut tx, c.id, &w).await?;
                    }
                }
                if withdraw {
                    // Undone in the reverse order: a record the contribution created after
                    // another that depends on it is removed first.
                    for (r, kind) in records.iter().rev() {
                        let w = RecordWrite { kind: *kind, id: &r.entity_id, body: r.base.as_deref(), origin: &origin, role: &c.author_role };
                        apply_record(&mut tx, c.id, &w).await?;
                    }
                }
                add_event(&mut tx, id, action, to, actor).await?;
                tx.commit().await?;
                if publish || withdraw {
                    self.generation.fetch_add(1, std::sync::atomic::Ordering::AcqRel);
                }
                Ok(())
            }
        }
    };
}

pub(crate) use contributions_sql;
