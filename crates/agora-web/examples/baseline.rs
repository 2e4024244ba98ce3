//! The baseline for `scripts/bench-http`: a minimal axum JSON handler on the same runtime
//! settings as `agora serve`, so the benchmark can report Agora's pages relative to it.
//! Usage: `baseline 127.0.0.1:0` (prints the address it listens on).

use axum::Json;
use axum::routing::get;

fn main() -> std::io::Result<()> {
    let addr = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:0".into());
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?
        .block_on(async {
            let app = axum::Router::new()
                .route("/", get(|| async { Json(serde_json::json!({"ok": true})) }));
            let listener = tokio::net::TcpListener::bind(&addr).await?;
            println!("baseline serving on http://{}", listener.local_addr()?);
            axum::serve(listener, app).await
        })
}
