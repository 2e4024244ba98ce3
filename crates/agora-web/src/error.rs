//! Errors. Policy: an unknown id is a 404; a malformed parameter a 400 that names it; a store that
//! cannot answer a 503; anything unexpected an opaque 500, logged with its cause. Users never see
//! internals. API errors are RFC 9457 `application/problem+json` with a stable `code`; page errors
//! are HTML pages.

use agora_core::Said;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("{what} '{id}' was not found")]
    NotFound { what: &'static str, id: String },
    #[error("invalid parameter '{parameter}': {message}")]
    BadParameter { parameter: String, message: Said },
    #[error("no such page")]
    NoRoute,
    #[error(
        "this link is not valid: it may have expired or been used; ask an administrator for a new one"
    )]
    InvalidLink,
    #[error("sign in first")]
    SignInRequired,
    #[error("the API token is missing, unknown or revoked")]
    BadToken,
    #[error("{0}")]
    Forbidden(Said),
    #[error("{0}")]
    Conflict(Said),
    #[error("the store cannot answer: {0}")]
    Store(#[from] agora_store::StoreError),
    #[error("rendering failed: {0}")]
    Render(#[from] askama::Error),
    #[error("search: {0}")]
    Search(agora_search::SearchError),
    /// A task of the server failed (a panic in a worker).
    #[error("internal: {0}")]
    Internal(String),
    /// Too many requests of one kind from one account (error reports): 429, to be tried again.
    #[error("too many requests of this kind from this account; try again in {retry_after} seconds")]
    Throttled { retry_after: u64 },
    /// Too much work of one kind at once (password checks): refused now, to be tried again.
    #[error("too many requests of this kind at once; try again in {retry_after} seconds")]
    Busy { retry_after: u64 },
}

impl From<crate::auth::Busy> for AppError {
    fn from(_: crate::auth::Busy) -> AppError {
        AppError::Busy {
            retry_after: crate::auth::BUSY_RETRY_SECONDS,
        }
    }
}

impl From<agora_app::Error> for AppError {
    fn from(e: agora_app::Error) -> AppError {
        use agora_app::Error as E;
        match e {
            E::NotFound { what, id } => AppError::NotFound { what, id },
            E::BadParameter { parameter, message } => AppError::BadParameter { parameter, message },
            E::SignInRequired => AppError::SignInRequired,
            E::Forbidden(m) => AppError::Forbidden(m),
            E::Conflict(m) => AppError::Conflict(m),
            E::Throttled { retry_after } => AppError::Throttled { retry_after },
            E::Store(s) => AppError::Store(s),
            E::Search(s) => s.into(),
            E::Internal(m) => AppError::Internal(m),
        }
    }
}

impl From<agora_search::SearchError> for AppError {
    /// A query or cursor the asker got wrong is a 400 naming its parameter; the rest is ours.
    fn from(e: agora_search::SearchError) -> AppError {
        match e {
            // The query parser's complaint, in its own (English) words.
            agora_search::SearchError::Query(m) => AppError::bad("q", Said::as_given(m)),
            agora_search::SearchError::Cursor => {
                AppError::bad("cursor", Said::new("cursor-not-ours"))
            }
            agora_search::SearchError::Store(s) => AppError::Store(s),
            other => AppError::Search(other),
        }
    }
}

/// A record looked up by its id, or the 404 naming what was not found.
pub trait OrNotFound<T> {
    fn or_not_found(self, what: &'static str, id: &str) -> Result<T, AppError>;
}

impl<T> OrNotFound<T> for Option<T> {
    fn or_not_found(self, what: &'static str, id: &str) -> Result<T, AppError> {
        self.ok_or_else(|| AppError::not_found(what, id))
    }
}

impl AppError {
    pub fn not_found(what: &'static str, id: &str) -> AppError {
        AppError::NotFound {
            what,
            id: id.chars().take(100).collect(),
        }
    }
    pub fn bad(parameter: &str, message: Said) -> AppError {
        AppError::BadParameter {
            parameter: parameter.to_owned(),
            message,
        }
    }
    /// A bad parameter, said by a message without arguments.
    pub fn bad_key(parameter: &str, key: &'static str) -> AppError {
        AppError::bad(parameter, Said::new(key))
    }
    pub fn forbidden(key: &'static str) -> AppError {
        AppError::Forbidden(Said::new(key))
    }
    pub fn conflict(key: &'static str) -> AppError {
        AppError::Conflict(Said::new(key))
    }
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound { .. } | AppError::NoRoute | AppError::InvalidLink => {
                StatusCode::NOT_FOUND
            }
            AppError::BadParameter { .. } => StatusCode::BAD_REQUEST,
            AppError::SignInRequired | AppError::BadToken => StatusCode::UNAUTHORIZED,
            AppError::Forbidden(_) => StatusCode::FORBIDDEN,
            AppError::Throttled { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::Conflict(_) | AppError::Store(agora_store::StoreError::Conflict(_)) => {
                StatusCode::CONFLICT
            }
            AppError::Store(agora_store::StoreError::Unavailable(_))
            | AppError::Search(agora_search::SearchError::Busy(_))
            | AppError::Busy { .. } => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Store(agora_store::StoreError::Full(_)) => StatusCode::INSUFFICIENT_STORAGE,
            AppError::Store(_)
            | AppError::Render(_)
            | AppError::Search(_)
            | AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
    /// A stable code for programs.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::NotFound { .. } => "not_found",
            AppError::NoRoute => "no_route",
            AppError::InvalidLink => "invalid_link",
            AppError::BadParameter { .. } => "invalid_parameter",
            AppError::SignInRequired => "sign_in_required",
            AppError::BadToken => "bad_token",
            AppError::Forbidden(_) => "forbidden",
            AppError::Throttled { .. } => "throttled",
            AppError::Conflict(_) | AppError::Store(agora_store::StoreError::Conflict(_)) => {
                "conflict"
            }
            AppError::Store(agora_store::StoreError::Unavailable(_))
            | AppError::Search(agora_search::SearchError::Busy(_)) => "unavailable",
            AppError::Busy { .. } => "busy",
            AppError::Store(agora_store::StoreError::Full(_)) => "storage_full",
            AppError::Store(_)
            | AppError::Render(_)
            | AppError::Search(_)
            | AppError::Internal(_) => "internal",
        }
    }
    /// What the user may read: internals are replaced by a generic sentence.
    pub fn public_detail(&self) -> String {
        match self.status() {
            StatusCode::INTERNAL_SERVER_ERROR => {
                "An unexpected error occurred; it has been logged.".into()
            }
            StatusCode::INSUFFICIENT_STORAGE => {
                "There is no space left to store this; nothing was written. Try again once space has been freed.".into()
            }
            StatusCode::SERVICE_UNAVAILABLE => match self {
                AppError::Busy { .. } => self.to_string(),
                _ => "The service is temporarily unavailable.".into(),
            },
            _ => match self {
                AppError::Store(e) => e.to_string(),
                _ => self.to_string(),
            },
        }
    }
    /// Seconds to wait before trying again, for answers that say so (`Retry-After`).
    pub fn retry_after(&self) -> Option<u64> {
        match self {
            AppError::Busy { retry_after } | AppError::Throttled { retry_after } => {
                Some(*retry_after)
            }
            // A database that could not give a connection: soon, most likely.
            AppError::Store(agora_store::StoreError::Unavailable(_)) => Some(1),
            _ => None,
        }
    }
    fn log(&self) {
        if matches!(self, AppError::Busy { .. }) {
            tracing::warn!(error = %self, "refused: busy");
        } else if matches!(self, AppError::Store(agora_store::StoreError::Full(_))) {
            tracing::error!(error = %self, "refused: no space left");
        } else if self.status().is_server_error() {
            tracing::error!(error = %self, "request failed");
        }
    }
}

/// An RFC 9457 problem.
#[derive(Debug, Serialize, ToSchema)]
pub struct Problem {
    /// A URI naming the problem type.
    #[serde(rename = "type")]
    #[schema(example = "/problems/not_found")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    /// Stable machine-readable code: not_found, invalid_parameter, no_route, sign_in_required,
    /// bad_token, forbidden, conflict, unavailable, busy, storage_full, internal.
    pub code: String,
    /// The query parameter at fault, for invalid_parameter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameter: Option<String>,
}

/// Wraps an error for the JSON API.
pub struct ApiError(pub AppError);

impl From<AppError> for ApiError {
    fn from(e: AppError) -> Self {
        ApiError(e)
    }
}

impl From<agora_app::Error> for ApiError {
    fn from(e: agora_app::Error) -> Self {
        ApiError(e.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let e = self.0;
        e.log();
        let status = e.status();
        let problem = Problem {
            kind: format!("/problems/{}", e.code()),
            title: status.canonical_reason().unwrap_or("Error").to_owned(),
            status: status.as_u16(),
            detail: e.public_detail(),
            code: e.code().to_owned(),
            parameter: match &e {
                AppError::BadParameter { parameter, .. } => Some(parameter.clone()),
                _ => None,
            },
        };
        let body = serde_json::to_vec(&problem).expect("problems serialise");
        let mut res = (
            status,
            [(axum::http::header::CONTENT_TYPE, "application/problem+json")],
            body,
        )
            .into_response();
        if let Some(s) = e.retry_after() {
            res.headers_mut()
                .insert(axum::http::header::RETRY_AFTER, s.into());
        }
        res
    }
}
