//! How text becomes terms, per language. en, fr, es, ar and ru get a stemmer (and stop words where
//! tantivy has a list: not for Arabic); every other language, Chinese included, goes through the
//! fallback: words for scripts that separate them, overlapping pairs of characters for Chinese,
//! Japanese and Korean. English spells British words the American way before stemming
//! (spelling.rs: "fertilisation" finds "fertilization"). All fold case and accents (after stop words, whose lists are accented,
//! and before stemming, so that the stemmer sees the same word either way): "fernandez" finds
//! "Fernández", "soderkoping" finds "Söderköping", "mobilite" finds "mobilité".
//!
//! An analyzer works in two steps: it cuts a text into raw tokens (runs of letters and digits, or
//! pairs of CJK characters), then finishes each raw token into its term (or none: a stop word, a
//! token too long) with a chain of tantivy filters. The finished term depends on the raw token
//! alone, so analyzers remember the terms of the raw tokens they have seen: in a corpus most
//! tokens are words seen before, and finishing one (lower case, fold, stem) costs far more than
//! looking it up. An analyzer first uses a map that its language's analyzers share behind a lock
//! (the analyzers of a query's snippets live for one query), then, once it has gone through
//! [`WARM_UP`] bytes (indexing), a map of its own.

use rustc_hash::FxHashMap;
use tantivy::Index;
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, Stemmer, StopWordFilter,
    TextAnalyzer, Token, TokenStream, Tokenizer,
};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The languages with an analyzer of their own, and `und` (the fallback for all others).
pub const FIELD_LANGS: [&str; 6] = ["en", "fr", "es", "ar", "ru", "und"];

/// The field language a text in `lang` is indexed under.
pub fn field_lang(lang: &str) -> &'static str {
    FIELD_LANGS
        .iter()
        .copied()
        .find(|l| *l == lang && *l != "und")
        .unwrap_or("und")
}

/// The tokenizer name registered for a field language.
pub fn tokenizer_name(field_lang: &str) -> String {
    format!("agora_{field_lang}")
}

/// Tokens longer than this (in bytes, once finished for `und`) are dropped.
const LONGEST: usize = 48;

/// Raw tokens remembered by one analyzer before it forgets them all and starts again ...
const REMEMBERED: usize = 200_000;
/// ... and by the map a language's analyzers share (kept as long as the server runs: ~5 MB).
const REMEMBERED_SHARED: usize = 50_000;

/// Bytes of text an analyzer goes through before it remembers terms itself: one that analyses
/// the text of a query's snippets lives for one query and would pay for filling a map of its own
/// more than it gains (it uses the map its language shares, behind a lock); one that indexes a
/// segment goes through hundreds of megabytes, and a lock taken for each token would cost more
/// than a map of its own.
const WARM_UP: usize = 64 * 1024;

/// Raw token → its term, `None` when it has none.
type TermMap = FxHashMap<Box<str>, Option<Box<str>>>;

/// What a field language's analyzers share while they warm up: the map of raw tokens to terms
/// (snippets and queries see the same common words again and again).
type Shared = std::sync::Arc<std::sync::RwLock<TermMap>>;

/// The analyzers of one index, owned by it: per field language, the map its analyzers share
/// while they warm up, and the plain chain queries are analysed with (a stop-word filter makes
/// its word set when built, and queries analyse every word in every language).
pub struct Analyzers {
    shared: Vec<Shared>,
    plain: Vec<TextAnalyzer>,
}

impl Default for Analyzers {
    fn default() -> Analyzers {
        Analyzers {
            shared: FIELD_LANGS.iter().map(|_| Default::default()).collect(),
            plain: FIELD_LANGS.iter().map(|l| plain(l)).collect(),
        }
    }
}

impl Analyzers {
    /// The position of a field language (`und` for any other).
    fn at(field_lang: &str) -> usize {
        FIELD_LANGS
            .iter()
            .position(|l| *l == field_lang)
            .unwrap_or(FIELD_LANGS.len() - 1)
    }

