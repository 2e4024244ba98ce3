//! Closed sets of words: an enum whose every variant stands for one word of the formats and the
//! store, declared once with [`word_enum!`].

/// Declare a fieldless enum (with the attributes given) whose every variant has a word, and for
/// it: `ALL` (every variant, in the order declared), `as_str` (the variant's word, the one every
/// format and the store use) and `parse` (the variant a word stands for).
macro_rules! word_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($(#[$variant_meta:meta])* $variant:ident => $word:literal,)+
        }
    ) => {
        $(#[$meta])*
        pub enum $name {
            $($(#[$variant_meta])* $variant,)+
        }

        impl $name {
            /// Every variant, in the order declared.
            pub const ALL: [$name; [$($word),+].len()] = [$($name::$variant),+];

            /// The word every format and the store use (as serde writes it, where it does).
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $word,)+
                }
            }

            /// The variant a word stands for.
            pub fn parse(s: &str) -> Option<$name> {
                $name::ALL.into_iter().find(|v| v.as_str() == s)
            }
        }
    };
}

pub(crate) use word_enum;

/// `Display` (the English words, for the API, the logs and the CLI) and `Error` for a refusal
/// that says itself in any language with its `said()`.
macro_rules! said_error {
    ($($t:ty),* $(,)?) => {$(
        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                std::fmt::Display::fmt(&self.said(), f)
            }
        }
        impl std::error::Error for $t {}
        impl From<$t> for agora_i18n::Said {
            fn from(e: $t) -> agora_i18n::Said {
                e.said()
            }
        }
    )*};
}
pub(crate) use said_error;
