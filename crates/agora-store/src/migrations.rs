//! The schema migrations of each backend, compiled into the binary: `build.rs` lists the files of
//! `migrations/<backend>/` and this turns them into a sqlx `Migrator` exactly as `sqlx::migrate!`
//! would (the same versions, descriptions and checksums, so databases migrated before read the
//! same). Without sqlx's macros, which compile a second copy of the SQLite and PostgreSQL drivers
//! for the build to use: a clean build is that much shorter.

use std::borrow::Cow;

use sqlx::migrate::{Migration, MigrationType, Migrator};

mod files {
    include!(concat!(env!("OUT_DIR"), "/migrations.rs"));
}

pub use files::{POSTGRES, SQLITE};

/// A migrator of these files: `(version, description, SQL)`, in the order of their versions.
pub fn migrator(files: &'static [(i64, &'static str, &'static str)]) -> Migrator {
    Migrator {
        migrations: Cow::Owned(
            files
                .iter()
                .map(|&(version, description, sql)| {
                    Migration::new(
                        version,
                        Cow::Borrowed(description),
                        MigrationType::Simple,
                        Cow::Borrowed(sql),
                        sql.starts_with("-- no-transaction"),
                    )
                })
                .collect(),
        ),
        ..Migrator::DEFAULT
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_migration_file_is_listed_in_order() {
        for (files, dir) in [(SQLITE, "sqlite"), (POSTGRES, "postgres")] {
            let on_disk = std::fs::read_dir(
                std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("migrations")
                    .join(dir),
            )
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .ends_with(".sql")
            })
            .count();
            assert_eq!(files.len(), on_disk, "{dir}");
            let versions: Vec<i64> = files.iter().map(|f| f.0).collect();
            assert_eq!(
                versions,
                (1..=files.len() as i64).collect::<Vec<_>>(),
                "{dir}"
            );
            assert_eq!(files[0].1, "registry");
            let m = migrator(files);
            assert_eq!(m.migrations.len(), files.len());
            assert!(
                m.migrations
                    .iter()
                    .all(|m| !m.no_tx && m.checksum.len() == 48)
            );
        }
    }
}
