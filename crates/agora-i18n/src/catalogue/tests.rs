//! The catalogues are complete and agree: every key of English is in every language and no
//! other, each translation uses the placeholders of the English message, every file parses.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::*;

/// Each message of one file set: key → the variables it uses.
fn messages(files: &[(&str, &str)]) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for (file, text) in files {
        let resource = fluent_syntax::parser::parse(*text)
            .unwrap_or_else(|(_, errors)| panic!("{file}.ftl does not parse: {errors:?}"));
        for entry in resource.body {
            match entry {
                ast::Entry::Message(m) => {
                    assert!(
                        m.attributes.is_empty(),
                        "{file}: {} has attributes",
                        m.id.name
                    );
                    let value = m
                        .value
                        .unwrap_or_else(|| panic!("{file}: {} has no value", m.id.name));
                    let mut vars = BTreeSet::new();
                    pattern_vars(&value, &mut vars);
                    let key = m.id.name.to_owned();
                    if !key.ends_with("-html") {
                        let mut text = String::new();
                        pattern_text(&value, &mut text);
                        assert!(
                            !text.contains(['<', '>']),
                            "{file}: {key} holds markup but its key does not end in -html"
                        );
                    }
                    assert!(
                        out.insert(key.clone(), vars).is_none(),
                        "{file}: {key} twice"
                    );
                }
                ast::Entry::Term(t) => panic!("{file}: term -{} (terms are not used)", t.id.name),
                ast::Entry::Junk { content } => panic!("{file}: cannot read {content:?}"),
                _ => {}
            }
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for e in &p.elements {
        if let ast::PatternElement::Placeable { expression } = e {
            expression_vars(expression, vars);
        }
    }
}

/// The text of a pattern, variants included.
fn pattern_text(p: &ast::Pattern<&str>, out: &mut String) {
    for e in &p.elements {
        match e {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Select { variants, .. },
            } => {
                for v in variants {
                    pattern_text(&v.value, out);
                }
            }
            ast::PatternElement::Placeable { .. } => {}
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        ast::InlineExpression::MessageReference { id, .. } => {
            panic!("a message refers to message {} (write it out)", id.name)
        }
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_with_the_same_placeholders() {
    let english = messages(SOURCES[2].1);
    assert_eq!(SOURCES[2].0, Locale::En);
    assert!(english.len() > 10);
    let mut problems = Vec::new();
    for (locale, files) in SOURCES {
        let names: Vec<&str> = files.iter().map(|f| f.0).collect();
        let english_names: Vec<&str> = SOURCES[2].1.iter().map(|f| f.0).collect();
        assert_eq!(
            names, english_names,
            "{locale}: the files differ from English's"
        );
        let theirs = messages(files);
        for (key, vars) in &english {
            match theirs.get(key) {
                None => problems.push(format!("{locale}: {key} is missing")),
                Some(v) if v != vars => {
                    problems.push(format!("{locale}: {key} uses {v:?}, English uses {vars:?}"))
                }
                Some(_) => {}
            }
        }
        for key in theirs.keys().filter(|k| !english.contains_key(*k)) {
            problems.push(format!("{locale}: {key} is not in English"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_catalogue_file_is_compiled_in() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    for (locale, files) in SOURCES {
        let mut on_disk: Vec<String> = std::fs::read_dir(dir.join(locale.code()))
            .expect("a folder per locale")
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter_map(|n| n.strip_suffix(".ftl").map(str::to_owned))
            .collect();
        on_disk.sort();
        let mut listed: Vec<String> = files.iter().map(|f| f.0.to_owned()).collect();
        listed.sort();
        assert_eq!(on_disk, listed, "{locale}");
    }
}

#[test]
fn a_missing_key_shows_as_itself_and_a_placeholder_mismatch_is_caught() {
    let c = catalogue();
    assert_eq!(
        c.text(Locale::Fr, "no-such-message", &[]),
        "no-such-message"
    );
    // A translation with a placeholder English does not have is a mismatch the test above
    // reports: check the checker on a made-up pair.
    let en = messages(&[("x", "a = { $count } members\n")]);
    let fr = messages(&[("x", "a = { $nombre } membres\n")]);
    assert_ne!(en.get("a"), fr.get("a"));
}

fn members(locale: Locale, n: i64) -> String {
    catalogue().text(locale, "count-members", &[("count", Arg::Number(n))])
}

#[test]
fn russian_plurals() {
    let got: Vec<String> = [1, 2, 5, 11, 21, 101]
        .into_iter()
        .map(|n| members(Locale::Ru, n))
        .collect();
    assert_eq!(
        got,
        [
            "1 участник",
            "2 участника",
            "5 участников",
            "11 участников",
            "21 участник",
            "101 участник"
        ]
    );
}

#[test]
fn arabic_plurals() {
    let got: Vec<String> = [0, 1, 2, 5, 11, 21, 101]
        .into_iter()
        .map(|n| members(Locale::Ar, n))
        .collect();
    assert_eq!(
        got,
        [
            "لا أعضاء",
            "عضو واحد",
            "عضوان",
            "5 أعضاء",
            "11 عضوًا",
            "21 عضوًا",
            "101 عضو",
        ]
    );
}

#[test]
fn english_and_french_plurals() {
    assert_eq!(members(Locale::En, 1), "1 member");
    assert_eq!(members(Locale::En, 1234), "1,234 members");
    assert_eq!(members(Locale::Fr, 0), "0 membre");
    assert_eq!(members(Locale::Fr, 2), "2 membres");
    assert_eq!(members(Locale::Zh, 5), "5 个成员");
}

#[test]
fn html_escapes_text_and_keeps_html_arguments() {
    let c = catalogue();
    let out = c.html(
        Locale::En,
        "site-footer-open-data-html",
        &[
            ("api", Arg::Html("/api/v1/fora".into())),
            ("openapi", Arg::Html("/api/openapi.json".into())),
        ],
    );
    assert!(
        out.contains("<a href=\"/api/v1/fora\">JSON API</a>"),
        "{out}"
    );
    assert!(!out.contains("&lt;"), "{out}");
    let text = c.text(Locale::En, "site-title", &[("title", "<b>&".into())]);
    assert!(text.contains("<b>&"), "{text}");
    let html = c.html(Locale::En, "site-title", &[("title", "<b>&".into())]);
    assert!(html.contains("&lt;b&gt;&amp;"), "{html}");
    // Text arguments of a message with markup are escaped.
    let html = c.html(
        Locale::Fr,
        "site-footer-open-data-html",
        &[("api", "\"><script>".into()), ("openapi", "/x".into())],
    );
    assert!(html.contains("href=\"&quot;&gt;&lt;script&gt;\""), "{html}");
}
