//! A scan of the templates: every word a person reads comes from a message. Text between tags
//! and the human-read attributes (`alt`, `title`, `placeholder`, `aria-label`, `label`) may hold
//! only template expressions, punctuation, digits and the few names no language translates; and
//! every message a template asks for is in the English catalogue (whose completeness in the
//! other five the catalogue tests check).

use std::path::{Path, PathBuf};

use agora_i18n::{Locale, catalogue};

/// Words that are the same in every language: names and formats.
const UNTRANSLATED: &[&str] = &[
    "Agora", "API", "JSON", "CSV", "CSL", "OpenAPI", "BibTeX", "RIS", "M49", "ISO", "SVG", "PDF",
];

/// Templates not yet written in messages; each leaves this list as it is translated.
const NOT_YET: &[&str] = &[];

fn templates() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
    let mut out = Vec::new();
    let mut stack = vec![dir];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("templates folder") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// The template with its tags, expressions and comments blanked out (so what is left is text),
/// and the attributes people read, as (name, value).
fn text_of(src: &str) -> (String, Vec<(String, String)>) {
    // Template syntax first: comments, blocks, expressions.
    let mut s = String::with_capacity(src.len());
    let mut rest = src;
    while let Some(i) = rest.find(['{']) {
        let (open, close) = match rest[i..].get(..2) {
            Some("{#") => ("{#", "#}"),
            Some("{%") => ("{%", "%}"),
            Some("{{") => ("{{", "}}"),
            _ => {
                s.push_str(&rest[..=i]);
                rest = &rest[i + 1..];
                continue;
            }
        };
        s.push_str(&rest[..i]);
        let after = &rest[i + open.len()..];
        let end = after.find(close).map_or(after.len(), |e| e + close.len());
        // An expression stands for text: keep a placeholder so "{{ n }} members" is caught.
        if open == "{{" {
            s.push('\u{1}');
        } else {
            s.push(' ');
        }
        rest = &after[end..];
    }
    s.push_str(rest);
    // Then markup: tags out, read attributes kept aside; `<style>`, `<script>` and SVG paths
    // hold no words.
    let mut text = String::with_capacity(s.len());
    let mut attrs = Vec::new();
    let mut rest = s.as_str();
    while let Some(i) = rest.find('<') {
        text.push_str(&rest[..i]);
        let after = &rest[i..];
        let end = after.find('>').map_or(after.len(), |e| e + 1);
        let tag = &after[..end];
        for name in ["alt", "title", "placeholder", "aria-label", "label"] {
            let needle = format!(" {name}=\"");
            if let Some(a) = tag.find(&needle) {
                let v = &tag[a + needle.len()..];
                let v = &v[..v.find('"').unwrap_or(v.len())];
                attrs.push((name.to_owned(), v.to_owned()));
            }
        }
        text.push(' ');
        rest = &after[end..];
        for raw in ["script", "style"] {
            if tag.starts_with(&format!("<{raw}")) {
                let close = format!("</{raw}>");
                let skip = rest.find(&close).unwrap_or(rest.len());
                rest = &rest[skip..];
            }
        }
    }
    text.push_str(rest);
    (text, attrs)
}

/// The words of a piece of text that are neither punctuation, digits, placeholders nor names
/// no language translates.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty() && !UNTRANSLATED.contains(w))
        .map(str::to_owned)
        .collect()
}

