//! The helpers of more than one aggregate's SQL: a record's stored body, the change log,
//! parameter lists and many-row inserts.

/// The helpers the aggregates' modules share, for one sqlx database.
macro_rules! shared_sql {
    ($store:ty, $db:ty, $conn:ty, $row:ty, $name:literal) => {
        use $crate::StoreError;
        use $crate::sql::{Table, now_utc};

        /// The stored body of a record, if any. Table and key names are constants.
        pub(super) async fn stored_body(
            conn: &mut $conn,
            table: &Table,
            id: &str,
        ) -> Result<Option<String>, StoreError> {
            stored_body_in(conn, table.name, table.key, id).await
        }

        /// [`stored_body`] by table and key names (a declared kind's; constants of code).
        pub(super) async fn stored_body_in(
            conn: &mut $conn,
            table: &str,
            key: &str,
            id: &str,
        ) -> Result<Option<String>, StoreError> {
            Ok(
                sqlx::query_scalar(&format!("SELECT body FROM {table} WHERE {key} = $1"))
                    .bind(id)
                    .fetch_optional(conn)
                    .await?,
            )
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

        /// Count, in the write's transaction, a write that changes what the public sees but
        /// leaves no change-log entry (an assessment published, a call opened): every node's
        /// response cache compares the count with the change-log position, so what one node
        /// writes, the others show too (see `ChangeLogStore::data_version`).
        pub(super) async fn public_write(conn: &mut $conn) -> Result<(), StoreError> {
            sqlx::query("UPDATE public_writes SET n = n + 1 WHERE id = 1")
                .execute(conn)
                .await?;
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

        /// Write (or, with no body, remove) a record of a declared kind in its table (its key,
        /// its body and the columns it derives from the body), and log the change in its
        /// history under `role` (none when it is empty: a built-in set): the store's path for
        /// every kind without a module of its own.
        pub(super) async fn write_declared(
            conn: &mut $conn,
            w: &$crate::sql::RecordWrite<'_>,
        ) -> Result<(), StoreError> {
            let $crate::sql::RecordWrite {
                kind,
                id,
                body,
                origin,
                role,
            } = *w;
            let table = kind.table();
            let old = stored_body_in(&mut *conn, table.name, table.key, id).await?;
            let read = |b: &str| $crate::sql::from_body::<serde_json::Value>(kind.name(), id, b);
            match body {
                Some(b) => {
                    let record = read(b)?;
                    let columns = kind.columns(&record);
                    let names: Vec<&str> = columns.iter().map(|(n, _)| *n).collect();
                    let mut all = vec![table.key, "body"];
                    all.extend(&names);
                    let updates: Vec<String> = std::iter::once("body")
                        .chain(names.iter().copied())
                        .map(|n| format!("{n} = excluded.{n}"))
                        .collect();
                    let marks: Vec<String> = (1..=all.len()).map(|i| format!("${i}")).collect();
                    let sql = format!(
                        "INSERT INTO {} ({}) VALUES ({}) ON CONFLICT ({}) DO UPDATE SET {}",
                        table.name,
                        all.join(", "),
                        marks.join(", "),
                        table.key,
                        updates.join(", ")
                    );
                    let mut q = sqlx::query(&sql).bind(id).bind(b);
                    for (_, v) in &columns {
                        q = q.bind(v.as_deref());
                    }
                    q.execute(&mut *conn).await?;
                    let op = if old.is_some() { "update" } else { "create" };
                    let scope = kind.scope(id, &record);
                    log_change(
                        conn,
                        kind.name(),
                        id,
                        op,
                        origin,
                        &scope,
                        Some(b),
                        Some(role).filter(|r| !r.is_empty()),
                    )
                    .await
                }
                None => {
                    let Some(old) = old else { return Ok(()) };
                    let scope = kind.scope(id, &read(&old)?);
                    sqlx::query(&format!(
                        "DELETE FROM {} WHERE {} = $1",
                        table.name, table.key
                    ))
                    .bind(id)
                    .execute(&mut *conn)
                    .await?;
                    log_change(
                        conn,
                        kind.name(),
                        id,
                        "delete",
                        origin,
                        &scope,
                        None,
                        Some(role).filter(|r| !r.is_empty()),
                    )
                    .await
                }
            }
        }
    };
}

pub(crate) use shared_sql;
