//! Lists the schema migrations of each backend (`migrations/sqlite`, `migrations/postgres`) for
//! `src/migrations.rs`, which compiles them into the binary: each `NNNN_description.sql` becomes
//! `(version, "description", include_str!(file))`, in the order of their versions. Cargo reruns
//! this when a file is added to or changed in the folders.
use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut out = String::new();
    for backend in ["sqlite", "postgres"] {
        let dir = root.join(backend);
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files: Vec<(i64, String, String)> = Vec::new();
        for entry in std::fs::read_dir(&dir).expect("the migrations folder reads") {
            let path = entry.expect("a migration file reads").path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let Some((version, rest)) = name.split_once('_') else {
                continue;
            };
            let Some(description) = rest.strip_suffix(".sql") else {
                continue;
            };
            let version: i64 = version
                .parse()
                .unwrap_or_else(|_| panic!("{name}: a migration's name starts with its version"));
            files.push((
                version,
                description.replace('_', " "),
                path.display().to_string(),
            ));
        }
        files.sort();
        writeln!(
            out,
            "pub const {}: &[(i64, &str, &str)] = &[",
            backend.to_uppercase()
        )
        .unwrap();
        for (version, description, path) in files {
            writeln!(
                out,
                "    ({version}, {description:?}, include_str!({path:?})),"
            )
            .unwrap();
        }
        writeln!(out, "];").unwrap();
    }
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("migrations.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}
