//! Identifiers that can only be built valid ("parse, don't validate").

use std::fmt;

use agora_i18n::Said;
use serde::{Deserialize, Serialize};

/// Why an identifier was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdError {
    /// The message saying what kind of id it is not (`id-not-forum`).
    pub kind: &'static str,
    pub input: String,
    /// The message giving the rule (`id-rule-slug`).
    pub rule: &'static str,
}

impl IdError {
    /// What is wrong, to be written in the reader's language.
    pub fn said(&self) -> Said {
        Said::new(self.kind)
            .with("input", self.input.as_str())
            .with("rule", Said::new(self.rule))
    }
}

crate::words::said_error!(IdError);

fn refuse(kind: &'static str, input: &str, rule: &'static str) -> IdError {
    IdError {
        kind,
        input: input.chars().take(60).collect(),
        rule,
    }
}

const SLUG_RULE: &str = "id-rule-slug";

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
    ForumId, "id-not-forum", SLUG_RULE, is_slug
);
string_id!(
    /// An organisation's stable slug, e.g. `iom`.
    OrganisationId, "id-not-organisation", SLUG_RULE, is_slug
);
string_id!(
    /// A theme of the vocabulary, e.g. `labour-migration`.
    ThemeId, "id-not-theme", SLUG_RULE, is_slug
);
string_id!(
    /// An ISO 3166-1 alpha-3 code, or a user-assigned one such as XKX.
    AreaCode,
    "id-not-area",
    "id-rule-area",
    |s| s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase())
);
string_id!(
    /// A membership's stable id, e.g. `soderkoping-process:member:SWE`.
    MembershipId,
    "id-not-membership",
    "id-rule-membership",
    |s| !s.is_empty()
        && s.len() <= 200
        && s.bytes().all(|b| b.is_ascii_alphanumeric() || b".-_:".contains(&b))
);
string_id!(
    /// A document's stable slug, e.g. `gfmd-2009-rt3-2-background-paper`.
    DocumentId, "id-not-document", SLUG_RULE, is_slug
);
string_id!(
    /// A meeting's stable slug, e.g. `gfmd-2009-athens`.
    MeetingId, "id-not-meeting", SLUG_RULE, is_slug
);
/// A recommendation's or a follow-up entry's id: letters, digits and `. : -`, starting and
/// ending with a letter or digit (`gfmd-2009-rt3.2-b`).
fn is_record_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 120
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b".:-".contains(&b))
        && s.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric())
        && s.bytes().last().is_some_and(|b| b.is_ascii_alphanumeric())
}

string_id!(
    /// A good practice's stable slug, e.g. `rcp-periods-of-reflection`.
    PracticeId, "id-not-practice", SLUG_RULE, is_slug
);
string_id!(
    /// A migration route's stable slug, e.g. `asia-gulf-labour-corridor`.
    RouteId, "id-not-route", SLUG_RULE, is_slug
);
string_id!(
    /// A recommendation's stable id, e.g. `gfmd-2009-rt3.2-b`.
    RecommendationId, "id-not-recommendation", "id-rule-record", is_record_id
);
string_id!(
    /// A follow-up entry's stable id, e.g. `rabat-process:tycp-2009:legal-migration`.
    FollowUpId, "id-not-follow-up", "id-rule-record", is_record_id
);
string_id!(
    /// A language tag: an ISO 639 code of two or three lower-case letters.
    Lang,
    "id-not-language",
    "id-rule-language",
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
        // Every kind of id says its refusal in words (a key missing from the catalogue would
        // show as the key).
        let refusals = [
            ForumId::parse("X").unwrap_err(),
            OrganisationId::parse("X").unwrap_err(),
            ThemeId::parse("X").unwrap_err(),
            DocumentId::parse("X").unwrap_err(),
            AreaCode::parse("x").unwrap_err(),
            MembershipId::parse("").unwrap_err(),
            RecommendationId::parse("X").unwrap_err(),
            FollowUpId::parse("-x").unwrap_err(),
            Lang::parse("X").unwrap_err(),
        ];
        for e in refusals {
            let said = e.to_string();
            assert!(!said.contains("id-"), "{said}");
            assert!(
                said.starts_with("'X' is not a valid") || said.contains("is not a valid"),
                "{said}"
            );
        }
    }
}