    fn shared(&self, field_lang: &str) -> Shared {
        self.shared[Self::at(field_lang)].clone()
    }

    /// The analyzer of a field language.
    pub fn analyzer(&self, field_lang: &str) -> TextAnalyzer {
        TextAnalyzer::from(Analyzer::new(field_lang, self.shared(field_lang)))
    }

    /// Registers every analyzer with the index.
    pub fn register(&self, index: &Index) {
        for lang in FIELD_LANGS {
            index
                .tokenizers()
                .register(&tokenizer_name(lang), self.analyzer(lang));
        }
    }

    /// The terms of `text` under a field language's analyzer, with their positions. A query is
    /// far shorter than an analyzer's warm-up: the plain chain is all it needs.
    pub fn terms(&self, field_lang: &str, text: &str) -> Vec<(usize, String)> {
        let mut analyzer = self.plain[Self::at(field_lang)].clone();
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            let token = stream.token();
            out.push((token.position, token.text.clone()));
        }
        out
    }
}

/// How a text is cut into raw tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cut {
    /// Runs of letters and digits (`char::is_alphanumeric`), as tantivy's `SimpleTokenizer`.
    Words,
    /// Runs of letters and digits outside CJK; runs of CJK characters as overlapping pairs.
    WordsAndPairs,
}

/// A tokenizer of raw tokens: the text's cut (or, without one, the whole text as one token),
/// with combining marks removed and case lowered first when `unmarked`.
#[derive(Clone)]
struct Raw {
    cut: Option<Cut>,
    unmarked: bool,
    spans: Vec<(usize, usize)>,
    token: Token,
}

impl Raw {
    fn new(cut: Option<Cut>, unmarked: bool) -> Raw {
        Raw {
            cut,
            unmarked,
            spans: Vec::new(),
            token: Token::default(),
        }
    }
}

pub struct RawStream<'a> {
    text: &'a str,
    spans: &'a [(usize, usize)],
    next: usize,
    unmarked: bool,
    token: &'a mut Token,
}

impl TokenStream for RawStream<'_> {
    fn advance(&mut self) -> bool {
        let Some(&(from, to)) = self.spans.get(self.next) else {
            return false;
        };
        self.token.position = self.next;
        self.next += 1;
        self.token.offset_from = from;
        self.token.offset_to = to;
        self.token.position_length = 1;
        self.token.text.clear();
        let raw = &self.text[from..to];
        if self.unmarked {
            self.token.text.push_str(&without_marks(raw));
        } else {
            self.token.text.push_str(raw);
        }
        true
    }
    fn token(&self) -> &Token {
        self.token
    }
    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

impl Tokenizer for Raw {
    type TokenStream<'a> = RawStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> RawStream<'a> {
        match self.cut {
            Some(how) => cut(how, text, &mut self.spans),
            None => {
                self.spans.clear();
                self.spans.push((0, text.len()));
            }
        }
        self.token.reset();
        RawStream {
            text,
            spans: &self.spans,
            next: 0,
            unmarked: self.unmarked,
            token: &mut self.token,
        }
    }
}

/// The raw tokens of `raw` finished with a field language's filters.
fn chain<T: Tokenizer>(raw: T, field_lang: &str) -> TextAnalyzer {
    let stemmed = |language: Language, stop_words: bool| {
        let builder = TextAnalyzer::builder(raw.clone())
            .filter(RemoveLongFilter::limit(LONGEST))
            .filter(LowerCaser)
            .dynamic();
        let builder = match StopWordFilter::new(language).filter(|_| stop_words) {
            Some(stop) => builder.filter_dynamic(stop),
            None => builder,
        };
        let builder = builder.filter_dynamic(AsciiFoldingFilter);
        // One spelling of English words written two ways, before the stemmer sees them.
        let builder = if language == Language::English {
            builder.filter_dynamic(crate::spelling::AmericanSpelling)
        } else {
            builder
        };
        builder.filter_dynamic(Stemmer::new(language)).build()
    };
    match field_lang {
        "en" => stemmed(Language::English, true),
        "fr" => stemmed(Language::French, true),
        "es" => stemmed(Language::Spanish, true),
        "ar" => stemmed(Language::Arabic, false),
        "ru" => stemmed(Language::Russian, true),
        _ => TextAnalyzer::builder(raw)
            .filter(RemoveLongFilter::limit(LONGEST))
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter)
            .build(),
    }
}

