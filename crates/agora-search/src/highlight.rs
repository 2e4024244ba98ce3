//! The words of a text that a query matched, for showing the text with them marked (a document's
//! page, reached from a search): each word of the text is analysed as the index analyses it, so
//! "cross-fertilisation" marks "cross-fertilization", "migrants" marks "migration"'s stem's
//! kin as the search found them.

use tantivy::tokenizer::TokenStream;

use crate::analyzers::{Analyzers, field_lang};
use crate::query::{Clause, parse};

/// The byte ranges of `text` (written in `lang`) whose terms are terms of the query's words and
/// phrases, in order. A query that cannot be read marks nothing.
pub fn marked(lang: &str, text: &str, q: &str) -> Vec<(usize, usize)> {
    let Ok(clauses) = parse(q) else {
        return Vec::new();
    };
    let analyzers = Analyzers::default();
    let lang = field_lang(lang);
    let mut wanted = std::collections::HashSet::new();
    let mut prefixes = Vec::new();
    for clause in &clauses {
        match clause {
            Clause::Word(w) | Clause::Phrase(w) => {
                wanted.extend(analyzers.terms(lang, w).into_iter().map(|(_, t)| t));
            }
            Clause::Prefix(p) => {
                let (head, last) = p.rsplit_once(char::is_whitespace).unwrap_or(("", p));
                wanted.extend(analyzers.terms(lang, head).into_iter().map(|(_, t)| t));
                prefixes.extend(analyzers.terms("und", last).into_iter().map(|(_, t)| t));
            }
        }
    }
    if wanted.is_empty() && prefixes.is_empty() {
        return Vec::new();
    }
    let mut analyzer = analyzers.analyzer(lang);
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        let t = stream.token();
        if wanted.contains(&t.text) || prefixes.iter().any(|p| t.text.starts_with(p.as_str())) {
            out.push((t.offset_from, t.offset_to));
        }
    }
    out
}

/// `text` cut into pieces, each marked or not, by `marked`'s ranges.
pub fn pieces<'a>(text: &'a str, ranges: &[(usize, usize)]) -> Vec<(&'a str, bool)> {
    let mut out = Vec::new();
    let mut at = 0;
    for &(from, to) in ranges {
        if from < at
            || to > text.len()
            || !text.is_char_boundary(from)
            || !text.is_char_boundary(to)
        {
            continue;
        }
        if from > at {
            out.push((&text[at..from], false));
        }
        out.push((&text[from..to], true));
        at = to;
    }
    if at < text.len() {
        out.push((&text[at..], false));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks<'a>(lang: &str, text: &'a str, q: &str) -> Vec<&'a str> {
        marked(lang, text, q)
            .into_iter()
            .map(|(a, b)| &text[a..b])
            .collect()
    }

    #[test]
    fn the_words_the_search_found_are_marked_however_spelt() {
        let text = "Cross-fertilization among RCPs; the migrants' fora.";
        assert_eq!(
            marks("en", text, "cross-fertilisation"),
            ["Cross", "fertilization"]
        );
        assert_eq!(marks("en", text, "migrant"), ["migrants"]);
        assert_eq!(marks("en", text, "\"among RCPs\""), ["among", "RCPs"]);
        assert_eq!(marks("en", text, "fert*"), ["fertilization"]);
        assert!(marks("en", text, "nothing").is_empty());
        assert_eq!(
            marks("fr", "La mobilité des migrants", "mobilite"),
            ["mobilité"]
        );
    }

    #[test]
    fn pieces_cover_the_text_once_in_order() {
        let text = "a fertile é field";
        let ranges = [(2, 9), (13, 18)];
        let p = pieces(text, &ranges);
        assert_eq!(
            p,
            [
                ("a ", false),
                ("fertile", true),
                (" é ", false),
                ("field", true)
            ]
        );
        assert_eq!(p.iter().map(|(t, _)| *t).collect::<String>(), text);
        // Ranges out of order or off a character boundary are skipped.
        assert_eq!(
            pieces(text, &[(11, 12), (0, 1)]),
            [("a", true), (" fertile é field", false)]
        );
    }
}
