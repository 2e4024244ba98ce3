//! Every route of Agora, in one place.

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};

use crate::error::{ApiError, AppError};
use crate::pages::PageError;
use crate::state::AppState;
use crate::{api, cache, middleware, pages, statics};

/// The request body limit for every route (the registry takes no uploads yet).
pub const BODY_LIMIT: usize = 64 * 1024;

pub fn router(state: AppState) -> Router {
    Router::new()
        // pages
        .route("/", get(pages::home::page))
        .route("/fora", get(pages::fora::list))
        .route("/fora/{id}", get(pages::fora::show))
        .route("/fora/{id}/map.svg", get(pages::fora::map_svg))
        .route("/map.svg", get(pages::home::participation_map))
        .route("/areas", get(pages::areas::list))
        .route("/areas/{code}", get(pages::areas::show))
        .route("/organisations", get(pages::organisations::list))
        .route("/organisations/{id}", get(pages::organisations::show))
        .route("/api/docs", get(pages::docs::page))
        .route(
            "/account/setup/{token}",
            get(pages::account::form).post(pages::account::submit),
        )
        .route("/account", get(pages::session::account))
        .route(
            "/account/sign-in",
            get(pages::session::sign_in_form).post(pages::session::sign_in),
        )
        .route("/account/sign-out", post(pages::session::sign_out))
        // API
        .route("/api/openapi.json", get(openapi))
        .route("/api/v1/fora", get(api::fora::list))
        .route("/api/v1/fora/{id}", get(api::fora::show))
        .route("/api/v1/fora/{id}/memberships", get(api::fora::memberships))
        .route("/api/v1/areas", get(api::areas::list))
        .route("/api/v1/areas/{code}", get(api::areas::show))
        .route("/api/v1/organisations", get(api::organisations::list))
        .route("/api/v1/organisations/{id}", get(api::organisations::show))
        // operations and assets
        .route("/healthz", get(healthz))
        .route("/static/{*path}", get(statics::serve))
        .fallback(not_found)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            cache::layer,
        ))
        .with_state(state)
        .layer(axum::middleware::from_fn(middleware::etag))
        .layer(axum::middleware::from_fn(middleware::security_headers))
        .layer(axum::middleware::from_fn(middleware::same_origin))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(axum::middleware::from_fn(middleware::log_request))
}

async fn openapi() -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        crate::openapi::document(),
    )
        .into_response()
}

async fn healthz(axum::extract::State(state): axum::extract::State<AppState>) -> Response {
    match state.store.latest_change().await {
        Ok(_) => (StatusCode::OK, "ok\n").into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "store unavailable\n").into_response()
        }
    }
}

async fn not_found(uri: Uri) -> Response {
    if uri.path().starts_with("/api/") {
        ApiError(AppError::NoRoute).into_response()
    } else {
        PageError(AppError::NoRoute).into_response()
    }
}
