//! The SQL both backends share, written once. Queries use `$n` placeholders in order of
//! appearance (SQLite reads them as positional too) and portable syntax (`ON CONFLICT`,
//! `coalesce`); timestamps come from Rust. [`store_impl!`] instantiates the helpers and the
//! [`crate::Store`] implementation for one sqlx database; each backend module adds only how it
//! opens, what it checks at start-up, and its own integrity checks.

/// A table of records: its name, its key column, and the entity name used in the change log.
pub(crate) struct Table {
    pub name: &'static str,
    pub key: &'static str,
    pub entity: &'static str,
}

pub(crate) const AREAS: Table = Table {
    name: "areas",
    key: "code",
    entity: "area",
};
pub(crate) const ORGANISATIONS: Table = Table {
    name: "organisations",
    key: "id",
    entity: "organisation",
};
pub(crate) const THEMES: Table = Table {
    name: "themes",
    key: "id",
    entity: "theme",
};
pub(crate) const FORA: Table = Table {
    name: "fora",
    key: "id",
    entity: "forum",
};
pub(crate) const MEMBERSHIPS: Table = Table {
    name: "memberships",
    key: "id",
    entity: "membership",
};
pub(crate) const DOCUMENTS: Table = Table {
    name: "documents",
    key: "id",
    entity: "document",
};

/// The current time in UTC as `YYYY-MM-DDTHH:MM:SS.mmmZ`, for the change log.
pub(crate) fn now_utc() -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let secs = now.as_secs();
    let day = agora_core::Day::from_days_since_epoch((secs / 86_400) as i64);
    let s = secs % 86_400;
    format!(
        "{day}T{:02}:{:02}:{:02}.{:03}Z",
        s / 3600,
        (s / 60) % 60,
        s % 60,
        now.subsec_millis()
    )
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

pub(crate) fn verification_str(v: agora_core::Verification) -> &'static str {
    match v {
        agora_core::Verification::Verified => "verified",
        agora_core::Verification::Unverified => "unverified",
    }
}

