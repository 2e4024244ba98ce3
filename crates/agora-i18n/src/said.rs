//! What is said to a person before it is known which language they read: a message's key and
//! its arguments, written out in a locale only when it is shown.
//!
//! The domain and the use-cases refuse inputs with a [`Said`] ("the month must be 01-12"); a page
//! writes it in the page's language, the API and the logs in English (its `Display`). An argument
//! may itself be a `Said` (a date's problem inside a proposal's), written in the same language.

use std::fmt;

use crate::{Arg, Locale, catalogue};

/// A message to be written in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    key: &'static str,
    args: Vec<(&'static str, Part)>,
}

/// An argument of a [`Said`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// Text as it was given (an id, what was typed): never translated.
    Text(String),
    /// A number: it chooses the plural form and is written with the locale's digits.
    Number(i64),
    /// Another message, written in the same language.
    Said(Box<Said>),
    /// A day, a month or a year, written as the locale writes dates ("4 November 2009").
    Date {
        year: i32,
        month: Option<u8>,
        day: Option<u8>,
    },
}

impl Part {
    /// A date known to the year, the month or the day (a month needed for a day).
    pub fn date(year: i32, month: Option<u8>, day: Option<u8>) -> Part {
        Part::Date { year, month, day }
    }
}

impl Said {
    /// The message of a key, without arguments so far.
    pub fn new(key: &'static str) -> Said {
        Said {
            key,
            args: Vec::new(),
        }
    }

    /// Words Agora did not write (a library's error, a parser's complaint): said as they are,
    /// in every language.
    pub fn as_given(text: impl Into<String>) -> Said {
        Said::new("said-as-given").with("text", text.into())
    }

    /// The message with one more argument.
    pub fn with(mut self, name: &'static str, value: impl Into<Part>) -> Said {
        self.args.push((name, value.into()));
        self
    }

    /// Several messages one after the other, separated as a list of complaints is ("a; b");
    /// None for none.
    pub fn joined(list: impl IntoIterator<Item = Said>) -> Option<Said> {
        let mut list: Vec<Said> = list.into_iter().collect();
        let mut out = list.pop()?;
        while let Some(before) = list.pop() {
            out = Said::new("said-then")
                .with("first", before)
                .with("then", out);
        }
        Some(out)
    }

    /// The message's key.
    pub fn key(&self) -> &'static str {
        self.key
    }

    /// An argument of the message, by its name.
    pub fn arg(&self, name: &str) -> Option<&Part> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, p)| p)
    }

    /// The message written in a locale, as plain text.
    pub fn text(&self, locale: Locale) -> String {
        let args: Vec<(&str, Arg<'_>)> = self
            .args
            .iter()
            .map(|(name, part)| {
                let arg = match part {
                    Part::Text(s) => Arg::from(s),
                    Part::Number(n) => Arg::Number(*n),
                    Part::Said(s) => Arg::from(s.text(locale)),
                    Part::Date { year, month, day } => Arg::from(match (month, day) {
                        (Some(m), Some(d)) => crate::format::day(locale, *year, *m, *d),
                        (Some(m), None) => crate::format::month(locale, *year, *m),
                        _ => crate::format::year(locale, *year),
                    }),
                };
                (*name, arg)
            })
            .collect();
        catalogue().text(locale, self.key, &args)
    }
}

/// In English: for the API, the logs and the command line.
impl fmt::Display for Said {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Locale::En))
    }
}

impl From<String> for Part {
    fn from(s: String) -> Part {
        Part::Text(s)
    }
}

impl From<&str> for Part {
    fn from(s: &str) -> Part {
        Part::Text(s.to_owned())
    }
}

impl From<Said> for Part {
    fn from(s: Said) -> Part {
        Part::Said(Box::new(s))
    }
}

macro_rules! number_part {
    ($($t:ty),*) => {$(
        impl From<$t> for Part {
            fn from(n: $t) -> Part {
                Part::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_part!(u8, u16, i32, i64, u32, u64, usize);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_said_is_written_in_the_language_asked_and_in_english_when_displayed() {
        let why = Said::new("date-month-range");
        let said = Said::new("date-not-a-date")
            .with("input", "2009-13")
            .with("why", why);
        assert_eq!(
            said.to_string(),
            "'2009-13' is not a date: the month must be 01-12"
        );
        let fr = said.text(Locale::Fr);
        assert!(fr.contains("2009-13") && fr.contains("01"), "{fr}");
        assert_ne!(fr, said.to_string());
        assert_eq!(Said::as_given("EOF").text(Locale::Ar), "EOF");
    }
}
