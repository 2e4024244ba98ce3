//! The shape of the house, checked: every crate depends only on crates of a lower layer (read
//! from `cargo metadata`), the API and the pages never import each other, and no source
//! file of the store grows past 600 lines. See `docs/ARCHITECTURE.md`.

use std::path::{Path, PathBuf};

/// The layers, lowest first. A crate may depend only on crates of a lower layer.
const LAYERS: &[(&str, u8)] = &[
    // The words in six languages: what the domain says when it refuses something is a message.
    ("agora-i18n", 0),
    // The domain: records, rules, policy; and the leaf readers of files.
    ("agora-core", 1),
    ("agora-extract", 1),
    ("agora-pdf", 1),
    // Formats the dataset is read from and written to; the landscape's measures, over plain sets
    // of states the application layer resolves; reports laid out as PDF from the caller's words.
    ("agora-ingest", 2),
    ("agora-analysis", 2),
    ("agora-typeset", 2),
    // The store, then the search index that follows its change log.
    ("agora-store", 3),
    ("agora-search", 4),
    // The application layer: the read model and the use-cases.
    ("agora-app", 5),
    // Interfaces.
    ("agora-web", 6),
    // The benchmarks (run by the binary's `agora bench`), then the binary.
    ("agora-bench", 7),
    ("agora", 8),
];

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

fn layer(name: &str) -> u8 {
    LAYERS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, l)| *l)
        .unwrap_or_else(|| {
            panic!("{name} is not in the layer table of tests/architecture.rs: give it a layer")
        })
}

#[test]
fn crates_depend_only_downwards() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = std::process::Command::new(cargo)
        .args([
            "metadata",
            "--format-version",
            "1",
            "--no-deps",
            "--offline",
        ])
        .current_dir(workspace())
        .output()
        .expect("cargo metadata runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let names: Vec<&str> = meta["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"agora-app"), "{names:?}");
    let upward = upward(&meta);
    assert!(
        upward.is_empty(),
        "dependencies that do not point downwards: {upward:?}"
    );
}

/// The dependencies between workspace members that do not point to a lower layer.
fn upward(meta: &serde_json::Value) -> Vec<String> {
    let packages = meta["packages"].as_array().unwrap();
    let members: Vec<&str> = packages
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    let mut out = Vec::new();
    for p in packages {
        let name = p["name"].as_str().unwrap();
        for d in p["dependencies"].as_array().unwrap() {
            let dep = d["name"].as_str().unwrap();
            if members.contains(&dep) && layer(dep) >= layer(name) {
                let kind = d["kind"].as_str().unwrap_or("normal");
                out.push(format!("{name} -> {dep} ({kind})"));
            }
        }
    }
    out
}

#[test]
fn the_checker_sees_an_upward_or_sideways_dependency() {
    let meta = serde_json::json!({"packages": [
        {"name": "agora-store", "dependencies": [
            {"name": "agora-core", "kind": null},
            {"name": "agora-web", "kind": "dev"},
            {"name": "sqlx", "kind": null},
        ]},
        {"name": "agora-core", "dependencies": []},
        {"name": "agora-web", "dependencies": [{"name": "agora-web", "kind": null}]},
    ]});
    assert_eq!(
        upward(&meta),
        [
            "agora-store -> agora-web (dev)",
            "agora-web -> agora-web (normal)"
        ]
    );
}

/// Every `.rs` file under a directory, recursively.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(rust_files(&p));
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
    out.sort();
    out
}

/// The lines of a file that name another module of the same crate by path.
fn naming(file: &Path, module: &str) -> Vec<String> {
    let text = std::fs::read_to_string(file).unwrap();
    let needles = [
        format!("crate::{module}"),
        format!("super::{module}"),
        format!("super::super::{module}"),
    ];
    // `crate::{api, pages}` and the like name it too.
    let grouped = |l: &str| {
        ["crate::{", "super::{"].iter().any(|g| {
            l.split(g).skip(1).any(|rest| {
                rest.split('}')
                    .next()
                    .unwrap_or("")
                    .split([',', ' ', ':'])
                    .any(|w| w == module)
            })
        })
    };
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim_start().starts_with("//"))
        .filter(|(_, l)| needles.iter().any(|n| l.contains(n.as_str())) || grouped(l))
        .map(|(i, l)| format!("{}:{}: {}", file.display(), i + 1, l.trim()))
        .collect()
}

#[test]
fn the_api_and_the_pages_never_import_each_other() {
    let web = workspace().join("crates/agora-web/src");
    let mut found = Vec::new();
    for (from, other) in [("api", "pages"), ("pages", "api")] {
        let files = rust_files(&web.join(from));
        assert!(!files.is_empty(), "no sources under {from}/");
        for f in files {
            found.extend(naming(&f, other));
        }
    }
    assert!(
        found.is_empty(),
        "the API and the pages share through the application layer (agora-app), never \
         through each other:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_checker_sees_an_import_between_the_api_and_the_pages() {
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("x.rs");
    std::fs::write(
        &f,
        "// crate::pages in a comment is fine\nuse crate::pages::library;\nfn f() { super::pages::x(); }\nuse crate::{error, pages};\nuse crate::{pagesx, state};\n",
    )
    .unwrap();
    assert_eq!(naming(&f, "pages").len(), 3);
    assert_eq!(naming(&f, "api").len(), 0);
}
#[test]
fn no_source_file_of_the_store_is_over_600_lines() {
    let store = workspace().join("crates/agora-store/src");
    let long: Vec<String> = rust_files(&store)
        .into_iter()
        .filter_map(|f| {
            let n = std::fs::read_to_string(&f).unwrap().lines().count();
            (n > 600).then(|| format!("{} ({n} lines)", f.display()))
        })
        .collect();
    assert!(long.is_empty(), "split these by aggregate: {long:?}");
}
