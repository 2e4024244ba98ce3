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
        use $crate::sql::{from_body, now_utc};

        /// The last gate of a record's identity: a body a contribution writes or replaces belongs
        /// to the contribution's forum and to no other (the web checks this when the
        /// contribution is proposed; here it holds whatever called).
        fn check_owner(
            c: &agora_core::contribution::Contribution,
            kind: &dyn agora_core::kind::RecordKind,
            body: Option<&str>,
        ) -> Result<(), StoreError> {
            let Some(body) = body else { return Ok(()) };
            let value = from_body::<serde_json::Value>(kind.name(), &c.entity_id, body)?;
            // Every forum the record names is the contribution's (an upload names one).
            if kind.owners(&value) == [c.forum.clone()] {
                Ok(())
            } else {
                Err(StoreError::Conflict(format!(
                    "contribution {} may change only records of {}: this one belongs elsewhere",
                    c.id, c.forum
                )))
            }
        }

        /// Write (or, with no body, remove) one record on behalf of contribution `contribution`,
        /// logging the change under the contributor's role, through the writes of the record's
        /// own module. A document is written with the texts the contribution carries.
        #[allow(clippy::too_many_arguments)]
        async fn apply_record(
            conn: &mut $conn,
            contribution: i64,
            kind: &dyn agora_core::kind::RecordKind,
            id: &str,
            body: Option<&str>,
            origin: &str,
            role: &str,
        ) -> Result<(), StoreError> {
            use agora_core::contribution::Entity;
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
            write_declared(conn, kind, id, body, origin, role).await
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
            })
        }

        #[async_trait::async_trait]
        impl $crate::ContributionStore for $store {
            async fn create_contribution(
                &self,
                cap: &agora_core::policy::ContributorCap,
                c: &$crate::NewContribution,
            ) -> Result<i64, StoreError> {
                let mut tx = self.begin_write().await?;
                let now = now_utc();
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO contributions (forum_id, entity, entity_id, title, base, proposed, state, author_id, author_role, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
                )
                .bind(cap.forum().as_str())
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
                let actor = $crate::Actor { account_id: c.author_id, role: c.author_role.clone(), comment: c.comment.clone() };
                add_event(&mut tx, id, "create", agora_core::policy::ContributionState::Draft, &actor).await?;
                tx.commit().await?;
                Ok(id)
            }

            async fn contribution(&self, id: i64) -> Result<Option<agora_core::contribution::Contribution>, StoreError> {
                let row = sqlx::query(&format!("SELECT {CONTRIBUTION_COLUMNS} FROM contributions WHERE id = $1"))
                    .bind(id)
                    .fetch_optional(&self.pool)
                    .await?;
                let Some(row) = row else { return Ok(None) };
                let mut c = contribution_of(&row)?;
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
                let mut sql = format!("SELECT {CONTRIBUTION_COLUMNS} FROM contributions WHERE 1 = 1");
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
                    sql.push_str(&format!(" AND forum_id IN ({})", marks.join(", ")));
                }
                if let Some(s) = filter.state {
                    binds.push(s.as_str().to_owned());
                    sql.push_str(&format!(" AND state = ${}", binds.len()));
                }
                let author = filter.author_id.map(|a| a.get());
                if author.is_some() {
                    sql.push_str(&format!(" AND author_id = ${}", binds.len() + 1));
                }
                sql.push_str(" ORDER BY updated_at DESC, id DESC");
                let mut q = sqlx::query(&sql);
                for b in &binds {
                    q = q.bind(b);
                }
                if let Some(a) = author {
                    q = q.bind(a);
                }
                q.fetch_all(&self.pool).await?.iter().map(contribution_of).collect()
            }

            async fn revise_contribution(
                &self,
                cap: &agora_core::policy::ContributorCap,
                id: i64,
                expected: agora_core::policy::ContributionState,
                base: Option<&str>,
                proposed: &str,
                action: &str,
                actor: &$crate::Actor,
            ) -> Result<(), StoreError> {
                let mut tx = self.begin_write().await?;
                let forum: Option<String> = sqlx::query_scalar("SELECT forum_id FROM contributions WHERE id = $1")
                    .bind(id)
                    .fetch_optional(&mut *tx)
                    .await?;
                if forum.as_deref() != Some(cap.forum().as_str()) {
                    return Err(StoreError::NotFound(format!("no contribution {id} to the records of {}", cap.forum())));
                }
                let done = sqlx::query("UPDATE contributions SET base = $1, proposed = $2 WHERE id = $3 AND state = $4")
                    .bind(base)
                    .bind(proposed)
                    .bind(id)
                    .bind(expected.as_str())
                    .execute(&mut *tx)
                    .await?;
                if done.rows_affected() != 1 {
                    // Roll back now: a dropped transaction would keep its write lock until
                    // the connection is used again, and the next writer would be refused.
                    tx.rollback().await?;
                    return Err(StoreError::Conflict(format!("the contribution is no longer {}", expected.label())));
                }
                add_event(&mut tx, id, action, expected, actor).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn step_contribution(
                &self,
                id: i64,
                transition: &agora_core::policy::Transition,
                actor: &$crate::Actor,
                kind: &dyn agora_core::kind::RecordKind,
            ) -> Result<(), StoreError> {
                use agora_core::policy::ContributionState as S;
                let (from, to, action) = (transition.from(), transition.to(), transition.action());
                let mut tx = self.begin_write().await?;
                let row = sqlx::query(&format!("SELECT {CONTRIBUTION_COLUMNS} FROM contributions WHERE id = $1"))
                    .bind(id)
                    .fetch_optional(&mut *tx)
                    .await?
                    .ok_or_else(|| StoreError::NotFound(format!("no contribution {id}")))?;
                let c = contribution_of(&row)?;
                if c.entity != kind.entity() {
                    tx.rollback().await?;
                    return Err(StoreError::Conflict(format!(
                        "contribution {id} changes a {}, not a {}",
                        c.entity,
                        kind.name()
                    )));
                }
                let table = kind.table();
                let done = sqlx::query("UPDATE contributions SET state = $1 WHERE id = $2 AND state = $3")
                    .bind(to.as_str())
                    .bind(id)
                    .bind(from.as_str())
                    .execute(&mut *tx)
                    .await?;
                if done.rows_affected() != 1 {
                    tx.rollback().await?;
                    return Err(StoreError::Conflict(format!("the contribution is no longer {}", from.label())));
                }
                let origin = format!("contribution:{id}");
                let mut wrote = false;
                if from != to && to == S::Published {
                    let now = stored_body_in(&mut tx, table.name, table.key, &c.entity_id).await?;
                    if now != c.base {
                        tx.rollback().await?;
                        return Err(StoreError::Conflict(
                            "stale: the record changed since this contribution was drafted; rebase it first".into(),
                        ));
                    }
                    if let Err(e) = check_owner(&c, kind, now.as_deref()).and_then(|()| check_owner(&c, kind, Some(&c.proposed))) {
                        tx.rollback().await?;
                        return Err(e);
                    }
                    apply_record(&mut tx, c.id, kind, &c.entity_id, Some(&c.proposed), &origin, &c.author_role).await?;
                    wrote = true;
                }
                if from != to && to == S::Withdrawn {
                    let now = stored_body_in(&mut tx, table.name, table.key, &c.entity_id).await?;
                    if now.as_deref() != Some(c.proposed.as_str()) {
                        tx.rollback().await?;
                        return Err(StoreError::Conflict(
                            "the record changed since this contribution was published; it cannot be taken back".into(),
                        ));
                    }
                    apply_record(&mut tx, c.id, kind, &c.entity_id, c.base.as_deref(), &origin, &c.author_role).await?;
                    wrote = true;
                }
                add_event(&mut tx, id, action, to, actor).await?;
                tx.commit().await?;
                if wrote {
                    self.generation.fetch_add(1, std::sync::atomic::Ordering::AcqRel);
                }
                Ok(())
            }
        }
    };
}

pub(crate) use contributions_sql;
