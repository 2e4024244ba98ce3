//! One spelling for English words written two ways: British spellings become American ones
//! before stemming, in the index and in queries alike, so that "cross-fertilisation" finds
//! "cross-fertilization", "labour" finds "labor" and "centre" finds "center".
//!
//! The rules go by endings (-isation, -ise, -yse, -our, -tre, -bre, -ogue) with a length
//! threshold that keeps short words apart ("rise", "four", "hour", "vogue" stay as they are), and
//! a short list for words no ending rule catches (defence, programme, travelled). A rule that also
//! rewrites a word with no British spelling does no harm so long as the word it makes is not
//! another word: both sides of a search are rewritten the same way.

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// Words no ending rule catches, British → American (their -s, -d and -ing forms follow).
const WORDS: &[(&str, &str)] = &[
    ("defence", "defense"),
    ("offence", "offense"),
    ("licence", "license"),
    ("pretence", "pretense"),
    ("programme", "program"),
    ("programmes", "programs"),
    ("practise", "practice"),
    ("practised", "practiced"),
    ("practises", "practices"),
    ("practising", "practicing"),
    ("ageing", "aging"),
    ("judgement", "judgment"),
    ("judgements", "judgments"),
    ("acknowledgement", "acknowledgment"),
    ("acknowledgements", "acknowledgments"),
    ("enrolment", "enrollment"),
    ("enrolments", "enrollments"),
    ("fulfil", "fulfill"),
    ("fulfilment", "fulfillment"),
    ("grey", "gray"),
    ("cheque", "check"),
];

/// Words whose final -l doubles before -ed, -ing and -er in British spelling only.
const DOUBLED_L: &[&str] = &[
    "travel", "label", "model", "cancel", "counsel", "fuel", "level", "signal", "total", "channel",
    "marshal", "tunnel", "dial", "equal", "rival", "pencil",
];

/// Endings after "-our" that keep the word British ("labours", "favourite", "honourable").
const AFTER_OUR: &[&str] = &[
    "", "s", "ed", "ing", "er", "ers", "ite", "ites", "able", "ably", "ful", "less", "ist", "ists",
    "al",
];