/// A field language's analyzer: cuts, finishes, and (once warmed up) remembers what each raw
/// token became.
#[derive(Clone)]
pub struct Analyzer {
    cut: Cut,
    /// The chain over one raw token.
    finish: TextAnalyzer,
    /// The terms of the raw tokens seen, once warmed up ...
    terms: TermMap,
    /// ... and until then, those its language's analyzers share.
    shared: Shared,
    /// Bytes analysed so far (up to [`WARM_UP`]).
    analysed: usize,
    /// The raw tokens of the text being analysed: (from, to) byte offsets.
    spans: Vec<(usize, usize)>,
    token: Token,
}

impl Analyzer {
    fn new(field_lang: &str, shared: Shared) -> Analyzer {
        let (cut, unmarked) = cut_of(field_lang);
        Analyzer {
            cut,
            finish: chain(Raw::new(None, unmarked), field_lang),
            terms: FxHashMap::default(),
            shared,
            analysed: 0,
            spans: Vec::new(),
            token: Token::default(),
        }
    }
}

/// How a field language's text is cut, and whether marks go and case is lowered first.
fn cut_of(field_lang: &str) -> (Cut, bool) {
    match field_lang {
        "en" | "fr" | "es" | "ar" | "ru" => (Cut::Words, false),
        _ => (Cut::WordsAndPairs, true),
    }
}

/// The whole chain of a field language over a text, remembering nothing.
fn plain(field_lang: &str) -> TextAnalyzer {
    let (cut, unmarked) = cut_of(field_lang);
    chain(Raw::new(Some(cut), unmarked), field_lang)
}

/// The term `finish` makes of one raw token, if any.
fn finish_one(finish: &mut TextAnalyzer, raw: &str) -> Option<Box<str>> {
    let mut stream = finish.token_stream(raw);
    stream
        .advance()
        .then(|| stream.token().text.as_str().into())
}

/// `char::is_alphanumeric`, answered first for the common letters of the UN languages'
/// scripts (which the standard library looks up in a table).
fn alphanumeric(c: char) -> bool {
    matches!(c as u32,
        0x0410..=0x044F         // Cyrillic А-я
        | 0x0621..=0x063A       // Arabic letters
        | 0x0641..=0x064A
        | 0x4E00..=0x9FFF)      // CJK unified ideographs
        || c.is_alphanumeric()
}

/// What a character is to [`cut`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Part of a word: a letter or digit.
    Word,
    /// A CJK character (when cutting pairs).
    Cjk,
    Other,
}

/// The raw tokens of `text`, as (from, to) byte offsets, into `spans`. ASCII is classed byte
/// by byte; only other characters are decoded.
fn cut(how: Cut, text: &str, spans: &mut Vec<(usize, usize)>) {
    spans.clear();
    let bytes = text.as_bytes();
    let pairs = how == Cut::WordsAndPairs;
    // The class of the character at `i` (a character boundary), and where the next one starts.
    let class_at = |i: usize| -> (Class, usize) {
        let b = bytes[i];
        if b < 0x80 {
            let class = if b.is_ascii_alphanumeric() {
                Class::Word
            } else {
                Class::Other
            };
            return (class, i + 1);
        }
        let c = text[i..].chars().next().expect("a character starts here");
        let class = if pairs && is_cjk(c) {
            Class::Cjk
        } else if alphanumeric(c) {
            Class::Word
        } else {
            Class::Other
        };
        (class, i + c.len_utf8())
    };
    let mut i = 0;
    while i < bytes.len() {
        let (class, next) = class_at(i);
        match class {
            Class::Other => i = next,
            Class::Word => {
                let from = i;
                i = next;
                while i < bytes.len() {
                    let (class, next) = class_at(i);
                    if class != Class::Word {
                        break;
                    }
                    i = next;
                }
                spans.push((from, i));
            }
            Class::Cjk => {
                // A run of CJK characters: each pair of neighbours, or the character alone.
                // `pair` starts the pair being made, `second` is its second character once seen.
                let (mut pair, mut second) = (i, None);
                i = next;
                while i < bytes.len() {
                    let (class, next) = class_at(i);
                    if class != Class::Cjk {
                        break;
                    }
                    if let Some(s) = second {
                        spans.push((pair, i));
                        pair = s;
                    }
                    second = Some(i);
                    i = next;
                }
                spans.push((pair, i));
            }
        }
    }
}

