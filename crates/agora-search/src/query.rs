//! Searching: the query language (words and "quoted phrases"), the access filter, facet
//! counts, snippets and cursor paging. The access filter is one clause of the query itself, so
//! ranking, counts, facets, snippets and pages only ever see what the viewer may see.

use std::collections::HashMap;
use std::ops::Bound;

use serde::{Deserialize, Serialize};
use tantivy::collector::{Collector, Count, FacetCollector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::query::{
    AllQuery, Bm25StatisticsProvider, BooleanQuery, BoostQuery, ConstScoreQuery, Occur,
    PhrasePrefixQuery, PhraseQuery, Query, RangeQuery, TermQuery,
};
use tantivy::schema::{Facet, Field, IndexRecordOption, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocAddress, DocId, Score, SegmentOrdinal, SegmentReader, TantivyDocument, Term};

use crate::SearchError;
use crate::entry::{Entry, What};
use crate::index::{SearchIndex, facet};

/// The longest query accepted, in bytes, and the most words and phrases in it.
pub const MAX_QUERY_BYTES: usize = 1_000;
pub const MAX_CLAUSES: usize = 32;
/// The most results on one page.
pub const MAX_LIMIT: usize = 100;
/// The most terms a prefix stands for, per segment (tantivy takes them in dictionary order, from
/// every entry's terms, hidden ones included; its default is 50, which a two-letter prefix
/// passes at once and which would let hidden entries' terms push visible matches out).
const MAX_PREFIX_TERMS: u32 = 1_000;
/// Characters of text around the matches in a snippet.
const SNIPPET_CHARS: usize = 220;
/// Bytes of text looked at at a time for a snippet.
const SNIPPET_PIECE: usize = 2_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sort {
    #[default]
    Relevance,
    Date,
}

impl Sort {
    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Date => "date",
        }
    }
    pub fn parse(s: &str) -> Option<Sort> {
        [Sort::Relevance, Sort::Date]
            .into_iter()
            .find(|x| x.as_str() == s)
    }
}

/// A search as asked.
#[derive(Debug, Clone, Default)]
pub struct Request {
    pub q: String,
    pub what: Option<What>,
    pub kind: Option<String>,
    pub forum: Option<String>,
    pub theme: Option<String>,
    pub lang: Option<String>,
    pub year_from: Option<i32>,
    pub year_to: Option<i32>,
    pub sort: Sort,
    pub cursor: Option<String>,
    /// 1..=[`MAX_LIMIT`].
    pub limit: usize,
}

/// What a viewer may find, as the access policy decided it for the day of the search.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Readable {
    /// Fora whose participants-only entries the viewer may see.
    pub participants_of: Vec<String>,
    /// Whether confidential entries are visible.
    pub confidential: bool,
    /// Today as `yyyymmdd`: embargoes that ended by then are public.
    pub today: i64,
}

/// What is shown of an entry (kept in the index beside its terms).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shown {
    pub what: What,
    pub id: String,
    pub titles: Vec<(String, String)>,
    pub kind: Option<String>,
    pub fora: Vec<String>,
    pub themes: Vec<String>,
    pub langs: Vec<String>,
    pub date: Option<String>,
}

impl Shown {
    pub fn of(e: &Entry) -> Shown {
        Shown {
            what: e.what.clone(),
            id: e.id.clone(),
            titles: e.titles.clone(),
            kind: e.kind.clone(),
            fora: e.fora.clone(),
            themes: e.themes.clone(),
            langs: e.langs.clone(),
            date: e.date.clone(),
        }
    }

    /// The English title, else the first.
    pub fn title(&self) -> &str {
        self.titles
            .iter()
            .find(|(l, _)| l == "en")
            .or_else(|| self.titles.first())
            .map(|(_, t)| t.as_str())
            .unwrap_or("")
    }
}

/// A piece of a snippet: text, marked when it matched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fragment {
    pub text: String,
    pub mark: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub shown: Shown,
    pub score: f32,
    /// Text around the matches, in pieces; empty when the entry has no text.
    pub snippet: Vec<Fragment>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FacetCount {
    pub value: String,
    pub count: u64,
}

