//! What a use-case can answer instead of a result. Interfaces map each kind to their own terms
//! (the web to a status and a stable code); the kinds follow the error policy: an unknown id is
//! not found, a malformed input a bad parameter that names it, a store that cannot answer is
//! unavailable, anything unexpected internal.
//!
//! What a person reads of an error (why a parameter is bad, why a step is refused) is a
//! [`Said`]: a page writes it in the page's language; `Display` (the API, the logs) in English.

use agora_i18n::Said;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{what} '{id}' was not found")]
    NotFound { what: &'static str, id: String },
    #[error("invalid parameter '{parameter}': {message}")]
    BadParameter { parameter: String, message: Said },
    #[error("sign in first")]
    SignInRequired,
    #[error("{0}")]
    Forbidden(Said),
    #[error("{0}")]
    Conflict(Said),
    /// Too many of one kind of request from one account (error reports): try again later.
    #[error("too many requests of this kind from this account; try again in {retry_after} seconds")]
    Throttled { retry_after: u64 },
    #[error("the store cannot answer: {0}")]
    Store(#[from] agora_store::StoreError),
    #[error("search: {0}")]
    Search(#[from] agora_search::SearchError),
    /// Something that should not happen did (a stored record that does not read).
    #[error("internal: {0}")]
    Internal(String),
}

impl Error {
    /// Not found, with the id cut to 100 characters (it is echoed to the asker).
    pub fn not_found(what: &'static str, id: &str) -> Error {
        Error::NotFound {
            what,
            id: id.chars().take(100).collect(),
        }
    }
    pub fn bad(parameter: &str, message: Said) -> Error {
        Error::BadParameter {
            parameter: parameter.to_owned(),
            message,
        }
    }
    pub fn forbidden(key: &'static str) -> Error {
        Error::Forbidden(Said::new(key))
    }
    pub fn conflict(key: &'static str) -> Error {
        Error::Conflict(Said::new(key))
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