/// Where a token stream finds the terms of raw tokens it has seen.
enum Terms<'a> {
    Own(&'a mut TermMap),
    Shared(&'a std::sync::RwLock<TermMap>),
}

/// A token stream of an [`Analyzer`]: raw tokens finished once, then remembered.
pub struct AnalyzerStream<'a> {
    text: &'a str,
    spans: &'a [(usize, usize)],
    next: usize,
    finish: &'a mut TextAnalyzer,
    terms: Terms<'a>,
    token: &'a mut Token,
}

/// `term` as the token's text; whether there is one.
fn put(token: &mut Token, term: Option<&str>) -> bool {
    let Some(term) = term else {
        return false;
    };
    token.text.clear();
    token.text.push_str(term);
    true
}

/// `term` remembered as the term of `raw` (forgetting everything when the map holds `most`).
fn remember<'m>(
    terms: &'m mut TermMap,
    most: usize,
    raw: &str,
    term: Option<Box<str>>,
) -> &'m Option<Box<str>> {
    if terms.len() >= most {
        terms.clear();
    }
    terms.entry(raw.into()).or_insert(term)
}

impl TokenStream for AnalyzerStream<'_> {
    fn advance(&mut self) -> bool {
        while let Some(&(from, to)) = self.spans.get(self.next) {
            let position = self.next;
            self.next += 1;
            let raw = &self.text[from..to];
            let found = match &mut self.terms {
                Terms::Own(terms) => match terms.get(raw) {
                    Some(term) => put(self.token, term.as_deref()),
                    None => {
                        let term = finish_one(self.finish, raw);
                        put(
                            self.token,
                            remember(terms, REMEMBERED, raw, term).as_deref(),
                        )
                    }
                },
                Terms::Shared(lock) => {
                    let seen = lock
                        .read()
                        .unwrap_or_else(|p| p.into_inner())
                        .get(raw)
                        .map(|term| put(self.token, term.as_deref()));
                    match seen {
                        Some(found) => found,
                        None => {
                            let term = finish_one(self.finish, raw);
                            let mut terms = lock.write().unwrap_or_else(|p| p.into_inner());
                            put(
                                self.token,
                                remember(&mut terms, REMEMBERED_SHARED, raw, term).as_deref(),
                            )
                        }
                    }
                }
            };
            if found {
                self.token.offset_from = from;
                self.token.offset_to = to;
                self.token.position = position;
                self.token.position_length = 1;
                return true;
            }
        }
        false
    }
    fn token(&self) -> &Token {
        self.token
    }
    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

impl Tokenizer for Analyzer {
    type TokenStream<'a> = AnalyzerStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> AnalyzerStream<'a> {
        let terms = if self.analysed < WARM_UP {
            self.analysed += text.len();
            Terms::Shared(&self.shared)
        } else {
            Terms::Own(&mut self.terms)
        };
        cut(self.cut, text, &mut self.spans);
        self.token.reset();
        AnalyzerStream {
            text,
            spans: &self.spans,
            next: 0,
            finish: &mut self.finish,
            terms,
            token: &mut self.token,
        }
    }
}

