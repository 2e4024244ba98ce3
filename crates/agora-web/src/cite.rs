//! "Cite this": one component for every record people cite (documents now; practices, releases
//! and reports later). What a citation holds is gathered here once; the plain-text citation is
//! worded by the template (`templates/cite.html`), BibTeX and CSL-JSON are written here, as the
//! formats they are.

use agora_core::PartialDate;

/// What a citation says of a record.
#[derive(Debug, Clone)]
pub struct Citation {
    /// A key for reference managers: the record's id.
    pub key: String,
    pub title: String,
    /// People or bodies, as the record names them (each written whole: a body's name is not a
    /// person's family and given names).
    pub authors: Vec<String>,
    pub publisher: Option<String>,
    pub date: Option<PartialDate>,
    /// A report (studies, papers, meeting reports) or another document.
    pub report: bool,
    /// Its page, absolute.
    pub url: String,
    /// The day it was read.
    pub accessed: agora_core::Day,
}

impl Citation {
    /// The authors as a plain citation lists them ("A, B and C"; the publisher when none is
    /// named is the template's to say).
    pub fn authors_text(&self) -> String {
        match self.authors.as_slice() {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => format!("{} & {last}", rest.join(", ")),
        }
    }

    /// Whether the title ends as a sentence does ("…?"): the citation then adds no full stop.
    pub fn title_ends_a_sentence(&self) -> bool {
        self.title.trim_end().ends_with(['.', '?', '!'])
    }

    /// The year, when the date gives one.
    pub fn year(&self) -> Option<i32> {
        self.date.map(|d| d.year())
    }

    /// A BibTeX entry: `@techreport` for a report (with its publisher as institution), else
    /// `@misc`; authors in braces, each whole; special characters escaped.
    pub fn bibtex(&self) -> String {
        let mut fields: Vec<(&str, String)> = Vec::new();
        if !self.authors.is_empty() {
            let authors: Vec<String> = self
                .authors
                .iter()
                .map(|a| format!("{{{}}}", escape_bibtex(a)))
                .collect();
            fields.push(("author", authors.join(" and ")));
        }
        fields.push(("title", format!("{{{}}}", escape_bibtex(&self.title))));
        if let Some(p) = &self.publisher {
            let name = if self.report {
                "institution"
            } else {
                "publisher"
            };
            fields.push((name, escape_bibtex(p)));
        }
        if let Some(d) = self.date {
            fields.push(("year", d.year().to_string()));
            if let PartialDate::Month(_, m) = d {
                fields.push(("month", m.to_string()));
            } else if let PartialDate::Day(day) = d {
                fields.push(("month", day.month().to_string()));
            }
        }
        fields.push(("url", self.url.clone()));
        fields.push(("urldate", self.accessed.to_string()));
        let kind = if self.report { "techreport" } else { "misc" };
        let key: String = self
            .key
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || "-_:.".contains(*c))
            .collect();
        let body: Vec<String> = fields
            .into_iter()
            .map(|(k, v)| format!("  {k} = {{{v}}}"))
            .collect();
        format!("@{kind}{{{key},\n{}\n}}\n", body.join(",\n"))
    }

    /// CSL-JSON (the format Zotero, Mendeley and pandoc read): one item in an array.
    pub fn csl_json(&self) -> String {
        let mut item = serde_json::Map::new();
        item.insert("id".into(), self.key.clone().into());
        item.insert(
            "type".into(),
            if self.report { "report" } else { "document" }.into(),
        );
        item.insert("title".into(), self.title.clone().into());
        if !self.authors.is_empty() {
            item.insert(
                "author".into(),
                self.authors
                    .iter()
                    .map(|a| serde_json::json!({ "literal": a }))
                    .collect(),
            );
        }
        if let Some(p) = &self.publisher {
            item.insert("publisher".into(), p.clone().into());
        }
        if let Some(d) = self.date {
            let parts: Vec<i64> = match d {
                PartialDate::Year(y) => vec![i64::from(y)],
                PartialDate::Month(y, m) => vec![i64::from(y), i64::from(m)],
                PartialDate::Day(day) => vec![
                    i64::from(day.year()),
                    i64::from(day.month()),
                    i64::from(day.day()),
                ],
            };
            item.insert(
                "issued".into(),
                serde_json::json!({ "date-parts": [parts] }),
            );
        }
        item.insert("URL".into(), self.url.clone().into());
        let a = self.accessed;
        item.insert(
            "accessed".into(),
            serde_json::json!({ "date-parts": [[a.year(), a.month(), a.day()]] }),
        );
        serde_json::to_string_pretty(&serde_json::Value::Array(vec![item.into()]))
            .expect("JSON values serialise")
    }
}

