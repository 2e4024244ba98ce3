//! Agora's words in the six UN languages.
//!
//! - [`Locale`]: the languages Agora is written in, how a URL names them, which way they read.
//! - [`catalogue`]: the messages, from the Fluent catalogues in `locales/{code}/*.ftl`, with
//!   CLDR's plural rules (Arabic has six forms, Russian three) and placeholders.
//! - [`format`]: dates, numbers and lists as each locale writes them, with ICU4X.
//!
//! The crate knows nothing of HTTP or of Agora's records: the web layer chooses the locale (from
//! the URL) and passes it in.

pub mod catalogue;
pub mod format;
pub mod said;

pub use catalogue::{Arg, Catalogue, catalogue};
pub use said::{Part, Said};

/// A language Agora's pages are written in: the six official languages of the United Nations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Locale {
    Ar,
    Zh,
    #[default]
    En,
    Fr,
    Ru,
    Es,
}

impl Locale {
    /// Every locale, in the UN's order (the English alphabetical order of the languages' names).
    pub const ALL: [Locale; 6] = [
        Locale::Ar,
        Locale::Zh,
        Locale::En,
        Locale::Fr,
        Locale::Ru,
        Locale::Es,
    ];

    /// The BCP 47 code, as in `lang` attributes and URLs (`/fr/fora/rcm`).
    pub const fn code(self) -> &'static str {
        match self {
            Locale::Ar => "ar",
            Locale::Zh => "zh",
            Locale::En => "en",
            Locale::Fr => "fr",
            Locale::Ru => "ru",
            Locale::Es => "es",
        }
    }

    /// The locale a code names (`"fr"`), if Agora is written in it.
    pub fn from_code(code: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language's own name for itself, as a language switcher shows it.
    pub const fn endonym(self) -> &'static str {
        match self {
            Locale::Ar => "العربية",
            Locale::Zh => "中文",
            Locale::En => "English",
            Locale::Fr => "Français",
            Locale::Ru => "Русский",
            Locale::Es => "Español",
        }
    }

    /// Whether the language reads right to left.
    pub const fn is_rtl(self) -> bool {
        matches!(self, Locale::Ar)
    }

    /// The `dir` attribute of a page in this language.
    pub const fn dir(self) -> &'static str {
        if self.is_rtl() { "rtl" } else { "ltr" }
    }

    /// The path prefix of pages in this language: empty for English (the unprefixed URLs),
    /// `/fr` for French.
    pub const fn prefix(self) -> &'static str {
        match self {
            Locale::Ar => "/ar",
            Locale::Zh => "/zh",
            Locale::En => "",
            Locale::Fr => "/fr",
            Locale::Ru => "/ru",
            Locale::Es => "/es",
        }
    }

    /// The languages a record's content is looked for in, in order, when it has none in this
    /// one: the page's language, then English, then French (the languages most records have).
    pub fn content_chain(self) -> [&'static str; 3] {
        match self {
            Locale::En => ["en", "fr", "es"],
            Locale::Fr => ["fr", "en", "es"],
            Locale::Es => ["es", "en", "fr"],
            other => [other.code(), "en", "fr"],
        }
    }

    /// The locale a visitor's `Accept-Language` header prefers among Agora's six (English when it
    /// names none of them, or cannot be read).
    pub fn negotiate(accept_language: &str) -> Locale {
        use fluent_langneg::{NegotiationStrategy, accepted_languages, negotiate_languages};
        let requested = accepted_languages::parse(accept_language);
        let available: Vec<unic_langid::LanguageIdentifier> =
            Locale::ALL.iter().map(|l| l.langid()).collect();
        let default = Locale::En.langid();
        let chosen = negotiate_languages(
            &requested,
            &available,
            Some(&default),
            NegotiationStrategy::Lookup,
        );
        chosen
            .first()
            .and_then(|id| Locale::from_code(id.language.as_str()))
            .unwrap_or_default()
    }

    pub(crate) fn langid(self) -> unic_langid::LanguageIdentifier {
        self.code().parse().unwrap_or_default()
    }

    /// The locale ICU4X formats in. English is written as the UN writes it, day before month
    /// ("4 June 2009"), which is British English's way.
    pub(crate) fn icu(self) -> icu_locale_core::Locale {
        let tag = if self == Locale::En {
            "en-GB"
        } else {
            self.code()
        };
        tag.parse().unwrap_or(icu_locale_core::Locale::UNKNOWN)
    }
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for l in Locale::ALL {
            assert_eq!(Locale::from_code(l.code()), Some(l));
        }
        assert_eq!(Locale::from_code("pt"), None);
        assert_eq!(Locale::from_code("FR"), None);
        assert_eq!(Locale::Ar.dir(), "rtl");
        assert_eq!(Locale::Zh.dir(), "ltr");
    }

    #[test]
    fn accept_language_chooses_among_the_six() {
        assert_eq!(Locale::negotiate("fr-CH, fr;q=0.9, en;q=0.8"), Locale::Fr);
        assert_eq!(Locale::negotiate("de-DE,ru;q=0.5"), Locale::Ru);
        assert_eq!(Locale::negotiate("zh-CN,zh;q=0.9"), Locale::Zh);
        assert_eq!(Locale::negotiate("ar-EG"), Locale::Ar);
        assert_eq!(Locale::negotiate("de, pt"), Locale::En);
        assert_eq!(Locale::negotiate(""), Locale::En);
        assert_eq!(Locale::negotiate(";;;q=x,,"), Locale::En);
    }
}