/// Chinese, Japanese and Korean characters: written without spaces between words.
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF      // Hiragana, Katakana
        | 0x3400..=0x4DBF    // CJK extension A
        | 0x4E00..=0x9FFF    // CJK unified ideographs
        | 0xAC00..=0xD7AF    // Hangul syllables
        | 0xF900..=0xFAFF    // CJK compatibility ideographs
        | 0x20000..=0x2EBEF) // CJK extensions B-F
}

/// Lower case without combining marks (accents in any script: "Ελλάδα" becomes "ελλαδα").
fn without_marks(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.to_lowercase()
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .nfc()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(lang: &str, text: &str) -> Vec<String> {
        terms(lang, text).into_iter().map(|(_, t)| t).collect()
    }

    fn terms(lang: &str, text: &str) -> Vec<(usize, String)> {
        Analyzers::default().terms(lang, text)
    }

    #[test]
    fn accents_fold_before_stemming() {
        assert_eq!(texts("en", "Söderköping"), texts("en", "soderkoping"));
        assert_eq!(texts("en", "Fernández"), texts("en", "fernandez"));
        assert_eq!(texts("fr", "déplacements"), texts("fr", "deplacement"));
        assert_eq!(texts("es", "migración"), texts("es", "migracion"));
        assert_eq!(texts("fr", "mobilité"), texts("fr", "mobilite"));
    }

    #[test]
    fn english_words_spelt_two_ways_are_one_term() {
        for (uk, us) in [
            ("cross-fertilisation", "cross-fertilization"),
            ("Labour migration", "labor migration"),
            ("the Centre", "the center"),
            ("Dialogues", "dialogs"),
            ("organised", "organized"),
        ] {
            assert_eq!(texts("en", uk), texts("en", us), "{uk}");
        }
        // Other languages keep their own words.
        assert_ne!(texts("fr", "centre"), texts("fr", "center"));
    }

    #[test]
    fn stemmers_and_stop_words() {
        assert_eq!(texts("en", "the migrants"), vec!["migrant"]);
        assert_eq!(texts("en", "migrant"), vec!["migrant"]);
        assert_eq!(texts("fr", "les migrations"), texts("fr", "migration"));
        assert_eq!(texts("ru", "мигрантов"), texts("ru", "мигранты"));
        assert!(!texts("ar", "المهاجرين").is_empty());
        // Stop words keep their place: a phrase around one still lines up.
        let positions: Vec<usize> = terms("en", "dialogue into action")
            .iter()
            .map(|t| t.0)
            .collect();
        assert_eq!(positions, vec![0, 2]);
    }

    fn all(mut stream: impl TokenStream) -> Vec<(usize, usize, usize, String)> {
        let mut out = Vec::new();
        while stream.advance() {
            let t = stream.token();
            out.push((t.position, t.offset_from, t.offset_to, t.text.clone()));
        }
        out
    }

    #[test]
    fn remembered_terms_are_the_terms_tantivys_chain_makes() {
        let text = "The Söderköping Process: les États membres, el diálogo no vinculante, \
            المهاجرين والهجرة, мигрантов и беженцев — THE the The; 2009-11-04 x1 \
            ab_cd Fernández FERNÁNDEZ naïve 移民问题 Ελλάδα e\u{301}té \
            aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa \
            ééééééééééééééééééééééé ñ the dialogue into action";
        let analyzers = Analyzers::default();
        for lang in ["en", "fr", "es", "ar", "ru"] {
            let mut ours = Analyzer::new(lang, analyzers.shared(lang));
            // tantivy's own tokenizer with the same filters, nothing remembered.
            let mut theirs = chain(tantivy::tokenizer::SimpleTokenizer::default(), lang);
            let expected = all(theirs.token_stream(text));
            assert!(expected.len() > 20, "{lang}: {expected:?}");
            // Before the analyzer remembers, while it starts to, and once it has.
            for round in 0..(WARM_UP / text.len() + 3) {
                assert_eq!(
                    all(ours.token_stream(text)),
                    expected,
                    "{lang}, round {round}"
                );
            }
            assert!(!ours.terms.is_empty(), "{lang}: nothing remembered");
            // While it warmed up, it used (and filled) the map its language shares.
            assert!(
                analyzers
                    .shared(lang)
                    .read()
                    .unwrap()
                    .contains_key("dialogue"),
                "{lang}: nothing shared"
            );
        }
        let mut und = Analyzer::new("und", analyzers.shared("und"));
        let first = all(und.token_stream(text));
        for _ in 0..(WARM_UP / text.len() + 3) {
            assert_eq!(all(und.token_stream(text)), first);
        }
        assert!(!und.terms.is_empty());
        assert!(first.iter().any(|t| t.3 == "soderkoping"));
        assert!(first.iter().any(|t| t.3 == "ελλαδα"));
        assert!(!first.iter().any(|t| t.3.starts_with("aaaa")));
    }

    #[test]
    fn cutting_byte_by_byte_gives_what_cutting_character_by_character_gives() {
        // The cut as it was first written, one decoded character at a time.
        fn by_character(how: Cut, text: &str, spans: &mut Vec<(usize, usize)>) {
            spans.clear();
            let mut chars = text.char_indices().peekable();
            while let Some((from, c)) = chars.next() {
                if how == Cut::WordsAndPairs && is_cjk(c) {
                    // A run of CJK characters: each pair of neighbours, or the character alone. `pair`
                    // starts the pair being made, `second` is its second character once seen.
                    let (mut pair, mut second) = (from, None);
                    while let Some((o, _)) = chars.next_if(|(_, c)| is_cjk(*c)) {
                        if let Some(s) = second {
                            spans.push((pair, o));
                            pair = s;
                        }
                        second = Some(o);
                    }
                    spans.push((pair, chars.peek().map_or(text.len(), |(o, _)| *o)));
                } else if alphanumeric(c) {
                    while chars
                        .next_if(|(_, c)| {
                            alphanumeric(*c) && !(how == Cut::WordsAndPairs && is_cjk(*c))
                        })
                        .is_some()
                    {}
                    let end = chars.peek().map_or(text.len(), |(o, _)| *o);
                    spans.push((from, end));
                }
            }
        }
        let alphabet: Vec<char> =
            "aZ09 ,.-_'\né\u{301}ß Жж ع ٣ 移民问 ひカ 한 \u{20000}\u{2ebef}\u{3400}\u{f900} ¹½ \u{1f600}\u{a0}\t"
                .chars()
                .collect();
        let mut x = 0x2545_f491_4f6c_dd1du64;
        let (mut ours, mut theirs) = (Vec::new(), Vec::new());
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let text: String = (0..x % 24)
                .map(|k| alphabet[((x >> (k % 50)) as usize + k as usize * 7) % alphabet.len()])
                .collect();
            for how in [Cut::Words, Cut::WordsAndPairs] {
                cut(how, &text, &mut ours);
                by_character(how, &text, &mut theirs);
                assert_eq!(ours, theirs, "{how:?} {text:?}");
            }
        }
    }

    #[test]
    fn a_full_map_forgets_everything_and_starts_again() {
        let mut terms = TermMap::default();
        for raw in ["a", "b", "c"] {
            remember(&mut terms, 3, raw, Some(raw.into()));
        }
        assert_eq!(terms.len(), 3);
        assert_eq!(remember(&mut terms, 3, "d", None), &None);
        assert_eq!(terms.len(), 1);
        assert!(terms.contains_key("d"));
    }

    #[test]
    fn the_common_letters_are_letters() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn chinese_becomes_overlapping_pairs_and_other_scripts_words() {
        assert_eq!(texts("und", "移民问题"), vec!["移民", "民问", "问题"]);
        assert_eq!(texts("und", "国"), vec!["国"]);
        assert_eq!(
            texts("und", "Ελλάδα και 移民 x"),
            vec!["ελλαδα", "και", "移民", "x"]
        );
        assert_eq!(field_lang("zh"), "und");
        assert_eq!(field_lang("fr"), "fr");
        assert_eq!(field_lang("und"), "und");
    }
}