/// Counts per facet value over everything the search matched (all pages).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Facets {
    pub what: Vec<FacetCount>,
    pub kind: Vec<FacetCount>,
    pub forum: Vec<FacetCount>,
    pub year: Vec<FacetCount>,
    pub lang: Vec<FacetCount>,
    pub theme: Vec<FacetCount>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Results {
    pub total: u64,
    pub hits: Vec<Hit>,
    pub facets: Facets,
    /// Where the next page starts; None on the last page.
    pub next_cursor: Option<String>,
}

/// One part of a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Clause {
    Word(String),
    Phrase(String),
    /// `migra*`: words that start so (at least two letters or digits before the star); in
    /// quotes, a phrase whose last word is a prefix (`"non-binding dial*"`).
    Prefix(String),
}

impl Clause {
    pub fn text(&self) -> &str {
        match self {
            Clause::Word(s) | Clause::Phrase(s) | Clause::Prefix(s) => s,
        }
    }
}

/// Splits a query into words, prefixes (`migra*`) and "quoted phrases" (an unclosed quote runs
/// to the end). Pieces without a letter or digit are dropped.
pub fn parse(q: &str) -> Result<Vec<Clause>, SearchError> {
    if q.len() > MAX_QUERY_BYTES {
        return Err(SearchError::Query(format!(
            "the query is longer than {MAX_QUERY_BYTES} bytes"
        )));
    }
    let mut out = Vec::new();
    let useful = |s: &str| s.chars().any(char::is_alphanumeric);
    for (i, part) in q.split('"').enumerate() {
        if i % 2 == 1 {
            let phrase = part.trim();
            let stem = phrase.trim_end_matches('*');
            let last = stem.rsplit(char::is_whitespace).next().unwrap_or("");
            if stem.len() < phrase.len()
                && last.chars().filter(|c| c.is_alphanumeric()).count() >= 2
            {
                // "non-binding dial*": a phrase whose last word is a prefix.
                out.push(Clause::Prefix(stem.to_owned()));
            } else if useful(part) {
                out.push(Clause::Phrase(phrase.to_owned()));
            }
        } else {
            out.extend(part.split_whitespace().filter(|w| useful(w)).map(|w| {
                let stem = w.trim_end_matches('*');
                if stem.len() < w.len() && stem.chars().filter(|c| c.is_alphanumeric()).count() >= 2
                {
                    Clause::Prefix(stem.to_owned())
                } else {
                    Clause::Word(w.to_owned())
                }
            }));
        }
    }
    if out.len() > MAX_CLAUSES {
        return Err(SearchError::Query(format!(
            "the query has more than {MAX_CLAUSES} words and phrases"
        )));
    }
    Ok(out)
}

pub(crate) fn filter(q: Box<dyn Query>) -> (Occur, Box<dyn Query>) {
    (Occur::Must, Box::new(ConstScoreQuery::new(q, 0.0)))
}

fn term_query(field: Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::Basic,
    ))
}