/// The American spelling of a lower-case word, or None when it has no other spelling.
pub fn american(word: &str) -> Option<String> {
    if !word.is_ascii() {
        return None;
    }
    if let Some((_, us)) = WORDS.iter().find(|(uk, _)| *uk == word) {
        return Some((*us).to_owned());
    }
    // organisation, civilisations, regularisation
    if let Some(at) = word.find("isation")
        && at >= 2
    {
        return Some(format!("{}ization{}", &word[..at], &word[at + 7..]));
    }
    // organise, recognised, prioritises, mobilising, organiser
    for (uk, us) in [
        ("ise", "ize"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("ising", "izing"),
        ("iser", "izer"),
        ("isers", "izers"),
    ] {
        // The base word decides, six letters or more ("organise"; not "raise", so neither
        // "raised" nor "raising").
        if let Some(stem) = word.strip_suffix(uk)
            && stem.len() >= 3
        {
            return Some(format!("{stem}{us}"));
        }
    }
    // analyse, paralysed
    for (uk, us) in [
        ("yse", "yze"),
        ("ysed", "yzed"),
        ("yses", "yzes"),
        ("ysing", "yzing"),
    ] {
        if let Some(stem) = word.strip_suffix(uk)
            && stem.len() >= 3
        {
            return Some(format!("{stem}{us}"));
        }
    }
    // travelled, labelling, modeller
    for (uk, us) in [
        ("lled", "led"),
        ("lling", "ling"),
        ("ller", "ler"),
        ("llers", "lers"),
    ] {
        if let Some(stem) = word.strip_suffix(uk)
            && DOUBLED_L.contains(&format!("{stem}l").as_str())
        {
            return Some(format!("{stem}{us}"));
        }
    }
    // labour, colours, favourite, honourable: three letters or more before "our" ("four",
    // "hour", "your", "tours", "flour" stay).
    if let Some(at) = word.rfind("our")
        && at >= 3
        && AFTER_OUR.contains(&&word[at + 3..])
    {
        return Some(format!("{}or{}", &word[..at], &word[at + 3..]));
    }
    // centre, theatres, metre, centred, fibre, calibre
    for (uk, us) in [
        ("tre", "ter"),
        ("tres", "ters"),
        ("tred", "tered"),
        ("bre", "ber"),
        ("bres", "bers"),
    ] {
        if let Some(stem) = word.strip_suffix(uk)
            && stem.len() >= 2
        {
            return Some(format!("{stem}{us}"));
        }
    }
    // dialogue, catalogues, analogue: three letters or more before "ogue" ("vogue", "rogue" stay).
    for (uk, us) in [("ogue", "og"), ("ogues", "ogs")] {
        if let Some(stem) = word.strip_suffix(uk)
            && stem.len() >= 3
        {
            return Some(format!("{stem}{us}"));
        }
    }
    None
}

/// The token filter that writes each token as [`american`] spells it.
#[derive(Clone, Copy, Debug, Default)]
pub struct AmericanSpelling;

impl TokenFilter for AmericanSpelling {
    type Tokenizer<T: Tokenizer> = AmericanSpellingFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> AmericanSpellingFilter<T> {
        AmericanSpellingFilter(tokenizer)
    }
}

#[derive(Clone)]
pub struct AmericanSpellingFilter<T>(T);

impl<T: Tokenizer> Tokenizer for AmericanSpellingFilter<T> {
    type TokenStream<'a> = AmericanSpellingStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        AmericanSpellingStream(self.0.token_stream(text))
    }
}

pub struct AmericanSpellingStream<S>(S);

impl<S: TokenStream> TokenStream for AmericanSpellingStream<S> {
    fn advance(&mut self) -> bool {
        if !self.0.advance() {
            return false;
        }
        if let Some(us) = american(&self.0.token().text) {
            self.0.token_mut().text = us;
        }
        true
    }
    fn token(&self) -> &Token {
        self.0.token()
    }
    fn token_mut(&mut self) -> &mut Token {
        self.0.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::american;

    #[test]
    fn british_spellings_become_american() {
        for (uk, us) in [
            ("fertilisation", "fertilization"),
            ("organisations", "organizations"),
            ("regularisation", "regularization"),
            ("organise", "organize"),
            ("recognised", "recognized"),
            ("prioritising", "prioritizing"),
            ("analyse", "analyze"),
            ("labour", "labor"),
            ("labourers", "laborers"),
            ("favourite", "favorite"),
            ("honourable", "honorable"),
            ("behaviour", "behavior"),
            ("neighbours", "neighbors"),
            ("centre", "center"),
            ("centres", "centers"),
            ("centred", "centered"),
            ("metre", "meter"),
            ("fibre", "fiber"),
            ("dialogue", "dialog"),
            ("catalogues", "catalogs"),
            ("defence", "defense"),
            ("programme", "program"),
            ("practised", "practiced"),
            ("travelled", "traveled"),
            ("modelling", "modeling"),
            ("ageing", "aging"),
        ] {
            assert_eq!(american(uk).as_deref(), Some(us), "{uk}");
        }
    }

    #[test]
    fn short_words_and_american_spellings_stay() {
        for word in [
            "rise",
            "wise",
            "raise",
            "noise",
            "four",
            "hour",
            "your",
            "tours",
            "flour",
            "our",
            "vogue",
            "rogue",
            "called",
            "filled",
            "rolling",
            "willing",
            "source",
            "journal",
            "course",
            "fertilization",
            "labor",
            "center",
            "dialog",
            "migration",
            "éthiopie",
        ] {
            assert_eq!(american(word), None, "{word}");
        }
    }
}
