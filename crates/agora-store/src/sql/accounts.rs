//! The SQL of accounts: roles, one-time links, passwords, sessions, the sign-in throttle,
//! trusted devices, API tokens, the installation's secrets and the audit log.

/// Implement [`crate::AccountStore`] for `$store`.
macro_rules! accounts_sql {
    ($store:ty, $db:ty, $conn:ty, $row:ty, $name:literal) => {
        use agora_core::account::{Account, AccountId, Email};
        use agora_core::policy::AccessRole;
        use sqlx::Row;

        use $crate::sql::now_utc;
        use $crate::{AuditEntry, StoreError};

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
                    id: AccountId::new(id),
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

        #[async_trait::async_trait]
        impl $crate::AccountStore for $store {
            async fn create_account(
                &self,
                email: &Email,
                roles: &[AccessRole],
                setup_token_hash: &str,
                setup_expires_at: &str,
            ) -> Result<Account, StoreError> {
                let mut tx = self.begin_write().await?;
                let now = now_utc();
                let taken: Option<i64> = sqlx::query_scalar("SELECT id FROM accounts WHERE email = $1")
                    .bind(email.as_str())
                    .fetch_optional(&mut *tx)
                    .await?;
                if taken.is_some() {
                    return Err(StoreError::Conflict(agora_core::Said::new("store-account-exists").with("email", email.to_string())));
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
                let mut tx = self.begin_write().await?;
                let id = account_id(&mut tx, email).await?;
                let done = sqlx::query("UPDATE accounts SET disabled_at = $1 WHERE id = $2 AND disabled_at IS NULL")
                    .bind(now_utc())
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                // A disabled account's sessions and unused links die with it.
                sqlx::query("DELETE FROM sessions WHERE account_id = $1").bind(id).execute(&mut *tx).await?;
                sqlx::query("UPDATE setup_tokens SET used_at = $1 WHERE account_id = $2 AND used_at IS NULL").bind(now_utc()).bind(id).execute(&mut *tx).await?;
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
                let mut tx = self.begin_write().await?;
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
                // The account's other links (an earlier one, a second reset asked for) are spent
                // with it: a password is set once per link sent, not once per link.
                sqlx::query("UPDATE setup_tokens SET used_at = $1 WHERE account_id = $2 AND used_at IS NULL")
                    .bind(&now)
                    .bind(account)
                    .execute(&mut *tx)
                    .await?;
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

            async fn create_session(&self, account_id: AccountId, id_hash: &str, csrf: &str, expires_at: &str) -> Result<(), StoreError> {
                let id = account_id.get();
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

            async fn reserve_attempts(
                &self,
                keys: &[(String, agora_core::throttle::Rule)],
                now: i64,
            ) -> Result<Result<(), u64>, StoreError> {
                use agora_core::throttle::{Counter, Decision};
                let mut keys: Vec<&(String, agora_core::throttle::Rule)> = keys.iter().collect();
                // One order for every transaction: two never wait for each other's rows.
                keys.sort_by(|a, b| a.0.cmp(&b.0));
                let mut tx = self.begin_write().await?;
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

            async fn release_attempts(&self, keys: &[String]) -> Result<(), StoreError> {
                let mut keys: Vec<&String> = keys.iter().collect();
                keys.sort();
                let mut tx = self.begin_write().await?;
                for key in keys {
                    sqlx::query("UPDATE sign_in_attempts SET attempts = attempts - 1 WHERE key = $1 AND attempts > 0")
                        .bind(key)
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?;
                Ok(())
            }

            async fn trust_device(&self, account_id: AccountId, id_hash: &str, expires_at: &str) -> Result<(), StoreError> {
                let account = account_id.get();
                let mut tx = self.begin_write().await?;
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

            async fn trusted_device(&self, id_hash: &str) -> Result<Option<AccountId>, StoreError> {
                let account: Option<i64> = sqlx::query_scalar("SELECT account_id FROM trusted_devices WHERE id_hash = $1 AND expires_at > $2")
                    .bind(id_hash)
                    .bind(now_utc())
                    .fetch_optional(&self.pool)
                    .await?;
                Ok(account.map(AccountId::new))
            }

            async fn forget_stale_sign_ins(&self, before: i64) -> Result<u64, StoreError> {
                let mut tx = self.begin_write().await?;
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

            async fn account_by_id(&self, id: AccountId) -> Result<Option<Account>, StoreError> {
                let id = id.get();
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

            async fn set_account_language(&self, id: AccountId, code: &str) -> Result<(), StoreError> {
                let mut tx = self.begin_write().await?;
                sqlx::query("UPDATE accounts SET language = $1 WHERE id = $2").bind(code).bind(id.get()).execute(&mut *tx).await?;
                Ok(tx.commit().await?)
            }

            async fn account_language(&self, id: AccountId) -> Result<Option<String>, StoreError> {
                let q = sqlx::query_scalar("SELECT language FROM accounts WHERE id = $1").bind(id.get());
                Ok(q.fetch_optional(&self.pool).await?.flatten())
            }

            async fn set_password(&self, account_id: AccountId, password_hash: &str, keep: Option<&str>) -> Result<(), StoreError> {
                let id = account_id.get();
                let mut tx = self.begin_write().await?;
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

            async fn create_api_token(&self, account_id: AccountId, name: &str, token_hash: &str, scopes: agora_core::policy::Scopes) -> Result<i64, StoreError> {
                Ok(sqlx::query_scalar("INSERT INTO api_tokens (account_id, name, token_hash, created_at, scopes) VALUES ($1, $2, $3, $4, $5) RETURNING id")
                    .bind(account_id.get())
                    .bind(name)
                    .bind(token_hash)
                    .bind(now_utc())
                    .bind(scopes.words())
                    .fetch_one(&self.pool)
                    .await?)
            }

            async fn api_tokens(&self, account_id: AccountId) -> Result<Vec<$crate::ApiToken>, StoreError> {
                let rows = sqlx::query("SELECT id, name, created_at, revoked_at, scopes FROM api_tokens WHERE account_id = $1 ORDER BY id DESC")
                    .bind(account_id.get())
                    .fetch_all(&self.pool)
                    .await?;
                rows.iter()
                    .map(|r| {
                        let id: i64 = r.get(0);
                        Ok($crate::ApiToken { id, name: r.get(1), created_at: r.get(2), revoked_at: r.get(3), scopes: scopes_of(id, r.get(4))? })
                    })
                    .collect()
            }

            async fn revoke_api_token(&self, account_id: AccountId, token_id: i64) -> Result<bool, StoreError> {
                let done = sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND account_id = $3 AND revoked_at IS NULL")
                    .bind(now_utc())
                    .bind(token_id)
                    .bind(account_id.get())
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
                Ok(self.account_by_id(AccountId::new(account)).await?.map(|a| (a, scopes)))
            }
        }
    };
}

pub(crate) use accounts_sql;
