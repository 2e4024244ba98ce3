//! Agora's web interface: server-rendered pages (askama), the JSON API under `/api/v1` with its
//! OpenAPI 3.1 description, and the HTTP plumbing (errors, ETags, security headers, request log).
//! Handlers are thin: they parse parameters strictly, read the registry, and build wire types or
//! view models.

use std::future::Future;
use std::net::SocketAddr;
use std::time::Duration;

use tokio::net::TcpListener;

pub mod api;
pub mod auth;
pub mod cache;
pub mod cite;
pub mod client;
pub mod error;
pub mod explain;
pub mod gazetteer;
pub mod lang;
pub mod map;
pub mod metrics;
pub mod middleware;
pub mod nav;
pub mod openapi;
pub mod pages;
pub mod params;
pub mod regions;
pub mod router;
pub mod search;
pub mod state;
pub mod statics;
pub mod upload;
pub mod viewer;

pub use router::router;
pub use state::AppState;

/// How long requests in flight may take to finish once shutdown begins. A client that holds a
/// connection open without completing its request cannot keep the server up longer than this.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

/// Serve until `shutdown` completes, then finish the requests in flight, for at most `grace`.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
    grace: Duration,
) -> std::io::Result<()> {
    let (started, mut stopping) = tokio::sync::watch::channel(false);
    let signal = async move {
        shutdown.await;
        let _ = started.send(true);
    };
    let server = axum::serve(
        listener,
        router(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(signal);
    let deadline = async move {
        let _ = stopping.wait_for(|s| *s).await;
        tokio::time::sleep(grace).await;
    };
    tokio::select! {
        result = server => result,
        () = deadline => {
            tracing::warn!(seconds = grace.as_secs(), "requests still open after the grace period; stopping anyway");
            Ok(())
        }
    }
}
