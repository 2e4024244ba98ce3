//! "Did you mean": when a search finds nothing, each word (or part of a hyphenated word) that
//! finds nothing is replaced by the closest word of the index's own text that the viewer may
//! see, and the query so made is offered when it finds something.
//!
//! The index holds stems ("fertilization" is "fertil"), and a misspelt word often keeps the
//! stemmer from cutting its ending ("fertilizaton" stays whole), so the terms looked for are
//! those within one or two edits of the analysed word or of a prefix of it (a Levenshtein
//! automaton over each term dictionary). Hidden entries decide nothing: candidates are ranked by
//! their edits alone, only those an entry the viewer may see holds are weighed (by how many such
//! entries hold them), and a term is offered as the first such entry in a fixed order writes it
//! (never as a stem), choosing among the ways it writes it the closest to what was typed.

use std::collections::HashMap;

use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, FuzzyTermQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::tokenizer::TokenStream;
use tantivy::{Searcher, TantivyDocument, Term};

use crate::SearchError;
use crate::index::SearchIndex;
use crate::query::{Clause, Readable, filter, parse};

/// Candidate terms the viewer may find weighed for a word, the closest first ...
const CANDIDATES: usize = 12;
/// ... out of at most this many looked at (terms only hidden entries hold are skipped, and
/// count for nothing but this bound).
const LOOKED_AT: usize = 200;
/// Letters a prefix of the analysed word may drop (the ending a stemmer would have cut).
const ENDING: usize = 5;

/// How a written word ranks as a suggestion, the least first: its edits from what was typed, the
/// term's edits, and (reversed) how many entries the viewer may see hold it.
type Rank = (usize, usize, std::cmp::Reverse<u64>);

/// A term of one field that is close to a word of the query (or to a prefix of it).
struct Candidate {
    lang: &'static str,
    field: Field,
    term: String,
    /// Edits from the analysed word's prefix, and letters of the word left out of the prefix.
    edits: usize,
    cut: usize,
    /// Entries the viewer may see that hold it (counted only for the closest candidates).
    visible: u64,
}

impl SearchIndex {
    /// A query like `q` that finds something `readable` lets the viewer see, with each word that
    /// finds nothing replaced by the closest word the viewer may find; None when every word finds
    /// something, or no such query finds anything.
    pub fn suggest(&self, q: &str, readable: &Readable) -> Result<Option<String>, SearchError> {
        let clauses = parse(q)?;
        if clauses.is_empty() {
            return Ok(None);
        }
        let searcher = self.reader.searcher();
        let access = self.access_query(readable);
        let count = |query: Box<dyn Query>| -> Result<u64, SearchError> {
            let q = BooleanQuery::new(vec![filter(access.box_clone()), (Occur::Must, query)]);
            Ok(q.count(&searcher)? as u64)
        };
        let finds = |query: Box<dyn Query>| -> Result<bool, SearchError> { Ok(count(query)? > 0) };
        let finds_word = |w: &str| -> Result<bool, SearchError> {
            match self.clause_query(&Clause::Word(w.to_owned())) {
                Some(q) => finds(q),
                // Nothing to search for (a stop word): it finds nothing, and asks for nothing.
                None => Ok(true),
            }
        };
        let mut changed = false;
        let mut words = Vec::with_capacity(clauses.len());
        for clause in &clauses {
            match clause {
                Clause::Word(w) if !finds_word(w)? => {
                    // Part by part: "cross-fertilisaton" keeps "cross" and mends the rest.
                    let mut mended = String::new();
                    for (is_word, part) in parts(w) {
                        let replacement = if is_word && !finds_word(part)? {
                            self.closest_word(&searcher, part, access.as_ref(), &count)?
                        } else {
                            None
                        };
                        changed |= replacement.is_some();
                        mended.push_str(replacement.as_deref().unwrap_or(part));
                    }
                    words.push(mended);
                }
                Clause::Word(w) => words.push(w.clone()),
                Clause::Phrase(p) => words.push(format!("\"{p}\"")),
                Clause::Prefix(p) if p.contains(char::is_whitespace) => {
                    words.push(format!("\"{p}*\""))
                }
                Clause::Prefix(p) => words.push(format!("{p}*")),
            }
        }
        if !changed {
            return Ok(None);
        }
        let suggested = words.join(" ");
        let mut all = Vec::new();
        for clause in parse(&suggested)? {
            if let Some(q) = self.clause_query(&clause) {
                all.push((Occur::Must, q));
            }
        }
        if all.is_empty() || !finds(Box::new(BooleanQuery::new(all)))? {
            return Ok(None);
        }
        Ok(Some(suggested))
    }

