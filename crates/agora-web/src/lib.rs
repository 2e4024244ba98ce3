//! Agora's web interface: server-rendered pages (askama), the JSON API under `/api/v1` with its
//! OpenAPI 3.1 description, and the HTTP plumbing (errors, ETags, security headers, request log).
//! Handlers are thin: they parse parameters strictly, read the registry, and build wire types or
//! view models.

use std::future::Future;
use std::net::SocketAddr;

use tokio::net::TcpListener;

pub mod api;
pub mod cache;
pub mod error;
pub mod map;
pub mod middleware;
pub mod openapi;
pub mod pages;
pub mod params;
pub mod registry;
pub mod router;
pub mod state;
pub mod statics;

pub use router::router;
pub use state::AppState;

/// Serve until `shutdown` completes, then finish the requests in flight.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(
        listener,
        router(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
}