/// Implement [`crate::Store`] (each aggregate's trait) for `$store`, a struct with fields
/// `pool: sqlx::Pool<$db>` and `generation: AtomicU64`, and a method
/// `async fn backend_problems(&self) -> Result<Vec<String>>`.
macro_rules! store_impl {
    ($store:ty, $db:ty, $conn:ty, $row:ty, $name:literal) => {
        use agora_core::{Area, Catalogue, Dataset, Forum, Member, Membership, Organisation, Theme};
        use sqlx::Row;

        use $crate::sql::{
            AREAS, DOCUMENTS, FORA, MEMBERSHIPS, ORGANISATIONS, THEMES, Table, from_body, now_utc, to_body,
            verification_str,
        };
        use $crate::{AuditEntry, Change, ImportSummary, MembershipFilter, Progress, StoreError};
        use agora_core::account::{Account, Email};
        use agora_core::policy::AccessRole;

        /// Read accounts (with their roles) matching an optional e-mail, by e-mail.
        async fn read_accounts(pool: &sqlx::Pool<$db>, email: Option<&Email>) -> Result<Vec<Account>, StoreError> {
            let rows = match email {
                Some(e) => sqlx::query(
                    "SELECT id, email, password_hash IS NOT NULL, disabled_at IS NOT NULL, created_at FROM accounts WHERE email = $1",
                )
                .bind(e.as_str())
                .fetch_all(pool)
                .await?,
                None => sqlx::query(
                    "SELECT id, email, password_hash IS NOT NULL, disabled_at IS NOT NULL, created_at FROM accounts ORDER BY email",
                )
                .fetch_all(pool)
                .await?,
            };
            let mut out = Vec::with_capacity(rows.len());
            for r in rows {
                let id: i64 = r.get(0);
                let email: String = r.get(1);
                let roles: Vec<String> =
                    sqlx::query_scalar("SELECT role FROM account_roles WHERE account_id = $1 ORDER BY role")
                        .bind(id)
                        .fetch_all(pool)
                        .await?;
                let corrupt = |reason: String| StoreError::Corrupt { entity: "account", id: id.to_string(), reason };
                out.push(Account {
                    id: id.to_string(),
                    email: Email::parse(&email).map_err(|e| corrupt(e.to_string()))?,
                    roles: roles
                        .iter()
                        .map(|s| s.parse::<AccessRole>().map_err(|e| corrupt(e.to_string())))
                        .collect::<Result<_, _>>()?,
                    has_password: r.get::<bool, _>(2),
                    disabled: r.get::<bool, _>(3),
                    created_at: r.get(4),
                });
            }
            Ok(out)
        }

        async fn account_id(conn: &mut $conn, email: &Email) -> Result<i64, StoreError> {
            sqlx::query_scalar("SELECT id FROM accounts WHERE email = $1")
                .bind(email.as_str())
                .fetch_optional(conn)
                .await?
                .ok_or_else(|| StoreError::NotFound(format!("no account with the e-mail {email}")))
        }

        /// The stored body of a record, if any. Table and key names are constants.
        async fn stored_body(conn: &mut $conn, table: &Table, id: &str) -> Result<Option<String>, StoreError> {
            Ok(sqlx::query_scalar(&format!("SELECT body FROM {} WHERE {} = $1", table.name, table.key))
                .bind(id)
                .fetch_optional(conn)
                .await?)
        }

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

        /// `n` parameters for a list: anonymous on SQLite (which binds numbered ones by looking
        /// each number up in a list, quadratic in a long statement), numbered on PostgreSQL.
        fn parameters(n: usize) -> String {
            if $name == "sqlite" {
                vec!["?"; n].join(", ")
            } else {
                (1..=n).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ")
            }
        }

        /// Insert rows into `head` (`table (columns)`), as many per statement as the bound
        /// parameters allow; `tail` is appended to each statement (e.g. `ON CONFLICT DO NOTHING`).
        async fn insert_rows(
            conn: &mut $conn,
            head: &str,
            rows: &[Vec<$crate::sql::Cell>],
            tail: &str,
        ) -> Result<(), StoreError> {
            use $crate::sql::Cell;
            let Some(width) = rows.first().map(Vec::len) else {
                return Ok(());
            };
            for chunk in rows.chunks((900 / width).max(1)) {
                let mut n = 0;
                let values: Vec<String> = chunk
                    .iter()
                    .map(|_| {
                        let cells: Vec<String> = (0..width)
                            .map(|_| {
                                n += 1;
                                // SQLite binds numbered parameters by looking each number up in
                                // a list (quadratic in a long statement); anonymous ones bind in
                                // order. PostgreSQL needs the numbers.
                                if $name == "sqlite" { "?".to_owned() } else { format!("${n}") }
                            })
                            .collect();
                        format!("({})", cells.join(", "))
                    })
                    .collect();
                let sql = format!("INSERT INTO {head} VALUES {} {tail}", values.join(", "));
                let mut q = sqlx::query(&sql);
                for row in chunk {
                    for cell in row {
                        q = match cell {
                            Cell::Text(s) => q.bind(s.as_str()),
                            Cell::Opt(s) => q.bind(s.as_deref()),
                            Cell::Int(i) => q.bind(*i),
                        };
                    }
                }
                q.execute(&mut *conn).await?;
            }
            Ok(())
        }

        /// Append one entry to the change log.
        #[allow(clippy::too_many_arguments)]
        async fn log_change(
            conn: &mut $conn,
            entity: &str,
            id: &str,
            op: &str,
            origin: &str,
            scope: &str,
            body: Option<&str>,
            role: Option<&str>,
        ) -> Result<(), StoreError> {
            sqlx::query(
                "INSERT INTO change_log (entity, entity_id, op, at, origin, scope, body, role) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(entity)
            .bind(id)
            .bind(op)
            .bind(now_utc())
            .bind(origin)
            .bind(scope)
            .bind(body)
            .bind(role)
            .execute(conn)
            .await?;
            Ok(())
        }

        /// The last gate of a record's identity: a body a contribution writes or replaces belongs
        /// to the contribution's forum and to no other (the web checks this when the
        /// contribution is proposed; here it holds whatever called).
        fn check_owner(c: &agora_core::contribution::Contribution, body: Option<&str>) -> Result<(), StoreError> {
            use agora_core::contribution::owners;
            let Some(body) = body else { return Ok(()) };
            let value: serde_json::Value = serde_json::from_str(body).map_err(|e| StoreError::Corrupt {
                entity: c.entity.as_str(),
                id: c.entity_id.clone(),
                reason: e.to_string(),
            })?;
            // Every forum the record names is the contribution's (an upload names one).
            if owners(c.entity, &value) == [c.forum.clone()] {
                Ok(())
            } else {
                Err(StoreError::Conflict(format!(
                    "contribution {} may change only records of {}: this one belongs elsewhere",
                    c.id, c.forum
                )))
            }
        }

        fn table_of(entity: agora_core::contribution::Entity) -> &'static Table {
            match entity {
                agora_core::contribution::Entity::Forum => &FORA,
                agora_core::contribution::Entity::Membership => &MEMBERSHIPS,
                agora_core::contribution::Entity::Document => &DOCUMENTS,
            }
        }

        /// Write (or, with no body, remove) one record on behalf of contribution `contribution`,
        /// logging the change under the contributor's role. A document is written with the
        /// texts the contribution carries.
        #[allow(clippy::too_many_arguments)]
        async fn apply_record(
            conn: &mut $conn,
            contribution: i64,
            entity: agora_core::contribution::Entity,
            id: &str,
            body: Option<&str>,
            origin: &str,
            role: &str,
        ) -> Result<(), StoreError> {
            use agora_core::contribution::Entity;
            let table = table_of(entity);
            if entity == Entity::Document {
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
                        write_document(conn, &d, texts, origin, Some(role)).await.map(|_| ())
                    }
                    None => {
                        sqlx::query("DELETE FROM documents WHERE id = $1").bind(id).execute(&mut *conn).await?;
                        log_change(conn, table.entity, id, "delete", origin, &format!("document:{id}"), None, Some(role)).await
                    }
                };
            }
            let existed = stored_body(&mut *conn, table, id).await?.is_some();
            let scope = match (entity, body) {
                (Entity::Membership, Some(b)) => from_body::<Membership>("membership", id, b)?.forum_id.to_string(),
                (Entity::Membership, None) => {
                    let old = stored_body(&mut *conn, table, id).await?.unwrap_or_default();
                    from_body::<Membership>("membership", id, &old)?.forum_id.to_string()
                }
                _ => id.to_owned(),
            };
            match body {
                Some(b) => {
                    if entity == Entity::Forum {
                        write_forum(&mut *conn, &from_body::<Forum>("forum", id, b)?, b).await?
                    } else {
                        write_membership(&mut *conn, &from_body::<Membership>("membership", id, b)?, b).await?
                    }
                    let op = if existed { "update" } else { "create" };
                    log_change(conn, table.entity, id, op, origin, &scope, Some(b), Some(role)).await
                }
                None => {
                    if entity == Entity::Forum {
                        return Err(StoreError::Conflict("a forum cannot be removed by a contribution".into()));
                    }
                    sqlx::query("DELETE FROM memberships WHERE id = $1").bind(id).execute(&mut *conn).await?;
                    log_change(conn, table.entity, id, "delete", origin, &scope, None, Some(role)).await
                }
            }
        }

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

        async fn add_event(
            conn: &mut $conn,
            id: i64,
            action: &str,
            state: agora_core::policy::ContributionState,
            actor: &$crate::Actor,
        ) -> Result<(), StoreError> {
            let actor_id: i64 = actor.account_id.parse().map_err(|_| StoreError::NotFound(format!("no account {}", actor.account_id)))?;
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
                author_id: r.get::<i64, _>(8).to_string(),
                author_role: r.get(9),
                created_at: r.get(10),
                updated_at: r.get(11),
                events: Vec::new(),
            })
        }

        /// A token's stored scopes.
        fn scopes_of(token: i64, words: String) -> Result<agora_core::policy::Scopes, StoreError> {
            agora_core::policy::Scopes::parse(&words).map_err(|e| StoreError::Corrupt {
                entity: "api token",
                id: token.to_string(),
                reason: e.to_string(),
            })
        }

        /// Revoke every live API token of an account and forget its trusted devices (its
        /// password changed: whatever held or guessed at the old one starts again from nothing).
        async fn revoke_tokens_of(conn: &mut $conn, account: i64) -> Result<(), StoreError> {
            sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE account_id = $2 AND revoked_at IS NULL")
                .bind(now_utc())
                .bind(account)
                .execute(&mut *conn)
                .await?;
            sqlx::query("DELETE FROM trusted_devices WHERE account_id = $1")
                .bind(account)
                .execute(conn)
                .await?;
            Ok(())
        }

        fn parse_id(id: &str) -> Result<i64, StoreError> {
            id.parse().map_err(|_| StoreError::NotFound(format!("no account {id}")))
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
            .bind(verification_str(m.verification))
            .bind(body)
            .execute(conn)
            .await?;
            Ok(())
        }

        async fn bodies<T: serde::de::DeserializeOwned>(pool: &sqlx::Pool<$db>, table: &Table) -> Result<Vec<T>, StoreError> {
            let rows = sqlx::query(&format!("SELECT {key}, body FROM {} ORDER BY {key}", table.name, key = table.key))
                .fetch_all(pool)
                .await?;
            rows.iter()
                .map(|r| from_body(table.entity, r.get::<&str, _>(0), r.get::<&str, _>(1)))
                .collect()
        }

        fn change_of(r: &$row) -> Change {
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
                for id in sqlx::query_scalar::<_, String>("SELECT id FROM fora").fetch_all(&self.pool).await? {
                    c.fora.insert(id.parse().map_err(|e| bad(&id, e))?);
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
                let mut summary = ImportSummary::default();
                let mut tx = self.pool.begin().await?;
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
                    param(&mut sql, " AND (starts_on IS NULL OR starts_on <= {})", day.to_string());
                    param(&mut sql, " AND (ends_on IS NULL OR ends_on >= {})", day.to_string());
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

            async fn record_body(&self, entity: agora_core::contribution::Entity, id: &str) -> Result<Option<String>, StoreError> {
                let mut conn = self.pool.acquire().await?;
                stored_body(&mut conn, table_of(entity), id).await
            }
        }

        #[async_trait::async_trait]
        impl $crate::AccountStore for $store {
            async fn create_account(
                &self,
                email: &Email,
                roles: &[AccessRole],
                setup_token_hash: &str,
                setup_expires_at: &str,
            ) -> Result<Account, StoreError> {
                let mut tx = self.pool.begin().await?;
                let now = now_utc();
                let taken: Option<i64> = sqlx::query_scalar("SELECT id FROM accounts WHERE email = $1")
                    .bind(email.as_str())
                    .fetch_optional(&mut *tx)
                    .await?;
                if taken.is_some() {
                    return Err(StoreError::Conflict(format!("an account with the e-mail {email} exists already")));
                }
                let id: i64 = sqlx::query_scalar("INSERT INTO accounts (email, created_at) VALUES ($1, $2) RETURNING id")
                    .bind(email.as_str())
                    .bind(&now)
                    .fetch_one(&mut *tx)
                    .await?;
                for role in roles {
                    sqlx::query("INSERT INTO account_roles (account_id, role, granted_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
                        .bind(id)
                        .bind(role.to_string())
                        .bind(&now)
                        .execute(&mut *tx)
                        .await?;
                }
                sqlx::query("INSERT INTO setup_tokens (token_hash, account_id, expires_at) VALUES ($1, $2, $3)")
                    .bind(setup_token_hash)
                    .bind(id)
                    .bind(setup_expires_at)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                read_accounts(&self.pool, Some(email))
                    .await?
                    .pop()
                    .ok_or_else(|| StoreError::NotFound(format!("no account with the e-mail {email}")))
            }

            async fn accounts(&self) -> Result<Vec<Account>, StoreError> {
                read_accounts(&self.pool, None).await
            }

            async fn account_by_email(&self, email: &Email) -> Result<Option<Account>, StoreError> {
                Ok(read_accounts(&self.pool, Some(email)).await?.pop())
            }

            async fn grant_role(&self, email: &Email, role: &AccessRole) -> Result<bool, StoreError> {
                let mut conn = self.pool.acquire().await?;
                let id = account_id(&mut conn, email).await?;
                let done = sqlx::query("INSERT INTO account_roles (account_id, role, granted_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
                    .bind(id)
                    .bind(role.to_string())
                    .bind(now_utc())
                    .execute(&mut *conn)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn revoke_role(&self, email: &Email, role: &AccessRole) -> Result<bool, StoreError> {
                let mut conn = self.pool.acquire().await?;
                let id = account_id(&mut conn, email).await?;
                let done = sqlx::query("DELETE FROM account_roles WHERE account_id = $1 AND role = $2")
                    .bind(id)
                    .bind(role.to_string())
                    .execute(&mut *conn)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn disable_account(&self, email: &Email) -> Result<bool, StoreError> {
                let mut tx = self.pool.begin().await?;
                let id = account_id(&mut tx, email).await?;
                let done = sqlx::query("UPDATE accounts SET disabled_at = $1 WHERE id = $2 AND disabled_at IS NULL")
                    .bind(now_utc())
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                // A disabled account's sessions and unused links die with it.
                sqlx::query("DELETE FROM sessions WHERE account_id = $1").bind(id).execute(&mut *tx).await?;
                sqlx::query("UPDATE setup_tokens SET used_at = $1 WHERE account_id = $2 AND used_at IS NULL")
                    .bind(now_utc())
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(done.rows_affected() == 1)
            }

            async fn add_setup_token(&self, email: &Email, token_hash: &str, expires_at: &str) -> Result<(), StoreError> {
                let mut conn = self.pool.acquire().await?;
                let id = account_id(&mut conn, email).await?;
                sqlx::query("INSERT INTO setup_tokens (token_hash, account_id, expires_at) VALUES ($1, $2, $3)")
                    .bind(token_hash)
                    .bind(id)
                    .bind(expires_at)
                    .execute(&mut *conn)
                    .await?;
                Ok(())
            }

            async fn account_for_setup(&self, token_hash: &str) -> Result<Option<Account>, StoreError> {
                let email: Option<String> = sqlx::query_scalar(
                    "SELECT a.email FROM setup_tokens t JOIN accounts a ON a.id = t.account_id \
                     WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > $2 AND a.disabled_at IS NULL",
                )
                .bind(token_hash)
                .bind(now_utc())
                .fetch_optional(&self.pool)
                .await?;
                match email {
                    None => Ok(None),
                    Some(e) => {
                        let e = Email::parse(&e).map_err(|err| StoreError::Corrupt { entity: "account", id: e.clone(), reason: err.to_string() })?;
                        Ok(read_accounts(&self.pool, Some(&e)).await?.pop())
                    }
                }
            }

            async fn set_password_with_token(&self, token_hash: &str, password_hash: &str) -> Result<bool, StoreError> {
                let mut tx = self.pool.begin().await?;
                let now = now_utc();
                let account: Option<i64> = sqlx::query_scalar(
                    "UPDATE setup_tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $3 \
                     AND account_id IN (SELECT id FROM accounts WHERE disabled_at IS NULL) RETURNING account_id",
                )
                .bind(&now)
                .bind(token_hash)
                .bind(&now)
                .fetch_optional(&mut *tx)
                .await?;
                let Some(account) = account else { return Ok(false) };
                sqlx::query("UPDATE accounts SET password_hash = $1 WHERE id = $2")
                    .bind(password_hash)
                    .bind(account)
                    .execute(&mut *tx)
                    .await?;
                // A new password through a link (a lost one, or a suspected leak): whatever
                // held the old one stops here.
                sqlx::query("DELETE FROM sessions WHERE account_id = $1").bind(account).execute(&mut *tx).await?;
                revoke_tokens_of(&mut tx, account).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn credentials(&self, email: &Email) -> Result<Option<(Account, Option<String>)>, StoreError> {
                let Some(account) = read_accounts(&self.pool, Some(email)).await?.pop() else { return Ok(None) };
                let hash: Option<String> = sqlx::query_scalar("SELECT password_hash FROM accounts WHERE email = $1")
                    .bind(email.as_str())
                    .fetch_one(&self.pool)
                    .await?;
                Ok(Some((account, hash)))
            }

            async fn create_session(&self, account_id: &str, id_hash: &str, csrf: &str, expires_at: &str) -> Result<(), StoreError> {
                let id: i64 = account_id.parse().map_err(|_| StoreError::NotFound(format!("no account {account_id}")))?;
                sqlx::query("INSERT INTO sessions (id_hash, account_id, csrf, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)")
                    .bind(id_hash)
                    .bind(id)
                    .bind(csrf)
                    .bind(now_utc())
                    .bind(expires_at)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn session(&self, id_hash: &str) -> Result<Option<(Account, String)>, StoreError> {
                let row = sqlx::query(
                    "SELECT a.email, s.csrf FROM sessions s JOIN accounts a ON a.id = s.account_id \
                     WHERE s.id_hash = $1 AND s.expires_at > $2 AND a.disabled_at IS NULL",
                )
                .bind(id_hash)
                .bind(now_utc())
                .fetch_optional(&self.pool)
                .await?;
                let Some(row) = row else { return Ok(None) };
                let email: String = row.get(0);
                let email = Email::parse(&email).map_err(|e| StoreError::Corrupt { entity: "account", id: email.clone(), reason: e.to_string() })?;
                Ok(read_accounts(&self.pool, Some(&email)).await?.pop().map(|a| (a, row.get(1))))
            }

            async fn end_session(&self, id_hash: &str) -> Result<bool, StoreError> {
                let done = sqlx::query("DELETE FROM sessions WHERE id_hash = $1").bind(id_hash).execute(&self.pool).await?;
                Ok(done.rows_affected() == 1)
            }

            async fn reserve_sign_in(
                &self,
                keys: &[(String, agora_core::throttle::Rule)],
                now: i64,
            ) -> Result<Result<(), u64>, StoreError> {
                use agora_core::throttle::{Counter, Decision};
                let mut keys: Vec<&(String, agora_core::throttle::Rule)> = keys.iter().collect();
                // One order for every transaction: two never wait for each other's rows.
                keys.sort_by(|a, b| a.0.cmp(&b.0));
                let mut tx = self.pool.begin().await?;
                let mut refused: Option<u64> = None;
                for (key, rule) in keys {
                    // Insert the counter or, if it exists, touch it: either way this transaction
                    // holds the row (PostgreSQL) or the database (SQLite) until it ends, and reads
                    // the counter as the last committed attempt left it.
                    let row = sqlx::query(
                        "INSERT INTO sign_in_attempts (key, window_start, attempts, last_at) VALUES ($1, $2, 0, $3) \
                         ON CONFLICT (key) DO UPDATE SET attempts = sign_in_attempts.attempts \
                         RETURNING window_start, attempts, last_at",
                    )
                    .bind(key)
                    .bind(now)
                    .bind(now)
                    .fetch_one(&mut *tx)
                    .await?;
                    let stored = Counter {
                        window_start: row.get(0),
                        attempts: u32::try_from(row.get::<i64, _>(1)).unwrap_or(u32::MAX),
                        last_at: row.get(2),
                    };
                    match rule.reserve(Some(stored), now) {
                        Decision::Go(c) => {
                            sqlx::query("UPDATE sign_in_attempts SET window_start = $1, attempts = $2, last_at = $3 WHERE key = $4")
                                .bind(c.window_start)
                                .bind(i64::from(c.attempts))
                                .bind(c.last_at)
                                .bind(key)
                                .execute(&mut *tx)
                                .await?;
                        }
                        Decision::Wait(s) => refused = Some(refused.map_or(s, |r| r.max(s))),
                    }
                }
                if let Some(wait) = refused {
                    tx.rollback().await?;
                    return Ok(Err(wait));
                }
                tx.commit().await?;
                Ok(Ok(()))
            }

            async fn release_sign_in(&self, keys: &[String]) -> Result<(), StoreError> {
                let mut keys: Vec<&String> = keys.iter().collect();
                keys.sort();
                let mut tx = self.pool.begin().await?;
                for key in keys {
                    sqlx::query("UPDATE sign_in_attempts SET attempts = attempts - 1 WHERE key = $1 AND attempts > 0")
                        .bind(key)
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?;
                Ok(())
            }

            async fn trust_device(&self, account_id: &str, id_hash: &str, expires_at: &str) -> Result<(), StoreError> {
                let account = parse_id(account_id)?;
                let mut tx = self.pool.begin().await?;
                sqlx::query(
                    "INSERT INTO trusted_devices (id_hash, account_id, created_at, expires_at) VALUES ($1, $2, $3, $4) \
                     ON CONFLICT (id_hash) DO UPDATE SET expires_at = excluded.expires_at",
                )
                .bind(id_hash)
                .bind(account)
                .bind(now_utc())
                .bind(expires_at)
                .execute(&mut *tx)
                .await?;
                // An account keeps its latest devices only: signing in again and again without
                // the cookie cannot grow the table without end.
                sqlx::query(
                    "DELETE FROM trusted_devices WHERE account_id = $1 AND id_hash NOT IN \
                     (SELECT id_hash FROM trusted_devices WHERE account_id = $2 ORDER BY created_at DESC, id_hash DESC LIMIT $3)",
                )
                .bind(account)
                .bind(account)
                .bind($crate::DEVICES_PER_ACCOUNT)
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn trusted_device(&self, id_hash: &str) -> Result<Option<String>, StoreError> {
                let account: Option<i64> = sqlx::query_scalar("SELECT account_id FROM trusted_devices WHERE id_hash = $1 AND expires_at > $2")
                    .bind(id_hash)
                    .bind(now_utc())
                    .fetch_optional(&self.pool)
                    .await?;
                Ok(account.map(|a| a.to_string()))
            }

            async fn forget_stale_sign_ins(&self, before: i64) -> Result<u64, StoreError> {
                let mut tx = self.pool.begin().await?;
                let counters = sqlx::query("DELETE FROM sign_in_attempts WHERE last_at < $1").bind(before).execute(&mut *tx).await?;
                let devices = sqlx::query("DELETE FROM trusted_devices WHERE expires_at <= $1").bind(now_utc()).execute(&mut *tx).await?;
                tx.commit().await?;
                Ok(counters.rows_affected() + devices.rows_affected())
            }

            async fn secret(&self, name: &str, fresh: &str) -> Result<String, StoreError> {
                sqlx::query("INSERT INTO server_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING")
                    .bind(name)
                    .bind(fresh)
                    .execute(&self.pool)
                    .await?;
                Ok(sqlx::query_scalar("SELECT value FROM server_secrets WHERE name = $1")
                    .bind(name)
                    .fetch_one(&self.pool)
                    .await?)
            }

            async fn audit(&self, e: $crate::AuditEvent<'_>) -> Result<(), StoreError> {
                use $crate::sql::bounded;
                let at = now_utc();
                let bucket = e.is_refusal().then(|| $crate::sql::audit_bucket(&at));
                let (actor, action, target, outcome, client) =
                    (bounded(e.actor), bounded(e.action), bounded(e.target), bounded(e.outcome), bounded(e.client));
                // A refusal from an address that has no row in its window yet gets one only
                // while the window has fewer than AUDIT_CLIENTS_PER_WINDOW addresses for it;
                // beyond, the refusals of every further address share the row of `*`.
                sqlx::query(
                    "INSERT INTO audit_log (at, actor, action, target, outcome, client, count, last_at, bucket) \
                     VALUES ($1, $2, $3, $4, $5, \
                       CASE WHEN $6 IS NULL \
                         OR EXISTS (SELECT 1 FROM audit_log WHERE bucket = $7 AND actor = $8 AND action = $9 AND outcome = $10 AND client = $11) \
                         OR (SELECT count(*) FROM audit_log WHERE bucket = $12 AND actor = $13 AND action = $14 AND outcome = $15) < $16 \
                       THEN $17 ELSE '*' END, \
                       1, $18, $19) \
                     ON CONFLICT (bucket, actor, action, outcome, client) WHERE bucket IS NOT NULL \
                     DO UPDATE SET count = audit_log.count + 1, last_at = excluded.last_at",
                )
                .bind(&at)
                .bind(&*actor)
                .bind(&*action)
                .bind(&*target)
                .bind(&*outcome)
                .bind(bucket.as_deref())
                .bind(bucket.as_deref())
                .bind(&*actor)
                .bind(&*action)
                .bind(&*outcome)
                .bind(&*client)
                .bind(bucket.as_deref())
                .bind(&*actor)
                .bind(&*action)
                .bind(&*outcome)
                .bind($crate::AUDIT_CLIENTS_PER_WINDOW)
                .bind(&*client)
                .bind(&at)
                .bind(bucket.as_deref())
                .execute(&self.pool)
                .await?;
                Ok(())
            }

            async fn audit_log(&self, filter: &$crate::AuditFilter, limit: i64) -> Result<Vec<AuditEntry>, StoreError> {
                let mut sql = String::from(
                    "SELECT seq, at, actor, action, target, outcome, client, count, coalesce(last_at, at) FROM audit_log WHERE 1 = 1",
                );
                let mut texts: Vec<String> = Vec::new();
                let mut mark = |sql: &mut String, clause: &str, value: String| {
                    texts.push(value);
                    sql.push_str(&clause.replace('?', &format!("${}", texts.len())));
                };
                if let Some(a) = &filter.actor {
                    mark(&mut sql, " AND actor = ?", a.clone());
                }
                if let Some(a) = &filter.action {
                    mark(&mut sql, " AND action = ?", a.clone());
                }
                if let Some(t) = &filter.text {
                    let pattern = format!("%{}%", $crate::sql::like_escaped(&t.to_lowercase()));
                    mark(&mut sql, " AND (lower(target) LIKE ? ESCAPE '\\'", pattern.clone());
                    mark(&mut sql, " OR client LIKE ? ESCAPE '\\')", pattern);
                }
                match filter.refused {
                    Some(true) => sql.push_str(" AND outcome LIKE 'refused%'"),
                    Some(false) => sql.push_str(" AND outcome NOT LIKE 'refused%'"),
                    None => {}
                }
                let n = texts.len();
                if filter.before.is_some() {
                    sql.push_str(&format!(" AND seq < ${}", n + 1));
                }
                sql.push_str(&format!(" ORDER BY seq DESC LIMIT ${}", n + 1 + usize::from(filter.before.is_some())));
                let mut q = sqlx::query(&sql);
                for t in &texts {
                    q = q.bind(t);
                }
                if let Some(b) = filter.before {
                    q = q.bind(b);
                }
                let rows = q.bind(limit).fetch_all(&self.pool).await?;
                Ok(rows
                    .iter()
                    .map(|r| AuditEntry {
                        seq: r.get(0),
                        at: r.get(1),
                        actor: r.get(2),
                        action: r.get(3),
                        target: r.get(4),
                        outcome: r.get(5),
                        client: r.get(6),
                        count: r.get(7),
                        last_at: r.get(8),
                    })
                    .collect())
            }

            async fn account_by_id(&self, id: &str) -> Result<Option<Account>, StoreError> {
                let Ok(id) = id.parse::<i64>() else { return Ok(None) };
                let email: Option<String> = sqlx::query_scalar("SELECT email FROM accounts WHERE id = $1")
                    .bind(id)
                    .fetch_optional(&self.pool)
                    .await?;
                match email {
                    None => Ok(None),
                    Some(e) => {
                        let e = Email::parse(&e).map_err(|err| StoreError::Corrupt { entity: "account", id: id.to_string(), reason: err.to_string() })?;
                        Ok(read_accounts(&self.pool, Some(&e)).await?.pop())
                    }
                }
            }

            async fn set_password(&self, account_id: &str, password_hash: &str, keep: Option<&str>) -> Result<(), StoreError> {
                let id = parse_id(account_id)?;
                let mut tx = self.pool.begin().await?;
                sqlx::query("UPDATE accounts SET password_hash = $1 WHERE id = $2")
                    .bind(password_hash)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query("DELETE FROM sessions WHERE account_id = $1 AND id_hash <> $2")
                    .bind(id)
                    .bind(keep.unwrap_or(""))
                    .execute(&mut *tx)
                    .await?;
                revoke_tokens_of(&mut tx, id).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn create_api_token(&self, account_id: &str, name: &str, token_hash: &str, scopes: agora_core::policy::Scopes) -> Result<i64, StoreError> {
                Ok(sqlx::query_scalar("INSERT INTO api_tokens (account_id, name, token_hash, created_at, scopes) VALUES ($1, $2, $3, $4, $5) RETURNING id")
                    .bind(parse_id(account_id)?)
                    .bind(name)
                    .bind(token_hash)
                    .bind(now_utc())
                    .bind(scopes.words())
                    .fetch_one(&self.pool)
                    .await?)
            }

            async fn api_tokens(&self, account_id: &str) -> Result<Vec<$crate::ApiToken>, StoreError> {
                let rows = sqlx::query("SELECT id, name, created_at, revoked_at, scopes FROM api_tokens WHERE account_id = $1 ORDER BY id DESC")
                    .bind(parse_id(account_id)?)
                    .fetch_all(&self.pool)
                    .await?;
                rows.iter()
                    .map(|r| {
                        let id: i64 = r.get(0);
                        Ok($crate::ApiToken { id, name: r.get(1), created_at: r.get(2), revoked_at: r.get(3), scopes: scopes_of(id, r.get(4))? })
                    })
                    .collect()
            }

            async fn revoke_api_token(&self, account_id: &str, token_id: i64) -> Result<bool, StoreError> {
                let done = sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND account_id = $3 AND revoked_at IS NULL")
                    .bind(now_utc())
                    .bind(token_id)
                    .bind(parse_id(account_id)?)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn account_for_api_token(&self, token_hash: &str) -> Result<Option<(Account, agora_core::policy::Scopes)>, StoreError> {
                let row = sqlx::query(
                    "SELECT a.id, t.id, t.scopes FROM api_tokens t JOIN accounts a ON a.id = t.account_id \
                     WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND a.disabled_at IS NULL",
                )
                .bind(token_hash)
                .fetch_optional(&self.pool)
                .await?;
                let Some(row) = row else { return Ok(None) };
                let (account, token): (i64, i64) = (row.get(0), row.get(1));
                let scopes = scopes_of(token, row.get(2))?;
                Ok(self.account_by_id(&account.to_string()).await?.map(|a| (a, scopes)))
            }
        }

        #[async_trait::async_trait]
        impl $crate::ContributionStore for $store {
            async fn create_contribution(
                &self,
                cap: &agora_core::policy::ContributorCap,
                c: &$crate::NewContribution,
            ) -> Result<i64, StoreError> {
                let mut tx = self.pool.begin().await?;
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
                .bind(parse_id(&c.author_id)?)
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
                let actor = $crate::Actor { account_id: c.author_id.clone(), role: c.author_role.clone(), comment: c.comment.clone() };
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
                        actor_id: r.get::<i64, _>(1).to_string(),
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
                let author = match &filter.author_id {
                    Some(a) => Some(parse_id(a)?),
                    None => None,
                };
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
                let mut tx = self.pool.begin().await?;
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
            ) -> Result<(), StoreError> {
                use agora_core::policy::ContributionState as S;
                let (from, to, action) = (transition.from(), transition.to(), transition.action());
                let mut tx = self.pool.begin().await?;
                let row = sqlx::query(&format!("SELECT {CONTRIBUTION_COLUMNS} FROM contributions WHERE id = $1"))
                    .bind(id)
                    .fetch_optional(&mut *tx)
                    .await?
                    .ok_or_else(|| StoreError::NotFound(format!("no contribution {id}")))?;
                let c = contribution_of(&row)?;
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
                    let now = stored_body(&mut tx, table_of(c.entity), &c.entity_id).await?;
                    if now != c.base {
                        tx.rollback().await?;
                        return Err(StoreError::Conflict(
                            "stale: the record changed since this contribution was drafted; rebase it first".into(),
                        ));
                    }
                    if let Err(e) = check_owner(&c, now.as_deref()).and_then(|()| check_owner(&c, Some(&c.proposed))) {
                        tx.rollback().await?;
                        return Err(e);
                    }
                    apply_record(&mut tx, c.id, c.entity, &c.entity_id, Some(&c.proposed), &origin, &c.author_role).await?;
                    wrote = true;
                }
                if from != to && to == S::Withdrawn {
                    let now = stored_body(&mut tx, table_of(c.entity), &c.entity_id).await?;
                    if now.as_deref() != Some(c.proposed.as_str()) {
                        tx.rollback().await?;
                        return Err(StoreError::Conflict(
                            "the record changed since this contribution was published; it cannot be taken back".into(),
                        ));
                    }
                    apply_record(&mut tx, c.id, c.entity, &c.entity_id, c.base.as_deref(), &origin, &c.author_role).await?;
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

        #[async_trait::async_trait]
        impl $crate::DocumentStore for $store {
            async fn put_documents(
                &self,
                batch: &[(agora_core::document::Document, Vec<(agora_core::Lang, String)>)],
                origin: &str,
            ) -> Result<Vec<$crate::Written>, StoreError> {
                use agora_core::document::DocVisibility;
                use $crate::sql::Cell;
                let mut tx = self.pool.begin().await?;
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
                        existing.extend(q.fetch_all(&mut *tx).await?);
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
                            Cell::Opt(None),
                        ]);
                    }
                    insert_rows(&mut tx, "documents (id, kind, date, visibility, visibility_forum, public_from, body)", &docs, "").await?;
                    insert_rows(&mut tx, "document_fora (document_id, forum_id)", &fora, "ON CONFLICT DO NOTHING").await?;
                    insert_rows(&mut tx, "document_files (document_id, lang, sha256, name, media_type, size)", &files, "ON CONFLICT DO NOTHING").await?;
                    insert_rows(&mut tx, "document_texts (document_id, lang, text)", &text_rows, "").await?;
                    insert_rows(&mut tx, "change_log (entity, entity_id, op, at, origin, scope, body, role)", &log, "").await?;
                }
                let mut changed = Vec::with_capacity(batch.len());
                for (d, texts) in batch {
                    if unique && !existing.contains(d.id.as_str()) {
                        changed.push($crate::Written::Created);
                        continue;
                    }
                    let texts = texts.iter().map(|(l, t)| (l.to_string(), t.clone())).collect();
                    changed.push(write_document(&mut tx, d, texts, origin, None).await?);
                }
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

            async fn release_embargoes(&self, today: agora_core::Day) -> Result<Vec<String>, StoreError> {
                let mut tx = self.pool.begin().await?;
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
                Ok(held.into_iter().collect())
            }
        }

        #[async_trait::async_trait]
        impl $crate::ChangeLogStore for $store {
            fn backend(&self) -> &'static str {
                $name
            }

            fn generation(&self) -> u64 {
                self.generation.load(std::sync::atomic::Ordering::Acquire)
            }

            async fn changes_since(&self, after: i64, limit: i64) -> Result<Vec<Change>, StoreError> {
                let rows = sqlx::query(
                    "SELECT seq, entity, entity_id, op, at, origin FROM change_log WHERE seq > $1 ORDER BY seq LIMIT $2",
                )
                .bind(after)
                .bind(limit)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.iter().map(change_of).collect())
            }

            async fn latest_change(&self) -> Result<i64, StoreError> {
                Ok(sqlx::query_scalar("SELECT coalesce(max(seq), 0) FROM change_log").fetch_one(&self.pool).await?)
            }

            async fn recent_changes(&self, limit: i64) -> Result<Vec<Change>, StoreError> {
                let rows = sqlx::query("SELECT seq, entity, entity_id, op, at, origin FROM change_log WHERE entity <> 'document' ORDER BY seq DESC LIMIT $1")
                    .bind(limit)
                    .fetch_all(&self.pool)
                    .await?;
                Ok(rows.iter().map(change_of).collect())
            }

            async fn history(&self, scope: &str, limit: i64) -> Result<Vec<$crate::Version>, StoreError> {
                let rows = sqlx::query(
                    "SELECT seq, entity, entity_id, op, at, origin, body, role FROM change_log WHERE scope = $1 ORDER BY seq DESC LIMIT $2",
                )
                .bind(scope)
                .bind(limit)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .iter()
                    .map(|r| $crate::Version { change: change_of(r), body: r.get(6), role: r.get(7) })
                    .collect())
            }

            async fn integrity_problems(&self) -> Result<Vec<String>, StoreError> {
                let mut out = self.backend_problems().await?;
                // Each derived column must agree with the record's body.
                macro_rules! agree {
                    ($table:literal, $key:literal, $entity:literal, $ty:ty, $cols:literal, |$rec:ident, $r:ident| $cmp:expr) => {
                        for $r in sqlx::query(concat!("SELECT ", $key, ", body, ", $cols, " FROM ", $table))
                            .fetch_all(&self.pool)
                            .await?
                        {
                            let id: String = $r.get(0);
                            match serde_json::from_str::<$ty>($r.get::<&str, _>(1)) {
                                Err(e) => out.push(format!("{} {id}: unreadable record: {e}", $entity)),
                                Ok($rec) => {
                                    if !$cmp {
                                        out.push(format!("{} {id}: indexed columns disagree with the record", $entity));
                                    }
                                }
                            }
                        }
                    };
                }
                agree!("areas", "code", "area", Area, "code", |a, r| a.code.as_str() == r.get::<&str, _>(2));
                agree!("organisations", "id", "organisation", Organisation, "id", |o, r| o.id.as_str() == r.get::<&str, _>(2));
                agree!("themes", "id", "theme", Theme, "id", |t, r| t.id.as_str() == r.get::<&str, _>(2));
                agree!("fora", "id", "forum", Forum, "category, parent_id", |f, r| {
                    f.category().map(|c| c.as_str()) == Some(r.get::<&str, _>(2))
                        && f.parent_id.as_ref().map(|p| p.as_str()) == r.get::<Option<&str>, _>(3)
                });
                agree!("memberships", "id", "membership", Membership, "forum_id, role, starts_on, ends_on", |m, r| {
                    m.forum_id.as_str() == r.get::<&str, _>(2)
                        && m.role.as_str() == r.get::<&str, _>(3)
                        && m.start_date.map(|d| d.first_day().to_string()) == r.get::<Option<String>, _>(4)
                        && m.end_date.map(|d| d.last_day().to_string()) == r.get::<Option<String>, _>(5)
                });
                agree!("documents", "id", "document", agora_core::document::Document, "visibility, kind", |d, r| {
                    d.visibility.level() == r.get::<&str, _>(2) && d.kind.as_str() == r.get::<&str, _>(3)
                });
                Ok(out)
            }
        }
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