impl SearchIndex {
    /// The query of one word, phrase or prefix: in every language's title (weighted double) and
    /// text, each analysed by that language's analyzer. Words that fall apart into several
    /// terms ("non-binding") and phrases must match in order. A prefix is folded but not
    /// stemmed (a stemmer would cut a part of a word differently) and matches the start of any
    /// term, stems included ("soderk*" finds "Söderköping").
    pub(crate) fn clause_query(&self, clause: &Clause) -> Option<Box<dyn Query>> {
        let mut shoulds: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (lang, title, body) in &self.fields.text {
            let terms = match clause {
                Clause::Prefix(text) => {
                    // The words before the last as the language has them, the last folded.
                    let (head, last) = text.rsplit_once(char::is_whitespace).unwrap_or(("", text));
                    let mut terms = self.analyzers.terms(lang, head);
                    let next = terms.last().map_or(0, |t| t.0 + 1);
                    let tail = self.analyzers.terms("und", last);
                    if tail.is_empty() {
                        continue;
                    }
                    terms.extend(tail.into_iter().map(|(p, t)| (next + p, t)));
                    terms
                }
                Clause::Word(text) | Clause::Phrase(text) => self.analyzers.terms(lang, text),
            };
            let Some(first) = terms.first().map(|t| t.0) else {
                continue;
            };
            for (field, boost) in [(*title, 2.0), (*body, 1.0)] {
                let positioned: Vec<(usize, Term)> = terms
                    .iter()
                    .map(|(p, t)| (p - first, Term::from_field_text(field, t)))
                    .collect();
                let q: Box<dyn Query> = match clause {
                    // Every entry a prefix matches scores the same: tantivy's PhrasePrefixQuery
                    // takes its statistics from the whole index, not from the viewer's (see
                    // `visible.rs`), so its scores could tell of hidden documents.
                    Clause::Prefix(_) => {
                        let mut q = PhrasePrefixQuery::new_with_offset(positioned);
                        q.set_max_expansions(MAX_PREFIX_TERMS);
                        Box::new(ConstScoreQuery::new(Box::new(q), 1.0))
                    }
                    _ if terms.len() == 1 => Box::new(TermQuery::new(
                        Term::from_field_text(field, &terms[0].1),
                        IndexRecordOption::WithFreqs,
                    )),
                    _ => Box::new(PhraseQuery::new_with_offset(positioned)),
                };
                shoulds.push((Occur::Should, Box::new(BoostQuery::new(q, boost))));
            }
        }
        (!shoulds.is_empty()).then(|| Box::new(BooleanQuery::new(shoulds)) as Box<dyn Query>)
    }

    /// The access filter: what the viewer may see, as one clause.
    pub(crate) fn access_query(&self, r: &Readable) -> Box<dyn Query> {
        let f = &self.fields;
        let mut shoulds: Vec<(Occur, Box<dyn Query>)> =
            vec![(Occur::Should, term_query(f.access, "public"))];
        for forum in &r.participants_of {
            shoulds.push((
                Occur::Should,
                term_query(f.access, &format!("participants:{forum}")),
            ));
        }
        if r.confidential {
            shoulds.push((Occur::Should, term_query(f.access, "confidential")));
        }
        shoulds.push((
            Occur::Should,
            Box::new(RangeQuery::new(
                Bound::Unbounded,
                Bound::Included(Term::from_field_i64(f.public_from, r.today)),
            )),
        ));
        Box::new(BooleanQuery::new(shoulds))
    }

