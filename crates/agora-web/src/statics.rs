//! Static files, compiled into the binary: our stylesheet and script, and the Swagger UI files
//! vendored from the npm package swagger-ui-dist (see `scripts/vendor-assets`).

use axum::extract::Path;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

const FILES: &[(&str, &str, &[u8])] = &[
    (
        "style.css",
        "text/css; charset=utf-8",
        include_bytes!("../static/style.css"),
    ),
    (
        "api-docs.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../static/api-docs.js"),
    ),
    (
        "cite.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../static/cite.js"),
    ),
    (
        "api-docs.css",
        "text/css; charset=utf-8",
        include_bytes!("../static/api-docs.css"),
    ),
    (
        "vendor/swagger-ui/swagger-ui.css",
        "text/css; charset=utf-8",
        include_bytes!("../static/vendor/swagger-ui/swagger-ui.css"),
    ),
    (
        "vendor/swagger-ui/swagger-ui-bundle.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../static/vendor/swagger-ui/swagger-ui-bundle.js"),
    ),
];

/// The names of every static file (for tests that check each is served).
pub fn names() -> impl Iterator<Item = &'static str> {
    FILES.iter().map(|(n, _, _)| *n)
}

pub async fn serve(Path(path): Path<String>) -> Response {
    match FILES.iter().find(|(name, _, _)| *name == path) {
        Some((_, mime, bytes)) => (
            [
                (header::CONTENT_TYPE, *mime),
                (header::CACHE_CONTROL, "public, max-age=3600"),
            ],
            *bytes,
        )
            .into_response(),
        None => (
            StatusCode::NOT_FOUND,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "no such file\n",
        )
            .into_response(),
    }
}
