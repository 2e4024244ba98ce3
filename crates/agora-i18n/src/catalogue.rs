//! The message catalogues: `locales/{code}/*.ftl`, in Fluent's syntax, compiled into the binary.
//!
//! A message is asked for by its key and named arguments. Numbers are arguments as numbers, so
//! that a message chooses its plural form by CLDR's rules for its language and writes the number
//! with the locale's digits; years and dates are passed already written (see [`crate::format`]),
//! never as numbers (a year is not "2 009").
//!
//! Two ways out: [`Catalogue::text`] gives plain text (for e-mails, CSV, titles), and
//! [`Catalogue::html`] gives HTML. A message whose key ends in `-html` is written in HTML in
//! the catalogue (a sentence with links in it): its text arguments are escaped, its
//! [`Arg::Html`] ones put in as they are. Every other message is plain text, escaped whole.

use std::borrow::Cow;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::Locale;

/// The catalogue files of one language, in the order they are loaded.
macro_rules! files {
    ($lang:literal) => {
        &[
            file!($lang, "site"),
            file!($lang, "vocabulary"),
            file!($lang, "registry"),
            file!($lang, "library"),
            file!($lang, "account"),
            file!($lang, "contribute"),
            file!($lang, "mail"),
            file!($lang, "errors"),
            file!($lang, "meetings"),
            file!($lang, "feeds"),
            file!($lang, "recommendations"),
            file!($lang, "analysis"),
            file!($lang, "practices"),
            file!($lang, "assessments"),
        ]
    };
}

/// One catalogue file: (its name, its text).
macro_rules! file {
    ($lang:literal, $name:literal) => {
        (
            $name,
            include_str!(concat!("../locales/", $lang, "/", $name, ".ftl")),
        )
    };
}

/// Every catalogue file, by locale: (locale, [(file name, text)]).
pub const SOURCES: [(Locale, &[(&str, &str)]); 6] = [
    (Locale::Ar, files!("ar")),
    (Locale::Zh, files!("zh")),
    (Locale::En, files!("en")),
    (Locale::Fr, files!("fr")),
    (Locale::Ru, files!("ru")),
    (Locale::Es, files!("es")),
];

/// An argument of a message.
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    /// Text (escaped in HTML).
    Text(Cow<'a, str>),
    /// A number: it chooses the plural form, and is written with the locale's digits.
    Number(i64),
    /// HTML put into a `-html` message as it is (a link inside a sentence).
    Html(Cow<'a, str>),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Arg<'a> {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Arg<'a> {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(u8, u16, i32, i64, u32, u64, usize);

/// The six languages' messages.
pub struct Catalogue {
    bundles: Vec<(Locale, FluentBundle<FluentResource>)>,
}

static CATALOGUE: LazyLock<Catalogue> = LazyLock::new(Catalogue::load);

/// The catalogue compiled into the binary.
pub fn catalogue() -> &'static Catalogue {
    &CATALOGUE
}

impl Catalogue {
    fn load() -> Catalogue {
        let bundles = SOURCES
            .iter()
            .map(|(locale, files)| {
                let mut bundle = FluentBundle::new_concurrent(vec![locale.langid()]);
                // No bidirectional isolation marks around placeables: a placeable may be a link's
                // address, where a mark would break it. An Arabic message isolates a name that
                // needs it with <bdi> in its -html form.
                bundle.set_use_isolating(false);
                bundle.set_formatter(Some(number_formatter(*locale)));
                for (_, text) in files.iter() {
                    // A file that does not parse keeps what did; the catalogue tests fail on it.
                    let resource = match FluentResource::try_new(text.to_string()) {
                        Ok(r) | Err((r, _)) => r,
                    };
                    // A key given twice keeps its first text; the tests fail on it.
                    let _ = bundle.add_resource(resource);
                }
                (*locale, bundle)
            })
            .collect();
        Catalogue { bundles }
    }

    fn bundle(&self, locale: Locale) -> Option<&FluentBundle<FluentResource>> {
        self.bundles
            .iter()
            .find(|(l, _)| *l == locale)
            .map(|(_, b)| b)
    }

    /// Whether the catalogue of a locale has a message.
    pub fn has(&self, locale: Locale, key: &str) -> bool {
        self.bundle(locale).is_some_and(|b| b.has_message(key))
    }

    /// A message as plain text. A key missing from the locale's catalogue falls back to English
    /// (the tests see that none is missing); a key missing from English is shown as the key.
    pub fn text(&self, locale: Locale, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.format(locale, key, args, false)
    }

    /// A message as HTML (see the module's documentation).
    pub fn html(&self, locale: Locale, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.format(locale, key, args, true)
    }

    fn format(&self, locale: Locale, key: &str, args: &[(&str, Arg<'_>)], html: bool) -> String {
        let found = [locale, Locale::En].into_iter().find_map(|l| {
            let bundle = self.bundle(l)?;
            let pattern = bundle.get_message(key)?.value()?;
            Some((bundle, pattern))
        });
        let Some((bundle, pattern)) = found else {
            return key.to_owned();
        };
        // A message with markup has its text arguments escaped and its HTML ones put in; any
        // other message is escaped whole once written.
        let markup = html && key.ends_with("-html");
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, arg) in args {
            let value = match arg {
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Text(s) if markup => FluentValue::from(escape_html(s)),
                Arg::Text(s) | Arg::Html(s) => FluentValue::from(s.as_ref()),
            };
            fluent_args.set(*name, value);
        }
        let mut errors = Vec::new();
        let out = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        if html && !markup {
            escape_html(&out)
        } else {
            out.into_owned()
        }
    }
}

/// The number formatter of a locale's bundle: whole numbers as ICU4X writes them there.
fn number_formatter<M>(locale: Locale) -> fn(&FluentValue, &M) -> Option<String> {
    fn whole<const L: usize, M>(value: &FluentValue, _: &M) -> Option<String> {
        match value {
            FluentValue::Number(n) if n.value.fract() == 0.0 && n.value.abs() < 1e15 => {
                Some(crate::format::number(Locale::ALL[L], n.value as i64))
            }
            _ => None,
        }
    }
    match locale {
        Locale::Ar => whole::<0, M>,
        Locale::Zh => whole::<1, M>,
        Locale::En => whole::<2, M>,
        Locale::Fr => whole::<3, M>,
        Locale::Ru => whole::<4, M>,
        Locale::Es => whole::<5, M>,
    }
}

/// Escapes text for HTML (element content and quoted attribute values).
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests;