    /// Runs a search as a viewer who may see `readable`.
    pub fn search(&self, req: &Request, readable: &Readable) -> Result<Results, SearchError> {
        let f = &self.fields;
        let limit = req.limit.clamp(1, MAX_LIMIT);
        let after = match &req.cursor {
            Some(c) => Some(decode_cursor(c, req.sort)?),
            None => None,
        };
        let clauses = parse(&req.q)?;
        let mut text: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for clause in &clauses {
            if let Some(q) = self.clause_query(clause) {
                text.push((Occur::Must, q));
            }
        }
        let text_query: Option<Box<dyn Query>> =
            (!text.is_empty()).then(|| Box::new(BooleanQuery::new(text)) as Box<dyn Query>);

        let access = self.access_query(readable);
        let mut all: Vec<(Occur, Box<dyn Query>)> = vec![filter(access.box_clone())];
        match &text_query {
            Some(q) => all.push((Occur::Must, q.box_clone())),
            None => all.push(filter(Box::new(AllQuery))),
        }
        let facet_filter = |dimension: &str, value: &str| {
            filter(Box::new(TermQuery::new(
                Term::from_facet(f.facet, &facet(dimension, value)),
                IndexRecordOption::Basic,
            )))
        };
        if let Some(w) = &req.what {
            all.push(facet_filter("what", w.as_str()));
        }
        for (dimension, value) in [
            ("kind", &req.kind),
            ("forum", &req.forum),
            ("theme", &req.theme),
            ("lang", &req.lang),
        ] {
            if let Some(v) = value {
                all.push(facet_filter(dimension, v));
            }
        }
        if req.year_from.is_some() || req.year_to.is_some() {
            let bound = |y: Option<i32>| match y {
                Some(y) => Bound::Included(Term::from_field_i64(f.year, i64::from(y))),
                None => Bound::Unbounded,
            };
            all.push(filter(Box::new(RangeQuery::new(
                bound(req.year_from),
                bound(req.year_to),
            ))));
        }
        let query = BooleanQuery::new(all);

        let mut facets = FacetCollector::for_field("facet");
        for dimension in ["what", "kind", "forum", "year", "lang", "theme"] {
            facets.add_facet(Facet::from_path([dimension]));
        }
        let top = TopAfter {
            limit: limit + 1,
            after,
            by_date: req.sort == Sort::Date,
            scoring: req.sort == Sort::Relevance && text_query.is_some(),
        };
        let searcher = self.reader.searcher();
        // Scores (and the snippets' choice of words) from what this viewer may see, never from
        // the whole index.
        let view = self
            .views
            .of(&searcher, readable, access.as_ref(), &self.totals)?;
        let stats = view.stats(&searcher, &self.totals);
        let (total, counts, mut found) =
            searcher.search_with_statistics_provider(&query, &(Count, facets, top), &stats)?;
        let next_cursor = if found.len() > limit {
            found.truncate(limit);
            found.last().map(|h| encode_cursor(req.sort, h.key, h.tie))
        } else {
            None
        };

        let mut generators: HashMap<Field, (SnippetGenerator, usize)> = HashMap::new();
        let words: Vec<&str> = clauses.iter().map(Clause::text).collect();
        let mut hits = Vec::with_capacity(found.len());
        for h in &found {
            let doc: TantivyDocument = searcher.doc(h.address)?;
            let shown: Shown = doc
                .get_first(f.entry)
                .and_then(|v| v.as_str())
                .and_then(|s| serde_json::from_str(s).ok())
                .ok_or_else(|| SearchError::Corrupt("an entry without its stored record".into()))?;
            let snippet = self.snippet(
                &searcher,
                &stats,
                &doc,
                text_query.as_deref(),
                &words,
                &mut generators,
            )?;
            hits.push(Hit {
                shown,
                score: h.score,
                snippet,
            });
        }

        let dimension = |d: &str| -> Vec<FacetCount> {
            let mut v: Vec<FacetCount> = counts
                .get(Facet::from_path([d]))
                .map(|(facet, count)| FacetCount {
                    value: facet.to_path().last().copied().unwrap_or("").to_owned(),
                    count,
                })
                .collect();
            if d == "year" {
                v.sort_by(|a, b| b.value.cmp(&a.value));
            } else {
                v.sort_by(|a, b| b.count.cmp(&a.count).then(a.value.cmp(&b.value)));
            }
            v
        };
        Ok(Results {
            total: total as u64,
            hits,
            facets: Facets {
                what: dimension("what"),
                kind: dimension("kind"),
                forum: dimension("forum"),
                year: dimension("year"),
                lang: dimension("lang"),
                theme: dimension("theme"),
            },
            next_cursor,
        })
    }

