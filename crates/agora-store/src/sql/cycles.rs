//! The SQL of reporting cycles, their reports and reminders.

/// Implement [`crate::CycleStore`] for `$store`.
macro_rules! cycles_sql {
    ($store:ty, $db:ty, $conn:ty, $row:ty, $name:literal) => {
        use agora_core::account::AccountId;
        use sqlx::Row;

        use $crate::sql::now_utc;
        use $crate::{NewCycle, NewReport, StoreError, StoredCycle, StoredReport};

        fn list(text: &str) -> Vec<String> {
            serde_json::from_str(text).unwrap_or_default()
        }

        fn cycle_of(r: &$row) -> StoredCycle {
            StoredCycle {
                id: r.get(0),
                forum: r.get(1),
                title: r.get(2),
                recommendations: list(&r.get::<String, _>(3)),
                states: list(&r.get::<String, _>(4)),
                deadline: r.get(5),
                opened_by: r.get(6),
                opened_at: r.get(7),
            }
        }

        const CYCLE: &str = "SELECT id, forum, title, recommendations, states, deadline, opened_by, opened_at FROM reporting_cycles";
        const REPORT: &str = "SELECT id, cycle_id, state, recommendation, status, progress, note, reported_by, reported_at, review, review_note, reviewed_by, reviewed_at FROM cycle_reports";

        #[async_trait::async_trait]
        impl $crate::CycleStore for $store {
            async fn open_cycle(&self, c: &NewCycle) -> Result<i64, StoreError> {
                Ok(sqlx::query_scalar(
                    "INSERT INTO reporting_cycles (forum, title, recommendations, states, deadline, opened_by, opened_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                )
                .bind(&c.forum)
                .bind(&c.title)
                .bind(serde_json::to_string(&c.recommendations).expect("strings serialise"))
                .bind(serde_json::to_string(&c.states).expect("strings serialise"))
                .bind(&c.deadline)
                .bind(c.opened_by.get())
                .bind(now_utc())
                .fetch_one(&self.pool)
                .await?)
            }

            async fn cycles(&self) -> Result<Vec<StoredCycle>, StoreError> {
                let rows = sqlx::query(&format!("{CYCLE} ORDER BY id DESC")).fetch_all(&self.pool).await?;
                Ok(rows.iter().map(cycle_of).collect())
            }

            async fn cycle(&self, id: i64) -> Result<Option<StoredCycle>, StoreError> {
                let row = sqlx::query(&format!("{CYCLE} WHERE id = $1")).bind(id).fetch_optional(&self.pool).await?;
                Ok(row.as_ref().map(cycle_of))
            }

            async fn cycle_reports(&self, cycle_id: i64) -> Result<Vec<StoredReport>, StoreError> {
                let rows = sqlx::query(&format!("{REPORT} WHERE cycle_id = $1 ORDER BY state, recommendation"))
                    .bind(cycle_id)
                    .fetch_all(&self.pool)
                    .await?;
                Ok(rows
                    .iter()
                    .map(|r| StoredReport {
                        id: r.get(0),
                        cycle_id: r.get(1),
                        state: r.get(2),
                        recommendation: r.get(3),
                        status: r.get(4),
                        progress: r.get(5),
                        note: r.get(6),
                        reported_by: r.get(7),
                        reported_at: r.get(8),
                        review: r.get(9),
                        review_note: r.get(10),
                        reviewed_by: r.get(11),
                        reviewed_at: r.get(12),
                    })
                    .collect())
            }

            async fn put_report(&self, n: &NewReport) -> Result<Option<i64>, StoreError> {
                // One statement: a report made again while another process validates it
                // either lands before the review (and is reviewed) or finds it validated.
                Ok(sqlx::query_scalar(
                    "INSERT INTO cycle_reports (cycle_id, state, recommendation, status, progress, note, reported_by, reported_at, review, review_note) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', '') \
                     ON CONFLICT (cycle_id, state, recommendation) DO UPDATE SET status = excluded.status, progress = excluded.progress, \
                     note = excluded.note, reported_by = excluded.reported_by, reported_at = excluded.reported_at, review = 'pending' \
                     WHERE cycle_reports.review <> 'validated' RETURNING id",
                )
                .bind(n.cycle_id)
                .bind(&n.state)
                .bind(&n.recommendation)
                .bind(&n.status)
                .bind(n.progress)
                .bind(&n.note)
                .bind(n.reported_by.get())
                .bind(now_utc())
                .fetch_optional(&self.pool)
                .await?)
            }

            async fn review_report(&self, cycle_id: i64, report_id: i64, review: &str, note: &str, by: AccountId) -> Result<bool, StoreError> {
                let done = sqlx::query(
                    "UPDATE cycle_reports SET review = $1, review_note = $2, reviewed_by = $3, reviewed_at = $4 \
                     WHERE id = $5 AND cycle_id = $6 AND review = 'pending'",
                )
                .bind(review)
                .bind(note)
                .bind(by.get())
                .bind(now_utc())
                .bind(report_id)
                .bind(cycle_id)
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn reminders(&self, cycle_id: i64) -> Result<Vec<(String, String)>, StoreError> {
                Ok(sqlx::query_as("SELECT state, sent_at FROM cycle_reminders WHERE cycle_id = $1 ORDER BY state")
                    .bind(cycle_id)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn mark_reminded(&self, cycle_id: i64, state: &str) -> Result<bool, StoreError> {
                let done = sqlx::query(
                    "INSERT INTO cycle_reminders (cycle_id, state, sent_at) VALUES ($1, $2, $3) ON CONFLICT (cycle_id, state) DO NOTHING",
                )
                .bind(cycle_id)
                .bind(state)
                .bind(now_utc())
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected() == 1)
            }
        }
    };
}

pub(crate) use cycles_sql;