    /// The word of a visible entry closest to `word`, in any language's fields.
    fn closest_word(
        &self,
        searcher: &Searcher,
        word: &str,
        access: &dyn Query,
        count: &dyn Fn(Box<dyn Query>) -> Result<u64, SearchError>,
    ) -> Result<Option<String>, SearchError> {
        let mut candidates: HashMap<(Field, String), Candidate> = HashMap::new();
        for (lang, title, body) in &self.fields.text {
            let terms = self.analyzers.terms(lang, word);
            let [(_, term)] = terms.as_slice() else {
                continue;
            };
            let chars: Vec<(usize, char)> = term.char_indices().collect();
            if chars.len() < 3 {
                continue;
            }
            // The whole term, then its prefixes down to four letters, at most ENDING fewer.
            let shortest = chars.len().saturating_sub(ENDING).max(4).min(chars.len());
            for length in (shortest..=chars.len()).rev() {
                let prefix = match chars.get(length) {
                    Some((at, _)) => &term[..*at],
                    None => term.as_str(),
                };
                let most = if length >= 6 { 2 } else { 1 };
                for field in [*title, *body] {
                    let automaton =
                        FuzzyTermQuery::new(Term::from_field_text(field, prefix), most, true)
                            .automaton()?;
                    for segment in searcher.segment_readers() {
                        let inverted = segment.inverted_index(field)?;
                        let mut stream = inverted
                            .terms()
                            .search(&automaton)
                            .into_stream()
                            .map_err(|e| SearchError::Corrupt(format!("term dictionary: {e}")))?;
                        while stream.advance() {
                            let Ok(found) = std::str::from_utf8(stream.key()) else {
                                continue;
                            };
                            if found == term {
                                continue;
                            }
                            let edits = strsim::damerau_levenshtein(prefix, found);
                            let cut = chars.len() - length;
                            let c =
                                candidates
                                    .entry((field, found.to_owned()))
                                    .or_insert(Candidate {
                                        lang,
                                        field,
                                        term: found.to_owned(),
                                        edits,
                                        cut,
                                        visible: 0,
                                    });
                            if (edits, cut) < (c.edits, c.cut) {
                                (c.edits, c.cut) = (edits, cut);
                            }
                        }
                    }
                }
            }
        }
        // The closest first (by edits alone: how many entries hold a term, hidden ones
        // included, must not decide what the viewer is offered).
        let mut candidates: Vec<Candidate> = candidates.into_values().collect();
        candidates.sort_by(|a, b| {
            (a.edits + a.cut)
                .cmp(&(b.edits + b.cut))
                .then(a.term.cmp(&b.term))
        });
        let mut weighed = Vec::new();
        for mut c in candidates.into_iter().take(LOOKED_AT) {
            let holds: Box<dyn Query> = Box::new(TermQuery::new(
                Term::from_field_text(c.field, &c.term),
                IndexRecordOption::Basic,
            ));
            c.visible = count(holds)?;
            if c.visible > 0 {
                weighed.push(c);
                if weighed.len() == CANDIDATES {
                    break;
                }
            }
        }
        let typed = word.to_lowercase();
        // The one written closest to what was typed; then the closest term; then the one most
        // entries the viewer may see hold.
        let mut best: Option<(Rank, String)> = None;
        for c in &weighed {
            let holds: Box<dyn Query> = Box::new(TermQuery::new(
                Term::from_field_text(c.field, &c.term),
                IndexRecordOption::Basic,
            ));
            if let Some(written) = self.written(searcher, c, &typed, access, holds)? {
                let edits = strsim::damerau_levenshtein(&typed, &written.to_lowercase());
                let rank = (edits, c.edits + c.cut, std::cmp::Reverse(c.visible));
                if best.as_ref().is_none_or(|(r, _)| rank < *r) {
                    best = Some((rank, written));
                }
            }
        }
        Ok(best.map(|(_, written)| {
            if word.chars().next().is_some_and(char::is_uppercase) {
                written
            } else {
                written.to_lowercase()
            }
        }))
    }

    /// How an entry the viewer may see writes the candidate's term: of the words of its text
    /// whose term it is, the closest to `typed`.
    fn written(
        &self,
        searcher: &Searcher,
        c: &Candidate,
        typed: &str,
        access: &dyn Query,
        holds: Box<dyn Query>,
    ) -> Result<Option<String>, SearchError> {
        let query = BooleanQuery::new(vec![filter(access.box_clone()), (Occur::Must, holds)]);
        // The first by a fixed order (not by score: scores weigh every entry, hidden ones too).
        let top = searcher.search(
            &query,
            &TopDocs::with_limit(1).order_by_u64_field("ord", tantivy::Order::Asc),
        )?;
        let Some((_, address)) = top.first() else {
            return Ok(None);
        };
        let doc: TantivyDocument = searcher.doc(*address)?;
        let mut analyzer = self.analyzers.analyzer(c.lang);
        let mut best: Option<(usize, &str)> = None;
        for text in doc.get_all(c.field).filter_map(|v| v.as_str()) {
            let mut stream = analyzer.token_stream(text);
            while stream.advance() {
                let token = stream.token();
                if token.text != c.term {
                    continue;
                }
                let Some(written) = text.get(token.offset_from..token.offset_to) else {
                    continue;
                };
                let edits = strsim::damerau_levenshtein(typed, &written.to_lowercase());
                if best.is_none_or(|(e, _)| edits < e) {
                    best = Some((edits, written));
                }
            }
        }
        Ok(best.map(|(_, w)| w.to_owned()))
    }
}

/// A word cut into its runs of letters and digits and what lies between them, in order:
/// (is a run of letters and digits, the text).
fn parts(word: &str) -> Vec<(bool, &str)> {
    let mut out: Vec<(bool, &str)> = Vec::new();
    let mut from = 0;
    let mut current: Option<bool> = None;
    for (at, ch) in word.char_indices() {
        let is_word = ch.is_alphanumeric();
        if current.is_some_and(|c| c != is_word) {
            out.push((current.unwrap_or(false), &word[from..at]));
            from = at;
        }
        current = Some(is_word);
    }
    if let Some(c) = current {
        out.push((c, &word[from..]));
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn words_are_cut_into_runs_and_what_lies_between() {
        assert_eq!(
            super::parts("cross-fertilisaton"),
            vec![(true, "cross"), (false, "-"), (true, "fertilisaton")]
        );
        assert_eq!(
            super::parts("«été»"),
            vec![(false, "«"), (true, "été"), (false, "»")]
        );
        assert!(super::parts("").is_empty());
    }
}