    /// Text around the matches in the entry's text (or title), or the start of its text.
    #[allow(clippy::too_many_arguments)]
    fn snippet(
        &self,
        searcher: &tantivy::Searcher,
        stats: &dyn Bm25StatisticsProvider,
        doc: &TantivyDocument,
        query: Option<&dyn Query>,
        words: &[&str],
        generators: &mut HashMap<Field, (SnippetGenerator, usize)>,
    ) -> Result<Vec<Fragment>, SearchError> {
        let texts: Vec<(Field, &str)> = self
            .fields
            .text
            .iter()
            .flat_map(|(_, _, body)| {
                doc.get_all(*body)
                    .filter_map(|v| v.as_str())
                    .map(move |t| (*body, t))
            })
            .collect();
        if let Some(query) = query {
            for (field, text) in &texts {
                if !generators.contains_key(field) {
                    let g = snippet_generator(searcher, stats, query, *field)?;
                    // How many distinct terms the query has in this field's language.
                    let lang = self
                        .fields
                        .text
                        .iter()
                        .find(|(_, _, body)| body == field)
                        .map_or("und", |(l, _, _)| *l);
                    let wanted = words
                        .iter()
                        .flat_map(|w| self.analyzers.terms(lang, w))
                        .map(|(_, t)| t)
                        .collect::<std::collections::BTreeSet<_>>()
                        .len();
                    generators.insert(*field, (g, wanted));
                }
                // Piece by piece, stopping at the first piece whose best fragment shows every
                // word of the query: analysing all of a long text for every hit would cost more
                // than the search, and the matches are usually early.
                let (generator, wanted) = &generators[field];
                let wanted = *wanted;
                let mut best: Option<(usize, Vec<Fragment>)> = None;
                for piece in pieces(text, SNIPPET_PIECE) {
                    let snippet = generator.snippet(piece);
                    let shown: std::collections::BTreeSet<String> = snippet
                        .highlighted()
                        .iter()
                        .filter_map(|r| snippet.fragment().get(r.clone()))
                        .map(str::to_lowercase)
                        .collect();
                    if shown.is_empty() || best.as_ref().is_some_and(|(n, _)| *n >= shown.len()) {
                        continue;
                    }
                    let done = shown.len() >= wanted;
                    best = Some((
                        shown.len(),
                        fragments(snippet.fragment(), snippet.highlighted()),
                    ));
                    if done {
                        break;
                    }
                }
                if let Some((_, parts)) = best {
                    return Ok(parts);
                }
            }
        }
        Ok(texts
            .first()
            .map(|(_, t)| {
                let lead: String = t.chars().take(SNIPPET_CHARS).collect();
                vec![Fragment {
                    text: lead,
                    mark: false,
                }]
            })
            .unwrap_or_default())
    }
}

/// A snippet generator for one field, as tantivy's `SnippetGenerator::create` makes it (the
/// query's terms in the field, each weighed by how rare it is), but with the viewer's
/// statistics: which words a snippet shows must not depend on hidden documents either.
fn snippet_generator(
    searcher: &tantivy::Searcher,
    stats: &dyn Bm25StatisticsProvider,
    query: &dyn Query,
    field: Field,
) -> tantivy::Result<SnippetGenerator> {
    let mut terms: std::collections::BTreeSet<&Term> = std::collections::BTreeSet::new();
    query.query_terms(&mut |term, _| {
        if term.field() == field {
            terms.insert(term);
        }
    });
    let mut weighed: std::collections::BTreeMap<String, Score> = Default::default();
    for term in terms {
        let value = term.value();
        let Some(text) = value.as_str() else {
            continue;
        };
        let doc_freq = stats.doc_freq(term)?;
        if doc_freq > 0 {
            weighed.insert(text.to_owned(), 1.0 / (1.0 + doc_freq as Score));
        }
    }
    Ok(SnippetGenerator::new(
        weighed,
        searcher.index().tokenizer_for_field(field)?,
        field,
        SNIPPET_CHARS,
    ))
}

/// `text` in pieces of about `size` bytes, cut at white space (a word is never split).
fn pieces(text: &str, size: usize) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        if rest.len() <= size {
            return Some(std::mem::take(&mut rest));
        }
        let mut cut = size;
        while !rest.is_char_boundary(cut) {
            cut += 1;
        }
        let cut = rest[cut..]
            .find(char::is_whitespace)
            .map_or(rest.len(), |i| cut + i);
        let (piece, tail) = rest.split_at(cut);
        rest = tail;
        Some(piece)
    })
}

fn fragments(text: &str, marks: &[std::ops::Range<usize>]) -> Vec<Fragment> {
    let mut out = Vec::new();
    let mut at = 0;
    for m in marks {
        if m.start < at || m.end > text.len() {
            continue;
        }
        if m.start > at {
            out.push(Fragment {
                text: text[at..m.start].to_owned(),
                mark: false,
            });
        }
        out.push(Fragment {
            text: text[m.start..m.end].to_owned(),
            mark: true,
        });
        at = m.end;
    }
    if at < text.len() {
        out.push(Fragment {
            text: text[at..].to_owned(),
            mark: false,
        });
    }
    out
}

