//! Identifiers that can only be built valid ("parse, don't validate").

use std::fmt;

use serde::{Deserialize, Serialize};

/// Why an identifier was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{input}' is not a valid {kind}: {rule}")]
pub struct IdError {
    pub kind: &'static str,
    pub input: String,
    pub rule: &'static str,
}

fn refuse(kind: &'static str, input: &str, rule: &'static str) -> IdError {
    IdError {
        kind,
        input: input.chars().take(60).collect(),
        rule,
    }
}

const SLUG_RULE: &str = "lower-case letters, digits and single hyphens, at most 80 characters";

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 80
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
}

macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident, $kind:literal, $rule:expr, $check:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            pub fn parse(s: &str) -> Result<Self, IdError> {
                let check: fn(&str) -> bool = $check;
                if check(s) {
                    Ok($name(s.to_owned()))
                } else {
                    Err(refuse($kind, s, $rule))
                }
            }
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }
        impl TryFrom<String> for $name {
            type Error = IdError;
            fn try_from(s: String) -> Result<Self, IdError> {
                Self::parse(&s)
            }
        }
        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
        impl std::str::FromStr for $name {
            type Err = IdError;
            fn from_str(s: &str) -> Result<Self, IdError> {
                Self::parse(s)
            }
        }
    };
}

string_id!(
    /// A forum's stable slug, e.g. `soderkoping-process`.
    ForumId, "forum id", SLUG_RULE, is_slug
);
string_id!(
    /// An organisation's stable slug, e.g. `iom`.
    OrganisationId, "organisation id", SLUG_RULE, is_slug
);
string_id!(
    /// A theme of the vocabulary, e.g. `labour-migration`.
    ThemeId, "theme id", SLUG_RULE, is_slug
);
string_id!(
    /// An ISO 3166-1 alpha-3 code, or a user-assigned one such as XKX.
    AreaCode,
    "area code",
    "three upper-case letters (ISO 3166-1 alpha-3)",
    |s| s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase())
);
string_id!(
    /// A membership's stable id, e.g. `soderkoping-process:member:SWE`.
    MembershipId,
    "membership id",
    "1-200 letters, digits and . _ : -",
    |s| !s.is_empty()
        && s.len() <= 200
        && s.bytes().all(|b| b.is_ascii_alphanumeric() || b".-_:".contains(&b))
);
string_id!(
    /// A document's stable slug, e.g. `gfmd-2009-rt3-2-background-paper`.
    DocumentId, "document id", SLUG_RULE, is_slug
);
string_id!(
    /// A language tag: an ISO 639 code of two or three lower-case letters.
    Lang,
    "language code",
    "two or three lower-case letters (ISO 639)",
    |s| (2..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_lowercase())
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_strict() {
        assert!(ForumId::parse("soderkoping-process").is_ok());
        assert!(ForumId::parse("5-plus-5").is_ok());
        for bad in [
            "",
            "Söderköping",
            "a b",
            "-a",
            "a-",
            "a--b",
            "A",
            "a_b",
            &"x".repeat(81),
        ] {
            assert!(ForumId::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn area_codes_are_three_capitals() {
        assert!(AreaCode::parse("XKX").is_ok());
        for bad in ["swe", "SW", "SWED", "S1E", ""] {
            assert!(AreaCode::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn ids_refuse_bad_input_through_serde() {
        let e = serde_json::from_str::<AreaCode>("\"se\"").unwrap_err();
        assert!(e.to_string().contains("three upper-case letters"), "{e}");
    }
}
