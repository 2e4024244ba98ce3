//! A cache of rendered responses. Every page and API answer is a pure function of the data
//! version (the change-log position, and this process's write counter for what is public
//! without being a record), "today" (the default `as_of`) and the URL (with its
//! language prefix, which [`crate::lang::layer`] reads off before routing), so a response
//! stored under that key is exact; the whole cache is dropped as soon as the change log moves on.
//! Only successful GET responses to requests without credentials are kept, within a size bound;
//! responses to requests with credentials (a session cookie, a token) are marked `no-store`.

use std::collections::HashMap;
use std::sync::Mutex;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::state::AppState;

/// At most this many bytes of bodies are kept; past it the cache starts afresh.
const MAX_BYTES: usize = 64 * 1024 * 1024;
/// Bodies larger than this are not kept.
const MAX_BODY: usize = 1024 * 1024;

/// The change-log position, the count of public writes, this process's write counter and the
/// day.
type Version = (i64, i64, u64, String);

#[derive(Default)]
pub struct ResponseCache {
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    /// The version the entries belong to.
    version: Version,
    bytes: usize,
    entries: HashMap<String, (HeaderMap, Bytes)>,
}

impl ResponseCache {
    fn get(&self, version: &Version, key: &str) -> Option<(HeaderMap, Bytes)> {
        let inner = self.inner.lock().ok()?;
        if &inner.version != version {
            return None;
        }
        inner.entries.get(key).cloned()
    }

    fn put(&self, version: Version, key: String, headers: HeaderMap, body: Bytes) {
        let Ok(mut inner) = self.inner.lock() else {
            return;
        };
        if inner.version != version || inner.bytes + body.len() > MAX_BYTES {
            inner.entries.clear();
            inner.bytes = 0;
            inner.version = version;
        }
        inner.bytes += body.len();
        inner.entries.insert(key, (headers, body));
    }
}

pub async fn layer(State(state): State<AppState>, req: Request, next: Next) -> Response {
    // Static files are constant and served from memory already.
    let credentials = crate::viewer::has_credentials(&state, req.headers());
    let cacheable =
        req.method() == Method::GET && !req.uri().path().starts_with("/static/") && !credentials;
    if !cacheable {
        // What a signed-in person sees is theirs: nobody between may keep it.
        let credentials = credentials && !req.uri().path().starts_with("/static/");
        if credentials {
            state.metrics.cache("bypass");
        }
        let mut res = next.run(req).await;
        if credentials {
            res.headers_mut().insert(
                header::CACHE_CONTROL,
                axum::http::HeaderValue::from_static("no-store"),
            );
        }
        return res;
    }
    let Ok((registry, public_writes)) = state.data_version().await else {
        return next.run(req).await;
    };
    // What is public but not a record (a published assessment, a call for practices) moves the
    // installation's count of public writes (every node's, seen within a poll) and this
    // process's write counter (seen at once), not the change log: both are part of the version.
    let version = (
        registry.seq,
        public_writes,
        state.store.generation(),
        state.today().to_string(),
    );
    drop(registry);
    // The URL as asked for, its language prefix included: a page's language is in its URL.
    let prefix = req
        .extensions()
        .get::<crate::lang::Here>()
        .map_or("", |h| h.locale.prefix());
    let key = format!("{prefix}{}", req.uri());
    if let Some((headers, body)) = state.responses.get(&version, &key) {
        state.metrics.cache("hit");
        let mut res = Response::new(Body::from(body));
        *res.headers_mut() = headers;
        return res;
    }
    state.metrics.cache("miss");
    let res = next.run(req).await;
    let private = res
        .headers()
        .get(header::CACHE_CONTROL)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("no-store") || v.contains("private"));
    if res.status() != StatusCode::OK || private {
        return res;
    }
    let too_big = axum::body::HttpBody::size_hint(res.body())
        .upper()
        .is_none_or(|n| n > MAX_BODY as u64);
    if too_big {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    match axum::body::to_bytes(body, MAX_BODY).await {
        Ok(bytes) => {
            parts
                .headers
                .insert(header::ETAG, crate::middleware::etag_of(&bytes));
            state
                .responses
                .put(version, key, parts.headers.clone(), bytes.clone());
            Response::from_parts(parts, Body::from(bytes))
        }
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}
