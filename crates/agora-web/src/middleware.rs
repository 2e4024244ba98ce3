//! Cross-cutting HTTP behaviour: one log line per request, security headers, ETags, compression.

use std::time::Instant;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// One structured log line per request.
pub async fn log_request(req: Request, next: Next) -> Response {
    let start = Instant::now();
    let method = req.method().clone();
    let path = req.uri().path().to_owned();
    let res = next.run(req).await;
    tracing::info!(
        method = %method,
        path = %path,
        status = res.status().as_u16(),
        micros = start.elapsed().as_micros() as u64,
        "request"
    );
    res
}

/// A stable, fast 64-bit fingerprint for ETags (not for security): eight bytes per step, each
/// mixed by a multiply and a rotate; the length is folded in so that padding cannot collide.
pub fn fingerprint(bytes: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let v = u64::from_le_bytes(c.try_into().expect("chunks of eight"));
        h = (h ^ v).wrapping_mul(K).rotate_left(29);
    }
    let mut tail = [0u8; 8];
    tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    h = (h ^ u64::from_le_bytes(tail)).wrapping_mul(K);
    h ^ (h >> 31)
}

/// Largest body fingerprinted for an ETag; bigger responses go out without one.
const ETAG_LIMIT: usize = 8 * 1024 * 1024;

/// A weak ETag on every successful GET, and 304 Not Modified when the client has it. Weak
/// (`W/"…"`), because [`compression`] may send the same content in two encodings, which a strong
/// tag may not span (RFC 9110 8.8.3); a 304 answers for both.
pub async fn etag(req: Request, next: Next) -> Response {
    let is_get = req.method() == Method::GET || req.method() == Method::HEAD;
    let if_none_match = req.headers().get(header::IF_NONE_MATCH).cloned();
    let if_modified_since = req.headers().get(header::IF_MODIFIED_SINCE).cloned();
    let res = next.run(req).await;
    if !is_get || res.status() != StatusCode::OK {
        return res;
    }
    if let Some(tag) = res.headers().get(header::ETAG).cloned() {
        // Tagged already (a cached response): only answer the condition.
        return if unchanged(&if_none_match, &if_modified_since, &tag, res.headers()) {
            not_modified(tag, res.headers())
        } else {
            res
        };
    }
    // A body of unknown or large size (a file sent a chunk at a time) goes out as it is: it is
    // never gathered in memory to be fingerprinted.
    let size = axum::body::HttpBody::size_hint(res.body()).exact();
    if size.is_none_or(|n| n > ETAG_LIMIT as u64) {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let bytes = match axum::body::to_bytes(body, ETAG_LIMIT).await {
        Ok(b) => b,
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    let value = etag_of(&bytes);
    if unchanged(&if_none_match, &if_modified_since, &value, &parts.headers) {
        return not_modified(value, &parts.headers);
    }
    parts.headers.insert(header::ETAG, value);
    Response::from_parts(parts, Body::from(bytes))
}

/// Whether the client holds this response already: its tag is one `If-None-Match` names, or,
/// when no `If-None-Match` was sent, the response says when it last changed (a feed) and that
/// was no later than `If-Modified-Since` (RFC 9110 13.1.3).
fn unchanged(
    if_none_match: &Option<HeaderValue>,
    if_modified_since: &Option<HeaderValue>,
    tag: &HeaderValue,
    headers: &axum::http::HeaderMap,
) -> bool {
    match if_none_match {
        Some(_) => matches_tag(if_none_match.as_ref(), tag.to_str().unwrap_or("")),
        None => unmodified_since(
            if_modified_since.as_ref(),
            headers.get(header::LAST_MODIFIED),
        ),
    }
}

/// Whether a response last modified at `last_modified` is unchanged since `since` (both HTTP
/// dates; one that does not read is no condition).
fn unmodified_since(since: Option<&HeaderValue>, last_modified: Option<&HeaderValue>) -> bool {
    let read = |v: Option<&HeaderValue>| -> Option<jiff::Timestamp> {
        let text = v?.to_str().ok()?;
        jiff::fmt::rfc2822::DateTimeParser::new()
            .parse_timestamp(text)
            .ok()
    };
    match (read(since), read(last_modified)) {
        (Some(since), Some(modified)) => modified <= since,
        _ => false,
    }
}

/// The (weak) ETag of a body.
pub fn etag_of(bytes: &[u8]) -> HeaderValue {
    HeaderValue::from_str(&format!("W/\"{:016x}\"", fingerprint(bytes)))
        .expect("hex in quotes is a valid header")
}

/// `If-None-Match` compares weakly (RFC 9110 13.1.2): `W/"x"` matches `"x"`, so a copy kept
/// compressed is still recognised.
fn matches_tag(if_none_match: Option<&HeaderValue>, tag: &str) -> bool {
    let weak = |t: &str| t.trim().trim_start_matches("W/").to_owned();
    if_none_match
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.split(',')
                .any(|t| weak(t) == weak(tag) || t.trim() == "*")
        })
}

