//! The SQL of assessments, their researchers, interviews, codes and history.

/// Implement [`crate::AssessmentStore`] for `$store`.
macro_rules! assessments_sql {
    ($store:ty, $db:ty, $conn:ty, $row:ty, $name:literal) => {
        use agora_core::account::AccountId;
        use sqlx::Row;

        use $crate::sql::now_utc;
        use super::shared::public_write;
        use $crate::{
            NewAssessment, Step, StoreError, StoredAssessment, StoredCode, StoredInterview,
            StoredResearcher, StoredStep,
        };

        const ASSESSMENT: &str = "SELECT id, forum, from_year, to_year, status, body, version, opened_by, opened_at, published_at FROM assessments";

        fn assessment_of(r: &$row) -> StoredAssessment {
            StoredAssessment {
                id: r.get(0),
                forum: r.get(1),
                from_year: r.get::<i64, _>(2) as i32,
                to_year: r.get::<i64, _>(3) as i32,
                status: r.get(4),
                body: r.get(5),
                version: r.get(6),
                opened_by: r.get(7),
                opened_at: r.get(8),
                published_at: r.get(9),
            }
        }

        async fn step_in(conn: &mut $conn, id: &str, step: Step<'_>) -> Result<(), StoreError> {
            sqlx::query(
                "INSERT INTO assessment_events (assessment, at, actor, event, note) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(id)
            .bind(now_utc())
            .bind(step.actor.get())
            .bind(step.event)
            .bind(step.note)
            .execute(conn)
            .await?;
            Ok(())
        }

        /// Lock a draft's row until the transaction ends (a write to it does, on both
        /// backends): false when it is not a draft.
        async fn lock_draft(conn: &mut $conn, id: &str) -> Result<bool, StoreError> {
            let done = sqlx::query("UPDATE assessments SET version = version WHERE id = $1 AND status = 'draft'")
                .bind(id)
                .execute(conn)
                .await?;
            Ok(done.rows_affected() == 1)
        }

        /// Lock an assessment's row until the transaction ends, whatever its status.
        async fn lock_row(conn: &mut $conn, id: &str) -> Result<bool, StoreError> {
            let done = sqlx::query("UPDATE assessments SET version = version WHERE id = $1")
                .bind(id)
                .execute(conn)
                .await?;
            Ok(done.rows_affected() == 1)
        }

        #[async_trait::async_trait]
        impl $crate::AssessmentStore for $store {
            async fn open_assessment(&self, a: &NewAssessment) -> Result<(), StoreError> {
                let mut tx = self.begin_write().await?;
                let done = sqlx::query(
                    "INSERT INTO assessments (id, forum, from_year, to_year, status, body, version, opened_by, opened_at) \
                     VALUES ($1, $2, $3, $4, 'draft', $5, 1, $6, $7) ON CONFLICT DO NOTHING",
                )
                .bind(&a.id)
                .bind(&a.forum)
                .bind(i64::from(a.from_year))
                .bind(i64::from(a.to_year))
                .bind(&a.body)
                .bind(a.opened_by.get())
                .bind(now_utc())
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() != 1 {
                    return Err(StoreError::Conflict(
                        agora_core::Said::new("store-assessment-taken").with("id", a.id.as_str()),
                    ));
                }
                step_in(&mut tx, &a.id, Step { actor: a.opened_by, event: "opened", note: "" }).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn assessments(&self) -> Result<Vec<StoredAssessment>, StoreError> {
                let rows = sqlx::query(&format!("{ASSESSMENT} ORDER BY forum, from_year, to_year"))
                    .fetch_all(&self.pool)
                    .await?;
                Ok(rows.iter().map(assessment_of).collect())
            }

            async fn assessment(&self, id: &str) -> Result<Option<StoredAssessment>, StoreError> {
                let row = sqlx::query(&format!("{ASSESSMENT} WHERE id = $1"))
                    .bind(id)
                    .fetch_optional(&self.pool)
                    .await?;
                Ok(row.as_ref().map(assessment_of))
            }

            async fn assign_researcher(&self, id: &str, account: AccountId, by: AccountId) -> Result<bool, StoreError> {
                let mut tx = self.begin_write().await?;
                // Never onto a published assessment, even when publication races the assignment.
                if !lock_draft(&mut tx, id).await? {
                    return Ok(false);
                }
                let done = sqlx::query(
                    "INSERT INTO assessment_researchers (assessment, account_id, assigned_by, assigned_at) \
                     VALUES ($1, $2, $3, $4) ON CONFLICT (assessment, account_id) DO NOTHING",
                )
                .bind(id)
                .bind(account.get())
                .bind(by.get())
                .bind(now_utc())
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() != 1 {
                    return Ok(false);
                }
                let note = format!("account:{}", account.get());
                step_in(&mut tx, id, Step { actor: by, event: "assigned", note: &note }).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn assessment_researchers(&self, id: &str) -> Result<Vec<StoredResearcher>, StoreError> {
                let rows = sqlx::query(
                    "SELECT account_id, assigned_by, assigned_at FROM assessment_researchers \
                     WHERE assessment = $1 ORDER BY assigned_at, account_id",
                )
                .bind(id)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .iter()
                    .map(|r| StoredResearcher { account_id: r.get(0), assigned_by: r.get(1), assigned_at: r.get(2) })
                    .collect())
            }

            async fn write_assessment_body(&self, id: &str, version: i64, body: &str, step: Step<'_>) -> Result<bool, StoreError> {
                let mut tx = self.begin_write().await?;
                let done = sqlx::query(
                    "UPDATE assessments SET body = $1, version = version + 1 \
                     WHERE id = $2 AND version = $3 AND status = 'draft'",
                )
                .bind(body)
                .bind(id)
                .bind(version)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() != 1 {
                    return Ok(false);
                }
                step_in(&mut tx, id, step).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn record_interview(&self, id: &str, about: &str, notes: &str, step: Step<'_>) -> Result<i64, StoreError> {
                let mut tx = self.begin_write().await?;
                if !lock_draft(&mut tx, id).await? {
                    return Err(StoreError::Conflict(agora_core::Said::new("assessment-published")));
                }
                let n: i64 = sqlx::query_scalar(
                    "SELECT coalesce(max(n), 0) + 1 FROM assessment_interviews WHERE assessment = $1",
                )
                .bind(id)
                .fetch_one(&mut *tx)
                .await?;
                sqlx::query(
                    "INSERT INTO assessment_interviews (assessment, n, about, notes, recorded_by, recorded_at) \
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(id)
                .bind(n)
                .bind(about)
                .bind(notes)
                .bind(step.actor.get())
                .bind(now_utc())
                .execute(&mut *tx)
                .await?;
                let note = format!("{} {n}", step.note);
                step_in(&mut tx, id, Step { note: note.trim(), ..step }).await?;
                tx.commit().await?;
                Ok(n)
            }

            async fn interviews(&self, id: &str) -> Result<Vec<StoredInterview>, StoreError> {
                let rows = sqlx::query(
                    "SELECT n, about, notes, recorded_by, recorded_at, withdrawn_at FROM assessment_interviews \
                     WHERE assessment = $1 ORDER BY n",
                )
                .bind(id)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .iter()
                    .map(|r| StoredInterview {
                        n: r.get(0),
                        about: r.get(1),
                        notes: r.get(2),
                        recorded_by: r.get(3),
                        recorded_at: r.get(4),
                        withdrawn_at: r.get(5),
                    })
                    .collect())
            }

            async fn update_interview(&self, id: &str, n: i64, was: &str, about: &str, step: Step<'_>) -> Result<bool, StoreError> {
                let mut tx = self.begin_write().await?;
                if !lock_draft(&mut tx, id).await? {
                    return Ok(false);
                }
                let done = sqlx::query(
                    "UPDATE assessment_interviews SET about = $1 \
                     WHERE assessment = $2 AND n = $3 AND about = $4 AND withdrawn_at IS NULL",
                )
                .bind(about)
                .bind(id)
                .bind(n)
                .bind(was)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() != 1 {
                    return Ok(false);
                }
                step_in(&mut tx, id, step).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn withdraw_interview(&self, id: &str, n: i64, step: Step<'_>) -> Result<bool, StoreError> {
                let mut tx = self.begin_write().await?;
                // The assessment's row is locked as coding locks it: no code of these notes can
                // be added between the deletion below and the commit.
                if !lock_row(&mut tx, id).await? {
                    return Ok(false);
                }
                let done = sqlx::query(
                    "UPDATE assessment_interviews SET about = NULL, notes = NULL, withdrawn_at = $1 \
                     WHERE assessment = $2 AND n = $3 AND withdrawn_at IS NULL",
                )
                .bind(now_utc())
                .bind(id)
                .bind(n)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() != 1 {
                    return Ok(false);
                }
                sqlx::query("DELETE FROM assessment_codes WHERE assessment = $1 AND interview = $2")
                    .bind(id)
                    .bind(n)
                    .execute(&mut *tx)
                    .await?;
                step_in(&mut tx, id, step).await?;
                public_write(&mut tx).await?;
                tx.commit().await?;
                // A published report may have quoted it: pages kept for the public are stale.
                self.generation.fetch_add(1, std::sync::atomic::Ordering::AcqRel);
                Ok(true)
            }

            async fn add_code(&self, id: &str, interview: Option<i64>, body: &str, step: Step<'_>) -> Result<Option<i64>, StoreError> {
                let mut tx = self.begin_write().await?;
                if !lock_draft(&mut tx, id).await? {
                    return Ok(None);
                }
                if let Some(i) = interview {
                    let live: Option<i64> = sqlx::query_scalar(
                        "SELECT n FROM assessment_interviews WHERE assessment = $1 AND n = $2 AND withdrawn_at IS NULL",
                    )
                    .bind(id)
                    .bind(i)
                    .fetch_optional(&mut *tx)
                    .await?;
                    if live.is_none() {
                        return Ok(None);
                    }
                }
                let n: i64 = sqlx::query_scalar(
                    "SELECT coalesce(max(n), 0) + 1 FROM assessment_codes WHERE assessment = $1",
                )
                .bind(id)
                .fetch_one(&mut *tx)
                .await?;
                sqlx::query(
                    "INSERT INTO assessment_codes (assessment, n, interview, body, coded_by, coded_at) \
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(id)
                .bind(n)
                .bind(interview)
                .bind(body)
                .bind(step.actor.get())
                .bind(now_utc())
                .execute(&mut *tx)
                .await?;
                step_in(&mut tx, id, step).await?;
                tx.commit().await?;
                Ok(Some(n))
            }

            async fn codes(&self, id: &str) -> Result<Vec<StoredCode>, StoreError> {
                let rows = sqlx::query(
                    "SELECT n, interview, body, coded_by, coded_at FROM assessment_codes WHERE assessment = $1 ORDER BY n",
                )
                .bind(id)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .iter()
                    .map(|r| StoredCode { n: r.get(0), interview: r.get(1), body: r.get(2), coded_by: r.get(3), coded_at: r.get(4) })
                    .collect())
            }

            async fn add_assessment_step(&self, id: &str, step: Step<'_>) -> Result<bool, StoreError> {
                let mut tx = self.begin_write().await?;
                if !lock_draft(&mut tx, id).await? {
                    return Ok(false);
                }
                step_in(&mut tx, id, step).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn publish_assessment(&self, id: &str, step: Step<'_>) -> Result<bool, StoreError> {
                let mut tx = self.begin_write().await?;
                let done = sqlx::query(
                    "UPDATE assessments SET status = 'published', published_at = $1 WHERE id = $2 AND status = 'draft'",
                )
                .bind(now_utc())
                .bind(id)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() != 1 {
                    return Ok(false);
                }
                step_in(&mut tx, id, step).await?;
                public_write(&mut tx).await?;
                tx.commit().await?;
                // The report is public now: pages kept for the public are stale.
                self.generation.fetch_add(1, std::sync::atomic::Ordering::AcqRel);
                Ok(true)
            }

            async fn assessment_steps(&self, id: &str) -> Result<Vec<StoredStep>, StoreError> {
                let rows = sqlx::query(
                    "SELECT id, at, actor, event, note FROM assessment_events WHERE assessment = $1 ORDER BY id",
                )
                .bind(id)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .iter()
                    .map(|r| StoredStep { id: r.get(0), at: r.get(1), actor: r.get(2), event: r.get(3), note: r.get(4) })
                    .collect())
            }
        }
    };
}

pub(crate) use assessments_sql;
