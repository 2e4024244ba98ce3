//! The helpers of more than one aggregate's SQL: a record's stored body, the change log,
//! parameter lists and many-row inserts.

/// The helpers the aggregates' modules share, for one sqlx database.
macro_rules! shared_sql {
    ($store:ty, $db:ty, $conn:ty, $row:ty, $name:literal) => {
        use $crate::StoreError;
        use $crate::sql::{DOCUMENTS, FORA, MEMBERSHIPS, Table, now_utc};

        /// The stored body of a record, if any. Table and key names are constants.
        pub(super) async fn stored_body(
            conn: &mut $conn,
            table: &Table,
            id: &str,
        ) -> Result<Option<String>, StoreError> {
            Ok(sqlx::query_scalar(&format!(
                "SELECT body FROM {} WHERE {} = $1",
                table.name, table.key
            ))
            .bind(id)
            .fetch_optional(conn)
            .await?)
        }

        /// `n` parameters for a list: anonymous on SQLite (which binds numbered ones by looking
        /// each number up in a list, quadratic in a long statement), numbered on PostgreSQL.
        pub(super) fn parameters(n: usize) -> String {
            if $name == "sqlite" {
                vec!["?"; n].join(", ")
            } else {
                (1..=n)
                    .map(|i| format!("${i}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        }

        /// Insert rows into `head` (`table (columns)`), as many per statement as the bound
        /// parameters allow; `tail` is appended to each statement (e.g. `ON CONFLICT DO NOTHING`).
        pub(super) async fn insert_rows(
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
                                if $name == "sqlite" {
                                    "?".to_owned()
                                } else {
                                    format!("${n}")
                                }
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
        pub(super) async fn log_change(
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

        pub(super) fn table_of(entity: agora_core::contribution::Entity) -> &'static Table {
            match entity {
                agora_core::contribution::Entity::Forum => &FORA,
                agora_core::contribution::Entity::Membership => &MEMBERSHIPS,
                agora_core::contribution::Entity::Document => &DOCUMENTS,
            }
        }

        pub(super) fn parse_id(id: &str) -> Result<i64, StoreError> {
            id.parse()
                .map_err(|_| StoreError::NotFound(format!("no account {id}")))
        }
    };
}

pub(crate) use shared_sql;