/// The compression of responses: gzip when the client accepts it, for public bodies of text
/// over 512 bytes (pages, JSON, CSS, scripts, SVG maps, CSV); files that are compressed already
/// (PDF, zip, images) and pages for one person go as they are.
pub type Compression = tower_http::compression::CompressionLayer<
    tower_http::compression::predicate::And<
        tower_http::compression::predicate::SizeAbove,
        fn(
            StatusCode,
            axum::http::Version,
            &axum::http::HeaderMap,
            &axum::http::Extensions,
        ) -> bool,
    >,
>;

pub fn compression() -> Compression {
    use tower_http::compression::predicate::{Predicate, SizeAbove};
    let text: fn(
        StatusCode,
        axum::http::Version,
        &axum::http::HeaderMap,
        &axum::http::Extensions,
    ) -> bool = |_, _, headers, _| {
        // A page for one person (no-store, private) carries its form token and what only that
        // person may read beside text anyone can put in it (a search, a 404's words): compressed,
        // its length could give them away (BREACH). Public responses only.
        let personal = headers
            .get(header::CACHE_CONTROL)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("no-store") || v.contains("private"));
        if personal {
            return false;
        }
        let kind = headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .unwrap_or("")
            .trim();
        kind.starts_with("text/")
            || matches!(
                kind,
                "application/json"
                    | "application/problem+json"
                    | "application/ld+json"
                    | "application/geo+json"
                    | "application/javascript"
                    | "application/xml"
                    | "image/svg+xml"
            )
    };
    tower_http::compression::CompressionLayer::new()
        .gzip(true)
        .compress_when(SizeAbove::new(512).and(text))
}

fn not_modified(tag: HeaderValue, confirmed: &axum::http::HeaderMap) -> Response {
    let mut res = Response::new(Body::empty());
    *res.status_mut() = StatusCode::NOT_MODIFIED;
    res.headers_mut().insert(header::ETAG, tag);
    // As the 200 it confirms would say (compression varies by it).
    res.headers_mut()
        .insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    for name in [header::CACHE_CONTROL, header::LAST_MODIFIED] {
        if let Some(v) = confirmed.get(&name) {
            res.headers_mut().insert(name, v.clone());
        }
    }
    res
}

/// How long browsers keep to HTTPS once told (a year), when Agora is served over TLS.
const HSTS: &str = "max-age=31536000; includeSubDomains";

/// Security headers on every response; `Strict-Transport-Security` too when Agora is served
/// over TLS (`--public-url https://...`), so a browser never goes back to plain HTTP.
pub async fn security_headers(
    State(state): State<crate::state::AppState>,
    req: Request,
    next: Next,
) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    if state.secure_cookies {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static(HSTS),
        );
    }
    // A response may have set a stricter policy (a document's file: a sandbox).
    h.entry(header::CONTENT_SECURITY_POLICY)
        .or_insert(HeaderValue::from_static(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
             font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; \
             form-action 'self'; frame-ancestors 'none'",
        ));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    // A page may have set a stricter policy (e.g. no-referrer where the URL holds a secret).
    h.entry(header::REFERRER_POLICY)
        .or_insert(HeaderValue::from_static("strict-origin-when-cross-origin"));
    h.insert(
        header::HeaderName::from_static("cross-origin-opener-policy"),
        HeaderValue::from_static("same-origin"),
    );
    res
}

/// CSRF, second line: a state-changing request must come from our own pages. Browsers say where
/// a request comes from in `Sec-Fetch-Site`; older ones send `Origin`. A request that says it is
/// cross-site, or whose Origin is not this host, is refused before any handler runs.
pub async fn same_origin(req: Request, next: Next) -> Response {
    let safe = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if !safe {
        let h = req.headers();
        let site = h.get("sec-fetch-site").and_then(|v| v.to_str().ok());
        let host = h.get(header::HOST).and_then(|v| v.to_str().ok());
        let refused = match site {
            // The browser says so itself (scripts cannot set this header). A page whose
            // Referrer-Policy is no-referrer makes the browser send `Origin: null` even to its
            // own origin, so Origin is only consulted when Sec-Fetch-Site is absent.
            Some(s) => s != "same-origin" && s != "none",
            None => h
                .get(header::ORIGIN)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|o| {
                    o == "null" || host.is_none_or(|host| o.split("://").nth(1) != Some(host))
                }),
        };
        if refused {
            tracing::warn!(method = %req.method(), path = %req.uri().path(), "cross-site request refused");
            return (
                StatusCode::FORBIDDEN,
                [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
                "cross-site requests are refused\n",
            )
                .into_response();
        }
    }
    next.run(req).await
}

#[cfg(test)]
mod tests {
    use super::fingerprint;

    #[test]
    fn fingerprints_tell_bodies_apart() {
        let a = fingerprint(b"<p>Members on 2009-06-04 (10)</p>");
        assert_eq!(a, fingerprint(b"<p>Members on 2009-06-04 (10)</p>"));
        assert_ne!(a, fingerprint(b"<p>Members on 2009-06-04 (11)</p>"));
        assert_ne!(fingerprint(b"ab"), fingerprint(b"ab\0"));
        assert_ne!(fingerprint(b""), fingerprint(b"\0"));
    }
}
