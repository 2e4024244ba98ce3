//! The SQL of calls for practices, their submissions, reviews and history.

/// Implement [`crate::PracticeStore`] for `$store`.
macro_rules! practices_sql {
    ($store:ty, $db:ty, $conn:ty, $row:ty, $name:literal) => {
        use agora_core::account::AccountId;
        use sqlx::Row;

        use super::shared::{public_write, stored_body_in, write_declared};
        use $crate::sql::now_utc;
        use $crate::{
            Decided, NewCall, NewSubmission, StoreError, StoredCall, StoredEvent, StoredOverride,
            StoredReview, StoredReviewer, StoredSubmission,
        };

        const CALL: &str =
            "SELECT id, title, theme, deadline, questions, opened_by, opened_at FROM practice_calls";
        const SUBMISSION: &str = "SELECT id, call_id, practice_id, body, answers, submitted_by, status, round, submitted_at, decided_at FROM practice_submissions";
        const REVIEW: &str = "SELECT id, submission_id, round, reviewer, declared_at, scores, total, submitted_at FROM practice_reviews";

        fn call_of(r: &$row) -> StoredCall {
            StoredCall {
                id: r.get(0),
                title: r.get(1),
                theme: r.get(2),
                deadline: r.get(3),
                questions: serde_json::from_str(&r.get::<String, _>(4)).unwrap_or_default(),
                opened_by: r.get(5),
                opened_at: r.get(6),
            }
        }

        fn submission_of(r: &$row) -> StoredSubmission {
            StoredSubmission {
                id: r.get(0),
                call_id: r.get(1),
                practice_id: r.get(2),
                body: r.get(3),
                answers: r.get(4),
                submitted_by: r.get(5),
                status: r.get(6),
                round: r.get(7),
                submitted_at: r.get(8),
                decided_at: r.get(9),
            }
        }

        async fn event_in(
            conn: &mut $conn,
            submission_id: i64,
            actor: i64,
            event: &str,
            note: &str,
        ) -> Result<(), StoreError> {
            sqlx::query(
                "INSERT INTO practice_events (submission_id, at, actor, event, note) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(submission_id)
            .bind(now_utc())
            .bind(actor)
            .bind(event)
            .bind(note)
            .execute(conn)
            .await?;
            Ok(())
        }

        async fn put_contacts(conn: &mut $conn, practice_id: &str, contacts: &str) -> Result<(), StoreError> {
            if contacts == "[]" || contacts.is_empty() {
                sqlx::query("DELETE FROM practice_contacts WHERE practice_id = $1")
                    .bind(practice_id)
                    .execute(conn)
                    .await?;
            } else {
                sqlx::query(
                    "INSERT INTO practice_contacts (practice_id, contacts) VALUES ($1, $2) \
                     ON CONFLICT (practice_id) DO UPDATE SET contacts = excluded.contacts",
                )
                .bind(practice_id)
                .bind(contacts)
                .execute(conn)
                .await?;
            }
            Ok(())
        }

        #[async_trait::async_trait]
        impl $crate::PracticeStore for $store {
            async fn open_call(&self, c: &NewCall) -> Result<i64, StoreError> {
                let mut tx = self.begin_write().await?;
                let id = sqlx::query_scalar(
                    "INSERT INTO practice_calls (title, theme, deadline, questions, opened_by, opened_at) \
                     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                )
                .bind(&c.title)
                .bind(&c.theme)
                .bind(&c.deadline)
                .bind(serde_json::to_string(&c.questions).expect("strings serialise"))
                .bind(c.opened_by.get())
                .bind(now_utc())
                .fetch_one(&mut *tx)
                .await?;
                public_write(&mut tx).await?;
                tx.commit().await?;
                // Calls are public: the pages kept for the public are stale.
                self.generation.fetch_add(1, std::sync::atomic::Ordering::AcqRel);
                Ok(id)
            }

            async fn calls(&self) -> Result<Vec<StoredCall>, StoreError> {
                let rows = sqlx::query(&format!("{CALL} ORDER BY id DESC")).fetch_all(&self.pool).await?;
                Ok(rows.iter().map(call_of).collect())
            }

            async fn call(&self, id: i64) -> Result<Option<StoredCall>, StoreError> {
                let row = sqlx::query(&format!("{CALL} WHERE id = $1")).bind(id).fetch_optional(&self.pool).await?;
                Ok(row.as_ref().map(call_of))
            }

            async fn invite_reviewer(&self, call_id: i64, account: AccountId, by: AccountId) -> Result<bool, StoreError> {
                let done = sqlx::query(
                    "INSERT INTO practice_reviewers (call_id, account_id, invited_by, invited_at) VALUES ($1, $2, $3, $4) \
                     ON CONFLICT (call_id, account_id) DO NOTHING",
                )
                .bind(call_id)
                .bind(account.get())
                .bind(by.get())
                .bind(now_utc())
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn accept_invitation(&self, call_id: i64, account: AccountId, affiliation: &str) -> Result<bool, StoreError> {
                let done = sqlx::query(
                    "UPDATE practice_reviewers SET affiliation = $1, accepted_at = $2 \
                     WHERE call_id = $3 AND account_id = $4 AND accepted_at IS NULL",
                )
                .bind(affiliation)
                .bind(now_utc())
                .bind(call_id)
                .bind(account.get())
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn reviewers(&self, call_id: i64) -> Result<Vec<StoredReviewer>, StoreError> {
                let rows = sqlx::query(
                    "SELECT call_id, account_id, invited_by, invited_at, affiliation, accepted_at FROM practice_reviewers \
                     WHERE call_id = $1 ORDER BY invited_at, account_id",
                )
                .bind(call_id)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .iter()
                    .map(|r| StoredReviewer {
                        call_id: r.get(0),
                        account_id: r.get(1),
                        invited_by: r.get(2),
                        invited_at: r.get(3),
                        affiliation: r.get(4),
                        accepted_at: r.get(5),
                    })
                    .collect())
            }

            async fn submit_practice(&self, s: &NewSubmission) -> Result<i64, StoreError> {
                let taken = || StoreError::Conflict(agora_core::Said::new("store-practice-taken").with("id", s.practice_id.as_str()));
                let mut tx = self.begin_write().await?;
                if stored_body_in(&mut tx, "practices", "id", &s.practice_id).await?.is_some() {
                    return Err(taken());
                }
                let id: Option<i64> = sqlx::query_scalar(
                    "INSERT INTO practice_submissions (call_id, practice_id, body, answers, submitted_by, status, round, submitted_at) \
                     VALUES ($1, $2, $3, $4, $5, 'submitted', 1, $6) ON CONFLICT (practice_id) DO NOTHING RETURNING id",
                )
                .bind(s.call_id)
                .bind(&s.practice_id)
                .bind(&s.body)
                .bind(&s.answers)
                .bind(s.submitted_by.get())
                .bind(now_utc())
                .fetch_optional(&mut *tx)
                .await?;
                let id = id.ok_or_else(taken)?;
                put_contacts(&mut tx, &s.practice_id, &s.contacts).await?;
                event_in(&mut tx, id, s.submitted_by.get(), "submitted", "").await?;
                tx.commit().await?;
                Ok(id)
            }

            async fn resubmit_practice(&self, id: i64, body: &str, answers: &str, contacts: &str, by: AccountId) -> Result<bool, StoreError> {
                let mut tx = self.begin_write().await?;
                let practice: Option<String> = sqlx::query_scalar(
                    "UPDATE practice_submissions SET body = $1, answers = $2, status = 'submitted', round = round + 1, \
                     submitted_at = $3, decided_at = NULL WHERE id = $4 AND status = 'returned' RETURNING practice_id",
                )
                .bind(body)
                .bind(answers)
                .bind(now_utc())
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?;
                let Some(practice) = practice else {
                    return Ok(false);
                };
                put_contacts(&mut tx, &practice, contacts).await?;
                event_in(&mut tx, id, by.get(), "resubmitted", "").await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn submissions(&self, call_id: Option<i64>) -> Result<Vec<StoredSubmission>, StoreError> {
                let rows = match call_id {
                    Some(c) => sqlx::query(&format!("{SUBMISSION} WHERE call_id = $1 ORDER BY id")).bind(c).fetch_all(&self.pool).await?,
                    None => sqlx::query(&format!("{SUBMISSION} ORDER BY id")).fetch_all(&self.pool).await?,
                };
                Ok(rows.iter().map(submission_of).collect())
            }

            async fn submission(&self, id: i64) -> Result<Option<StoredSubmission>, StoreError> {
                let row = sqlx::query(&format!("{SUBMISSION} WHERE id = $1")).bind(id).fetch_optional(&self.pool).await?;
                Ok(row.as_ref().map(submission_of))
            }

            async fn declare(&self, submission_id: i64, round: i64, reviewer: AccountId, most: i64, note: &str) -> Result<bool, StoreError> {
                let mut tx = self.begin_write().await?;
                // SQLite's write transaction is taken at once; PostgreSQL locks the submission,
                // so the count below is the one the insert sees.
                if $name == "postgres" {
                    sqlx::query("SELECT id FROM practice_submissions WHERE id = $1 FOR UPDATE")
                        .bind(submission_id)
                        .execute(&mut *tx)
                        .await?;
                }
                let done = sqlx::query(
                    "INSERT INTO practice_reviews (submission_id, round, reviewer, declared_at) SELECT $1, $2, $3, $4 \
                     WHERE (SELECT count(*) FROM practice_reviews WHERE submission_id = $1 AND round = $2) < $5 \
                     AND EXISTS (SELECT 1 FROM practice_submissions WHERE id = $1 AND round = $2 AND status = 'submitted') \
                     ON CONFLICT (submission_id, round, reviewer) DO NOTHING",
                )
                .bind(submission_id)
                .bind(round)
                .bind(reviewer.get())
                .bind(now_utc())
                .bind(most)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() != 1 {
                    return Ok(false);
                }
                event_in(&mut tx, submission_id, reviewer.get(), "declared", note).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn release_reviewer(&self, submission_id: i64, round: i64, reviewer: AccountId, by: AccountId) -> Result<bool, StoreError> {
                let mut tx = self.begin_write().await?;
                let done = sqlx::query(
                    "DELETE FROM practice_reviews WHERE submission_id = $1 AND round = $2 AND reviewer = $3 AND scores IS NULL",
                )
                .bind(submission_id)
                .bind(round)
                .bind(reviewer.get())
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() != 1 {
                    return Ok(false);
                }
                event_in(&mut tx, submission_id, by.get(), "released", &reviewer.get().to_string()).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn score(&self, submission_id: i64, round: i64, reviewer: AccountId, scores: &str, total: i64) -> Result<bool, StoreError> {
                let mut tx = self.begin_write().await?;
                let done = sqlx::query(
                    "UPDATE practice_reviews SET scores = $1, total = $2, submitted_at = $3 \
                     WHERE submission_id = $4 AND round = $5 AND reviewer = $6 AND scores IS NULL \
                     AND EXISTS (SELECT 1 FROM practice_submissions WHERE id = $4 AND round = $5 AND status = 'submitted')",
                )
                .bind(scores)
                .bind(total)
                .bind(now_utc())
                .bind(submission_id)
                .bind(round)
                .bind(reviewer.get())
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() != 1 {
                    return Ok(false);
                }
                event_in(&mut tx, submission_id, reviewer.get(), "reviewed", "").await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn reviews(&self, submission_id: i64) -> Result<Vec<StoredReview>, StoreError> {
                let rows = sqlx::query(&format!("{REVIEW} WHERE submission_id = $1 ORDER BY id"))
                    .bind(submission_id)
                    .fetch_all(&self.pool)
                    .await?;
                Ok(rows
                    .iter()
                    .map(|r| StoredReview {
                        id: r.get(0),
                        submission_id: r.get(1),
                        round: r.get(2),
                        reviewer: r.get(3),
                        declared_at: r.get(4),
                        scores: r.get(5),
                        total: r.get(6),
                        submitted_at: r.get(7),
                    })
                    .collect())
            }

            async fn override_conflict(&self, submission_id: i64, reviewer: AccountId, by: AccountId, reason: &str) -> Result<bool, StoreError> {
                let mut tx = self.begin_write().await?;
                let done = sqlx::query(
                    "INSERT INTO practice_overrides (submission_id, reviewer, overridden_by, reason, at) VALUES ($1, $2, $3, $4, $5) \
                     ON CONFLICT (submission_id, reviewer) DO NOTHING",
                )
                .bind(submission_id)
                .bind(reviewer.get())
                .bind(by.get())
                .bind(reason)
                .bind(now_utc())
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() != 1 {
                    return Ok(false);
                }
                event_in(&mut tx, submission_id, by.get(), "override", &format!("{}: {reason}", reviewer.get())).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn overrides(&self, submission_id: i64) -> Result<Vec<StoredOverride>, StoreError> {
                let rows = sqlx::query(
                    "SELECT submission_id, reviewer, overridden_by, reason, at FROM practice_overrides WHERE submission_id = $1 ORDER BY at",
                )
                .bind(submission_id)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .iter()
                    .map(|r| StoredOverride {
                        submission_id: r.get(0),
                        reviewer: r.get(1),
                        overridden_by: r.get(2),
                        reason: r.get(3),
                        at: r.get(4),
                    })
                    .collect())
            }

            async fn practice_event(&self, submission_id: i64, actor: AccountId, event: &str, note: &str) -> Result<(), StoreError> {
                let mut conn = self.pool.acquire().await?;
                event_in(&mut conn, submission_id, actor.get(), event, note).await
            }

            async fn practice_events(&self, submission_id: i64) -> Result<Vec<StoredEvent>, StoreError> {
                let rows = sqlx::query(
                    "SELECT id, submission_id, at, actor, event, note FROM practice_events WHERE submission_id = $1 ORDER BY id",
                )
                .bind(submission_id)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .iter()
                    .map(|r| StoredEvent {
                        id: r.get(0),
                        submission_id: r.get(1),
                        at: r.get(2),
                        actor: r.get(3),
                        event: r.get(4),
                        note: r.get(5),
                    })
                    .collect())
            }

            async fn decide_practice(&self, submission_id: i64, round: i64, decided: Decided<'_>, by: AccountId, note: &str) -> Result<bool, StoreError> {
                let (status, event) = match decided {
                    Decided::Published { .. } => ("published", "published"),
                    Decided::Returned => ("returned", "returned"),
                    Decided::Rejected => ("rejected", "rejected"),
                };
                let mut tx = self.begin_write().await?;
                let practice: Option<String> = sqlx::query_scalar(
                    "UPDATE practice_submissions SET status = $1, decided_at = $2 \
                     WHERE id = $3 AND round = $4 AND status = 'submitted' RETURNING practice_id",
                )
                .bind(status)
                .bind(now_utc())
                .bind(submission_id)
                .bind(round)
                .fetch_optional(&mut *tx)
                .await?;
                let Some(practice) = practice else {
                    return Ok(false);
                };
                if let Decided::Published { kind, body } = decided {
                    let origin = format!("practice-call-submission:{submission_id}");
                    let w = $crate::sql::RecordWrite { kind, id: &practice, body: Some(body), origin: &origin, role: "editor" };
                    write_declared(&mut tx, &w).await?;
                }
                event_in(&mut tx, submission_id, by.get(), event, note).await?;
                tx.commit().await?;
                if matches!(decided, Decided::Published { .. }) {
                    self.generation.fetch_add(1, std::sync::atomic::Ordering::AcqRel);
                }
                Ok(true)
            }

            async fn practice_contacts(&self, practice_id: &str) -> Result<Option<String>, StoreError> {
                Ok(sqlx::query_scalar("SELECT contacts FROM practice_contacts WHERE practice_id = $1")
                    .bind(practice_id)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn remove_practice_contacts(&self, practice_id: &str) -> Result<bool, StoreError> {
                let done = sqlx::query("DELETE FROM practice_contacts WHERE practice_id = $1")
                    .bind(practice_id)
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() == 1)
            }
        }
    };
}

pub(crate) use practices_sql;
