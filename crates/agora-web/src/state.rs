//! Shared state: the application (store, files, search index, the read model that follows the
//! change log) and what only the web needs beside it (the response cache, password hashing,
//! the form key, cookies and proxies).

use std::sync::Arc;

use agora_app::App;
use agora_core::Day;
use agora_store::Store;

use crate::error::AppError;

#[derive(Clone)]
pub struct AppState {
    /// The application layer: every use-case the pages and the API share. The state derefs to
    /// it, so `state.store`, `state.registry()` and `state.today()` are the application's.
    pub app: App,
    /// Rendered responses, keyed by data version, day and URL.
    pub responses: Arc<crate::cache::ResponseCache>,
    /// Served over TLS (`--public-url https://...`): cookies are `Secure` and `__Host-` prefixed,
    /// and every response carries `Strict-Transport-Security`.
    pub secure_cookies: bool,
    /// Password hashing, a few at a time.
    pub hashing: Arc<crate::auth::Hashing>,
    /// The key of the sign-in form's tokens, shared by every node (kept in the store).
    pub form_key: Arc<[u8]>,
    /// Reverse proxies whose `X-Forwarded-For` says who the client is (`--trusted-proxy`).
    pub trusted_proxies: Arc<[std::net::IpAddr]>,
    /// Requests counted and timed, and what `/metrics` reports.
    pub metrics: Arc<crate::metrics::Metrics>,
    /// Who may read `/metrics` (`--metrics-from`; this machine by default).
    pub metrics_from: Arc<agora_core::policy::OperatorNetworks>,
}

impl std::ops::Deref for AppState {
    type Target = App;
    fn deref(&self) -> &App {
        &self.app
    }
}

impl AppState {
    pub async fn new(
        store: Arc<dyn Store>,
        blobs: agora_store::Blobs,
        search: Arc<agora_search::SearchIndex>,
        today: Option<Day>,
    ) -> Result<AppState, AppError> {
        let form_key = store
            .secret("form-token-key", &crate::auth::new_token().0)
            .await?;
        let app = App::new(store, blobs, search, today).await?;
        Ok(AppState {
            app,
            responses: Arc::new(crate::cache::ResponseCache::default()),
            secure_cookies: false,
            hashing: Arc::new(crate::auth::Hashing::for_this_machine()),
            form_key: form_key.into_bytes().into(),
            trusted_proxies: Arc::new([]),
            metrics: Arc::new(crate::metrics::Metrics::default()),
            metrics_from: Arc::new(agora_core::policy::OperatorNetworks::default()),
        })
    }

    /// Where people reach Agora (`--public-url`): absolute links are written with it, and over
    /// https:// cookies are `Secure` and `__Host-` prefixed and responses carry HSTS.
    pub fn with_public_url(mut self, url: agora_app::PublicUrl) -> AppState {
        self.secure_cookies = url.is_https();
        self.app.public_url = url;
        self
    }

    /// Send mail (news of contributions, password links) through `mailer`.
    pub fn with_mailer(mut self, mailer: agora_app::mail::Mailer) -> AppState {
        self.app.mailer = Some(mailer);
        self
    }

    /// Read uploaded PDFs with `reader` (a child process with time and memory limits).
    pub fn with_pdf_reader(mut self, reader: agora_extract::PdfReader) -> AppState {
        self.app = self.app.with_pdf_reader(reader);
        self
    }

    /// The client of a request as the throttle and the audit log count it (see `client.rs`).
    pub fn client_key(&self, peer: std::net::IpAddr, headers: &axum::http::HeaderMap) -> String {
        crate::client::key(crate::client::address(&self.trusted_proxies, peer, headers))
    }
}