/// Text made safe inside a BibTeX field: the characters TeX reads as commands escaped, braces
/// balanced by escaping them too.
fn escape_bibtex(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            // BibTeX counts \{ and \} when it balances a field: braces are written as words.
            '{' => out.push_str("\\textbraceleft{}"),
            '}' => out.push_str("\\textbraceright{}"),
            '&' | '%' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paper() -> Citation {
        Citation {
            key: "gfmd-2009-rt3-2-background-paper".into(),
            title: "Roundtable 3, session 3.2 — Background Paper".into(),
            authors: vec!["International Organization for Migration (IOM)".into()],
            publisher: Some("Global Forum on Migration and Development (GFMD)".into()),
            date: Some("2009-11".parse().unwrap()),
            report: true,
            url: "https://agora.example/documents/gfmd-2009-rt3-2-background-paper".into(),
            accessed: "2026-12-02".parse().unwrap(),
        }
    }

    #[test]
    fn bibtex_keeps_a_body_whole_and_escapes_what_tex_would_read() {
        let b = paper().bibtex();
        assert!(
            b.starts_with("@techreport{gfmd-2009-rt3-2-background-paper,\n"),
            "{b}"
        );
        assert!(b.contains("  author = {{International Organization for Migration (IOM)}},"));
        assert!(b.contains("  institution = {Global Forum on Migration and Development (GFMD)},"));
        assert!(b.contains("  year = {2009},\n  month = {11},"));
        assert!(b.contains("  urldate = {2026-12-02}"));
        assert!(b.ends_with("}\n"));
        let mut odd = paper();
        odd.title = "50% of {cases} & more_\\ }".into();
        odd.report = false;
        let b = odd.bibtex();
        assert!(b.starts_with("@misc{"));
        assert!(
            b.contains(
                "title = {{50\\% of \\textbraceleft{}cases\\textbraceright{} \\& more\\_\\textbackslash{} \\textbraceright{}}}"
            ),
            "{b}"
        );
        assert!(b.contains("  publisher = {Global"));
        // Braces balance whatever the title holds, counted as BibTeX counts them (an escaped
        // brace counts too).
        let depth = b.chars().fold(0i32, |d, c| match c {
            '{' => d + 1,
            '}' => d - 1,
            _ => d,
        });
        assert_eq!(depth, 0, "{b}");
    }

    #[test]
    fn csl_json_is_an_array_of_one_item_with_literal_authors_and_date_parts() {
        let v: serde_json::Value = serde_json::from_str(&paper().csl_json()).unwrap();
        let item = &v[0];
        assert_eq!(item["type"], "report");
        assert_eq!(
            item["author"][0]["literal"],
            "International Organization for Migration (IOM)"
        );
        assert_eq!(
            item["issued"]["date-parts"],
            serde_json::json!([[2009, 11]])
        );
        assert_eq!(
            item["accessed"]["date-parts"],
            serde_json::json!([[2026, 12, 2]])
        );
        assert_eq!(
            item["URL"],
            "https://agora.example/documents/gfmd-2009-rt3-2-background-paper"
        );
    }

    #[test]
    fn authors_are_listed_as_a_citation_lists_them() {
        let mut c = paper();
        assert_eq!(
            c.authors_text(),
            "International Organization for Migration (IOM)"
        );
        c.authors = vec!["A. Author".into(), "B. Writer".into(), "C. Scribe".into()];
        assert_eq!(c.authors_text(), "A. Author, B. Writer & C. Scribe");
        c.authors.clear();
        assert_eq!(c.authors_text(), "");
    }
}
