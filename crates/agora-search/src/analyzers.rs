//! How text becomes terms, per language. en, fr, es, ar and ru get a stemmer (and stop words where
//! tantivy has a list: not for Arabic); every other language, Chinese included, goes through the
//! fallback: words for scripts that separate them, overlapping pairs of characters for Chinese,
//! Japanese and Korean. All fold case and accents (after stop words, whose lists are accented,
//! and before stemming, so that the stemmer sees the same word either way): "fernandez" finds
//! "Fernández", "soderkoping" finds "Söderköping", "mobilite" finds "mobilité".

use tantivy::Index;
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    StopWordFilter, TextAnalyzer, Token, TokenStream, Tokenizer,
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

fn stemming(language: Language, stop_words: bool) -> TextAnalyzer {
    let builder = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(48))
        .filter(LowerCaser)
        .dynamic();
    let builder = match StopWordFilter::new(language).filter(|_| stop_words) {
        Some(stop) => builder.filter_dynamic(stop),
        None => builder,
    };
    builder
        .filter_dynamic(AsciiFoldingFilter)
        .filter_dynamic(Stemmer::new(language))
        .build()
}

/// The analyzer of a field language.
pub fn analyzer(field_lang: &str) -> TextAnalyzer {
    match field_lang {
        "en" => stemming(Language::English, true),
        "fr" => stemming(Language::French, true),
        "es" => stemming(Language::Spanish, true),
        "ar" => stemming(Language::Arabic, false),
        "ru" => stemming(Language::Russian, true),
        _ => TextAnalyzer::builder(WordsAndPairs)
            .filter(RemoveLongFilter::limit(48))
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter)
            .build(),
    }
}

/// Registers every analyzer with the index.
pub fn register(index: &Index) {
    for lang in FIELD_LANGS {
        index
            .tokenizers()
            .register(&tokenizer_name(lang), analyzer(lang));
    }
}

/// The terms of `text` under a field language's analyzer, with their positions.
pub fn terms(field_lang: &str, text: &str) -> Vec<(usize, String)> {
    // Built once: a stop-word filter makes its word set when built, and queries analyse every
    // word in every language.
    static BUILT: std::sync::OnceLock<Vec<(&'static str, TextAnalyzer)>> =
        std::sync::OnceLock::new();
    let built = BUILT.get_or_init(|| FIELD_LANGS.iter().map(|l| (*l, analyzer(l))).collect());
    let mut analyzer = built
        .iter()
        .find(|(l, _)| *l == field_lang)
        .map_or_else(|| analyzer("und"), |(_, a)| a.clone());
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while let Some(token) = stream.next() {
        out.push((token.position, token.text.clone()));
    }
    out
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

/// The fallback tokenizer (which also folds case and accents): runs of letters and digits are words; runs of CJK characters become
/// overlapping pairs (a lone character stays itself), each one position after the last, so a
/// phrase of Chinese matches as a phrase.
#[derive(Clone, Default)]
pub struct WordsAndPairs;

pub struct VecTokenStream {
    tokens: Vec<Token>,
    next: usize,
}

impl TokenStream for VecTokenStream {
    fn advance(&mut self) -> bool {
        self.next += 1;
        self.next <= self.tokens.len()
    }
    fn token(&self) -> &Token {
        &self.tokens[self.next - 1]
    }
    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.next - 1]
    }
}

impl Tokenizer for WordsAndPairs {
    type TokenStream<'a> = VecTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> VecTokenStream {
        let mut tokens = Vec::new();
        let mut push = |from: usize, to: usize| {
            let position = tokens.len();
            tokens.push(Token {
                offset_from: from,
                offset_to: to,
                position,
                text: without_marks(&text[from..to]),
                position_length: 1,
            });
        };
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let end_of = |i: usize| chars.get(i + 1).map_or(text.len(), |(o, _)| *o);
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i].1;
            if is_cjk(c) {
                let start = i;
                while i < chars.len() && is_cjk(chars[i].1) {
                    i += 1;
                }
                if i - start == 1 {
                    push(chars[start].0, end_of(start));
                } else {
                    for (j, (offset, _)) in chars.iter().enumerate().take(i - 1).skip(start) {
                        push(*offset, end_of(j + 1));
                    }
                }
            } else if c.is_alphanumeric() {
                let start = i;
                while i < chars.len() && chars[i].1.is_alphanumeric() && !is_cjk(chars[i].1) {
                    i += 1;
                }
                push(chars[start].0, end_of(i - 1));
            } else {
                i += 1;
            }
        }
        VecTokenStream { tokens, next: 0 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(lang: &str, text: &str) -> Vec<String> {
        terms(lang, text).into_iter().map(|(_, t)| t).collect()
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