/// A cursor: the sort, then the last hit's sort key and tie-breaker, in hex.
fn encode_cursor(sort: Sort, key: u64, tie: u64) -> String {
    let s = match sort {
        Sort::Relevance => 'r',
        Sort::Date => 'd',
    };
    format!("{s}{key:016x}{tie:016x}")
}

fn decode_cursor(c: &str, sort: Sort) -> Result<(u64, u64), SearchError> {
    let expected = match sort {
        Sort::Relevance => "r",
        Sort::Date => "d",
    };
    let ok = c.len() == 33 && c.is_ascii() && c.starts_with(expected);
    if !ok {
        return Err(SearchError::Cursor);
    }
    let key = u64::from_str_radix(&c[1..17], 16).map_err(|_| SearchError::Cursor)?;
    let tie = u64::from_str_radix(&c[17..], 16).map_err(|_| SearchError::Cursor)?;
    Ok((key, tie))
}

/// One hit as collected: its sort key (higher first), tie-breaker and address.
#[derive(Debug, Clone, Copy)]
struct Found {
    key: u64,
    tie: u64,
    score: Score,
    address: DocAddress,
}

/// The best `limit` hits that come after a cursor: paging by position in the order, not by
/// offset, so a deep page costs what the first one does.
struct TopAfter {
    limit: usize,
    after: Option<(u64, u64)>,
    by_date: bool,
    scoring: bool,
}

struct TopAfterSegment {
    limit: usize,
    after: Option<(u64, u64)>,
    by_date: bool,
    segment: SegmentOrdinal,
    ord: Column<u64>,
    date: Column<i64>,
    heap: std::collections::BinaryHeap<std::cmp::Reverse<(u64, u64, DocId, u32)>>,
}

impl Collector for TopAfter {
    type Fruit = Vec<Found>;
    type Child = TopAfterSegment;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<TopAfterSegment> {
        Ok(TopAfterSegment {
            limit: self.limit,
            after: self.after,
            by_date: self.by_date,
            segment,
            ord: reader.fast_fields().u64("ord")?,
            date: reader.fast_fields().i64("date")?,
            heap: std::collections::BinaryHeap::with_capacity(self.limit + 1),
        })
    }

    fn requires_scoring(&self) -> bool {
        self.scoring
    }

    fn merge_fruits(&self, fruits: Vec<Vec<Found>>) -> tantivy::Result<Vec<Found>> {
        let mut all: Vec<Found> = fruits.into_iter().flatten().collect();
        all.sort_by_key(|f| std::cmp::Reverse((f.key, f.tie)));
        all.truncate(self.limit);
        Ok(all)
    }
}

impl SegmentCollector for TopAfterSegment {
    type Fruit = Vec<Found>;

    fn collect(&mut self, doc: DocId, score: Score) {
        let key = if self.by_date {
            // Order-preserving from i64 to u64.
            (self.date.first(doc).unwrap_or(0) as u64) ^ (1 << 63)
        } else {
            u64::from(score.max(0.0).to_bits())
        };
        let tie = self.ord.first(doc).unwrap_or(0);
        if self.after.is_some_and(|a| (key, tie) >= a) {
            return;
        }
        if self.heap.len() == self.limit {
            match self.heap.peek() {
                Some(std::cmp::Reverse(worst)) if (key, tie) <= (worst.0, worst.1) => return,
                _ => {}
            }
        }
        self.heap
            .push(std::cmp::Reverse((key, tie, doc, score.to_bits())));
        if self.heap.len() > self.limit {
            self.heap.pop();
        }
    }

    fn harvest(self) -> Vec<Found> {
        let segment = self.segment;
        self.heap
            .into_iter()
            .map(|std::cmp::Reverse((key, tie, doc, score))| Found {
                key,
                tie,
                score: f32::from_bits(score),
                address: DocAddress::new(segment, doc),
            })
            .collect()
    }
}