#[test]
fn templates_hold_no_words_outside_messages() {
    let mut problems = Vec::new();
    for path in templates() {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let rel = path
            .strip_prefix(Path::new(env!("CARGO_MANIFEST_DIR")).join("templates"))
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default();
        if NOT_YET.contains(&rel.as_str()) {
            continue;
        }
        let src = std::fs::read_to_string(&path).expect("template");
        let (text, attrs) = text_of(&src);
        let w = words(&text);
        if !w.is_empty() {
            problems.push(format!(
                "{name}: text outside a message: {:?}",
                &w[..w.len().min(8)]
            ));
        }
        for (attr, value) in attrs {
            let w = words(&value);
            if !w.is_empty() {
                problems.push(format!("{name}: {attr}=\"{value}\" is not from a message"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_not_yet_list_names_only_templates_that_need_it() {
    for rel in NOT_YET {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("templates")
            .join(rel);
        let src = std::fs::read_to_string(&path).expect("a template of the list exists");
        assert!(
            !words(&text_of(&src).0).is_empty(),
            "{rel} is written in messages: take it off NOT_YET"
        );
    }
}

#[test]
fn every_message_a_template_asks_for_is_in_the_catalogue() {
    let c = catalogue();
    let mut missing = Vec::new();
    for path in templates() {
        let src = std::fs::read_to_string(&path).expect("template");
        let mut rest = src.as_str();
        while let Some(i) = rest.find("\"|t") {
            let key_start = rest[..i].rfind('"').map_or(0, |q| q + 1);
            let key = &rest[key_start..i];
            if !key.is_empty() && !c.has(Locale::En, key) {
                missing.push(format!("{}: {key}", path.display()));
            }
            rest = &rest[i + 3..];
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn the_scan_sees_words_where_they_are() {
    let (text, attrs) = text_of(
        r#"{% if x %}<p title="Hello">{{ "k"|t }} members: {{ n }}</p>{% endif %}<script>var a = 1;</script>"#,
    );
    assert_eq!(words(&text), ["members"]);
    assert_eq!(attrs, [("title".to_owned(), "Hello".to_owned())]);
    assert!(words(&text_of("<p>{{ a }} — {{ b }} (API, 2009)</p>").0).is_empty());
}

/// Every string literal of the Rust sources under some directories (this scan's own file
/// excepted): its file, the code between it and the literal before it (trimmed at its end),
/// and the literal.
fn literals(dirs: &[PathBuf]) -> Vec<(PathBuf, String, String)> {
    let mut files = dirs.to_vec();
    let mut out = Vec::new();
    while let Some(p) = files.pop() {
        if p.is_dir() {
            files.extend(
                std::fs::read_dir(&p)
                    .expect("src")
                    .map(|e| e.expect("entry").path()),
            );
            continue;
        }
        if p.extension().and_then(|e| e.to_str()) != Some("rs") || p.ends_with("scan.rs") {
            continue;
        }
        let code = std::fs::read_to_string(&p).expect("source");
        let mut rest = code.as_str();
        while let Some(q) = rest.find('"') {
            let after = &rest[q + 1..];
            let Some(end) = after.find('"') else { break };
            let before = rest[..q].trim_end().to_owned();
            out.push((p.clone(), before, after[..end].to_owned()));
            rest = &after[end + 1..];
        }
    }
    out
}

/// The messages the Rust code asks for by name: `text("key")`, `text_with("key", ...)`, and the
/// keys it hands templates (`label: "key"`, `=> "key"`, `const ...: &str = "key"`) whose family
/// is a catalogue's.
#[test]
fn every_message_the_code_asks_for_is_in_the_catalogue() {
    let c = catalogue();
    let families = [
        "category-",
        "md-",
        "role-",
        "org-kind-",
        "language-",
        "meeting-level-",
        "fora-",
        "forum-",
        "history-",
        "map-",
        "period-",
        "provenance-",
        "doc-",
        "size-",
        "search-",
        "cite-",
        "upload-",
        "docs-",
        "account-",
        "admin-",
        "sign-in-",
        "audit-",
        "mistake-",
        "propose-",
        "contributions-",
        "contribution-",
    ];
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut missing = Vec::new();
    let mut seen = 0;
    for (p, before, lit) in literals(&[src]) {
        let (before, lit) = (before.as_str(), lit.as_str());
        {
            let is_key = !lit.is_empty()
                && lit.contains('-')
                && lit
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !is_key {
                continue;
            }
            let asked = before.ends_with("text(")
                || before.ends_with("text_with(")
                || before.ends_with("label:")
                || before.ends_with("=>")
                || before.ends_with("str =")
                || before.ends_with("text(match s {")
                || before.ends_with('(') && before.ends_with("match");
            if asked && families.iter().any(|f| lit.starts_with(f)) {
                seen += 1;
                if !c.has(Locale::En, lit) {
                    missing.push(format!("{}: {lit}", p.display()));
                }
            }
        }
    }
    assert!(seen > 50, "the scan found only {seen} keys");
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

/// The messages the domain, the use-cases, the store and the web say when they refuse
/// something (`Said::new("key")`, `AppError::forbidden("key")`, `bad_key(parameter, "key")`),
/// in every crate that says one: each is in the catalogue. (A date's and an id's reasons are
/// checked by agora-core's own tests, which write them.)
#[test]
fn every_refusal_said_is_in_the_catalogue() {
    let c = catalogue();
    let crates = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("crates")
        .to_owned();
    let dirs: Vec<PathBuf> = ["agora-core", "agora-app", "agora-store", "agora-web"]
        .iter()
        .map(|k| crates.join(k).join("src"))
        .collect();
    let mut missing = Vec::new();
    let mut seen = 0;
    for (p, before, lit) in literals(&dirs) {
        let (before, lit) = (before.as_str(), lit.as_str());
        {
            let from = before.char_indices().rev().nth(59).map_or(0, |(i, _)| i);
            let tail = &before[from..];
            let in_bad_key = before.ends_with(',')
                && tail
                    .rfind("bad_key(")
                    .is_some_and(|i| !tail[i..].contains(')'));
            let asked = before.ends_with("Said::new(")
                || before.ends_with("forbidden(")
                || before.ends_with("conflict(")
                || in_bad_key;
            if asked {
                seen += 1;
                if !c.has(Locale::En, lit) {
                    missing.push(format!("{}: {lit}", p.display()));
                }
            }
        }
    }
    assert!(seen > 150, "the scan found only {seen} refusals");
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}
