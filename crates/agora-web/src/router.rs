//! Every route of Agora, in one place. Routes are added through [`Routes`], which records each
//! method and path as it builds the router, so [`route_table`] lists exactly what is served (the
//! route-by-role test walks it: a new route without an expected status for every role fails).

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::handler::Handler;
use axum::http::{Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};

use crate::error::{ApiError, AppError};
use crate::state::AppState;
use crate::{api, cache, middleware, pages, statics};

/// The request body limit for every route but the uploads (see [`crate::upload::UPLOAD_LIMIT`]).
pub const BODY_LIMIT: usize = 64 * 1024;

/// The router being built, and the table of what it serves.
pub struct Routes {
    router: Router<AppState>,
    table: Vec<(Method, &'static str)>,
}

impl Routes {
    fn get<H: Handler<T, AppState>, T: 'static>(mut self, path: &'static str, h: H) -> Routes {
        self.table.push((Method::GET, path));
        self.router = self.router.route(path, get(h));
        self
    }

    fn post<H: Handler<T, AppState>, T: 'static>(mut self, path: &'static str, h: H) -> Routes {
        self.table.push((Method::POST, path));
        self.router = self.router.route(path, post(h));
        self
    }

    /// An upload alone (POST with a file), taking bodies up to the upload limit.
    fn upload<H: Handler<T, AppState>, T: 'static>(mut self, path: &'static str, h: H) -> Routes {
        self.table.push((Method::POST, path));
        let limit = DefaultBodyLimit::max(crate::upload::UPLOAD_LIMIT);
        self.router = self.router.route(path, post(h).layer(limit));
        self
    }

    fn put<H: Handler<T, AppState>, T: 'static>(mut self, path: &'static str, h: H) -> Routes {
        self.table.push((Method::PUT, path));
        self.router = self.router.route(path, axum::routing::put(h));
        self
    }

    fn get_post<G, TG, P, TP>(self, path: &'static str, g: G, p: P) -> Routes
    where
        G: Handler<TG, AppState>,
        TG: 'static,
        P: Handler<TP, AppState>,
        TP: 'static,
    {
        self.get_and_post(path, get(g).post(p))
    }

    /// A GET and an upload (POST with a file): only these take bodies up to the upload limit.
    fn get_upload<G, TG, P, TP>(self, path: &'static str, g: G, p: P) -> Routes
    where
        G: Handler<TG, AppState>,
        TG: 'static,
        P: Handler<TP, AppState>,
        TP: 'static,
    {
        let limit = DefaultBodyLimit::max(crate::upload::UPLOAD_LIMIT);
        self.get_and_post(path, get(g).post(p).layer(limit))
    }

    fn get_and_post(
        mut self,
        path: &'static str,
        both: axum::routing::MethodRouter<AppState>,
    ) -> Routes {
        self.table.push((Method::GET, path));
        self.table.push((Method::POST, path));
        self.router = self.router.route(path, both);
        self
    }
}

fn routes() -> Routes {
    Routes {
        router: Router::new(),
        table: Vec::new(),
    }
    // public pages
    .get("/", pages::home::page)
    .get("/fora", pages::fora_list::list)
    .get("/fora.csv", pages::fora_list::list_csv)
    .get("/fora/{id}", pages::fora::show)
    .get("/fora/{id}/map.svg", pages::fora::map_svg)
    .get("/fora/{id}/members.csv", pages::fora::members_csv)
    .get("/fora/{id}/history", pages::history::history)
    .get("/map.svg", pages::home::participation_map)
    .get("/areas", pages::areas::list)
    .get("/areas.csv", pages::areas::list_csv)
    .get("/areas/{code}", pages::areas::show)
    .get("/areas/{code}/history", pages::history::area_history)
    .get("/areas/{code}/map.svg", pages::area_portfolio::map_svg)
    .get(
        "/areas/{code}/neighbours.csv",
        pages::area_portfolio::neighbours_csv,
    )
    .get("/organisations", pages::organisations::list)
    .get("/organisations.csv", pages::organisations::list_csv)
    .get("/organisations/{id}", pages::organisations::show)
    .get(
        "/organisations/{id}/history",
        pages::history::organisation_history,
    )
    .get("/provenance", pages::provenance::page)
    .get("/api/docs", pages::docs::page)
    // the document library
    .get("/documents", pages::library::list)
    .get("/documents.csv", pages::library::list_csv)
    .get_upload(
        "/documents/upload",
        pages::library::upload_form,
        pages::library::upload,
    )
    .get("/documents/{id}", pages::library::show)
    .get("/documents/{id}/files/{sha}", pages::library::file)
    // meetings
    .get("/changes.atom", pages::feeds::changes)
    .get("/search.atom", pages::feeds::search)
    .get("/feeds/{key}", pages::feeds::private)
    .post("/account/searches", pages::feeds::save_search)
    .post("/account/searches/{id}/delete", pages::feeds::forget_search)
    .post("/account/feed-key", pages::feeds::make_key)
    .post("/account/feed-key/end", pages::feeds::end_key)
    .get("/data", pages::data::page)
    .get("/data/catalog.jsonld", pages::data::catalog)
    .get("/data/releases/{name}/{file}", pages::data::release_file)
    .post("/data/releases", pages::data::make_release)
    .get("/meetings", pages::meetings::calendar)
    .get("/meetings.ics", pages::meetings::calendar_ics)
    .get("/fora/{id}/meetings.ics", pages::meetings::forum_ics)
    .get("/areas/{code}/meetings.ics", pages::meetings::area_ics)
    .get("/meetings/{id}", pages::meetings::show)
    .get("/meetings/{id}/map.svg", pages::meetings::map_svg)
    // recommendations and follow-up
    .get("/landscape", pages::landscape::page)
    .get("/landscape.csv", pages::landscape::pairs_csv)
    .get(
        "/landscape/then-and-now.csv",
        pages::landscape::then_and_now_csv,
    )
    .get("/recommendations", pages::recommendations::register)
    .get("/recommendations/{id}", pages::recommendations::show)
    .post(
        "/recommendations/{id}/related",
        pages::recommendations::decide_related,
    )
    .get_post(
        "/recommendations/{id}/support",
        pages::support::form,
        pages::support::declare,
    )
    .get("/follow-ups", pages::recommendations::dashboard)
    .get("/follow-ups.csv", pages::recommendations::follow_ups_csv)
    .get("/follow-ups/{id}", pages::recommendations::follow_up)
    .get_post(
        "/assessments",
        pages::assessments::list,
        pages::assessments::open,
    )
    .get("/assessments/{id}", pages::assessments::show)
    .get("/assessments/{id}/report.pdf", pages::assessment_pdf::pdf)
    .post("/assessments/{id}/steps", pages::assessments::step)
    .get("/practices", pages::practices::list)
    .get("/practices/{id}", pages::practices::show)
    .post(
        "/practices/{id}/contacts/removal",
        pages::practices::remove_contacts,
    )
    .get_post(
        "/practice-calls",
        pages::practice_calls::list,
        pages::practice_calls::open,
    )
    .get("/practice-calls/{id}", pages::practice_calls::show)
    .post(
        "/practice-calls/{id}/reviewers",
        pages::practice_calls::invite,
    )
    .post(
        "/practice-calls/{id}/acceptance",
        pages::practice_calls::accept,
    )
    .get_post(
        "/practice-calls/{id}/submit",
        pages::practice_calls::submit_form,
        pages::practice_calls::submit,
    )
    .get("/practice-submissions/{id}", pages::practice_review::show)
    .post(
        "/practice-submissions/{id}/declaration",
        pages::practice_review::declare,
    )
    .post(
        "/practice-submissions/{id}/review",
        pages::practice_review::review,
    )
    .post(
        "/practice-submissions/{id}/overrides",
        pages::practice_review::override_conflict,
    )
    .post(
        "/practice-submissions/{id}/decision",
        pages::practice_review::decide,
    )
    .post(
        "/practice-submissions/{id}/releases",
        pages::practice_review::release,
    )
    .get_post(
        "/practice-submissions/{id}/revise",
        pages::practice_review::revise_form,
        pages::practice_review::revise,
    )
    .get("/reporting-cycles", pages::cycles::list)
    .get("/reporting-cycles/{id}", pages::cycles::show)
    .post("/reporting-cycles/{id}/reports", pages::cycles::report)
    .post(
        "/reporting-cycles/{id}/reports/{report}/review",
        pages::cycles::review,
    )
    // search
    .get("/search", pages::search::page)
    // accounts
    .get_post(
        "/account/setup/{token}",
        pages::account::form,
        pages::account::submit,
    )
    .get("/account", pages::settings::account)
    .get_post(
        "/account/sign-in",
        pages::session::sign_in_form,
        pages::session::sign_in,
    )
    .get_post("/account/reset", pages::reset::form, pages::reset::send)
    .post("/account/sign-out", pages::session::sign_out)
    .post("/account/password", pages::settings::password)
    .post("/account/tokens", pages::settings::create_token)
    .post("/account/tokens/{id}/revoke", pages::settings::revoke_token)
    .get_post(
        "/admin/users",
        pages::settings::users,
        pages::settings::add_user,
    )
    .post("/admin/users/{id}", pages::settings::change_user)
    .get("/admin/audit", pages::settings::audit_log)
    // contributions
    .get_post(
        "/fora/{id}/propose",
        pages::propose::propose_form,
        pages::propose::propose,
    )
    .get_post(
        "/fora/{id}/meetings/propose",
        pages::propose_meeting::form,
        pages::propose_meeting::propose,
    )
    .get_post(
        "/fora/{id}/report",
        pages::report::form,
        pages::report::send,
    )
    .get("/contributions", pages::contribute::mine)
    .get_upload(
        "/contributions/spreadsheet",
        pages::contribute::spreadsheet_form,
        pages::contribute::spreadsheet,
    )
    .get("/contributions/{id}", pages::contribute::show)
    .post("/contributions/{id}/step", pages::contribute::step)
    .post("/contributions/{id}/rebase", pages::contribute::rebase)
    .get_post(
        "/contributions/{id}/edit",
        pages::contribute::revise_form,
        pages::contribute::revise,
    )
    .get("/review", pages::contribute::review)
    // API
    .get("/api/openapi.json", openapi)
    .get("/api/v1/fora", api::fora::list)
    .get("/api/v1/analysis/overlap", api::analysis::overlap)
    .get("/api/v1/analysis/duplication", api::analysis::duplication)
    .get("/api/v1/analysis/network", api::analysis::network)
    .get("/api/v1/analysis/changes", api::analysis::changes)
    .get(
        "/api/v1/analysis/suggestions/{forum}",
        api::analysis::suggestions,
    )
    .get("/api/v1/fora/{id}", api::fora::show)
    .get("/api/v1/fora/{id}/memberships", api::fora::memberships)
    .get("/api/v1/fora/{id}/history", api::contributions::history)
    .get("/api/v1/areas", api::areas::list)
    .get("/api/v1/areas/{code}", api::areas::show)
    .get("/api/v1/organisations", api::organisations::list)
    .get("/api/v1/organisations/{id}", api::organisations::show)
    .get("/api/v1/meetings", api::meetings::list)
    .get("/api/v1/meetings/{id}", api::meetings::show)
    .get("/api/v1/recommendations", api::recommendations::list)
    .get("/api/v1/recommendations/{id}", api::recommendations::show)
    .get("/api/v1/follow-ups", api::recommendations::follow_ups)
    .get("/api/v1/follow-ups/{id}", api::recommendations::follow_up)
    .get_post(
        "/api/v1/reporting-cycles",
        api::cycles::list,
        api::cycles::open,
    )
    .get("/api/v1/reporting-cycles/{id}", api::cycles::show)
    .post("/api/v1/reporting-cycles/{id}/reports", api::cycles::report)
    .post(
        "/api/v1/reporting-cycles/{id}/reports/{report}/review",
        api::cycles::review,
    )
    .get_post(
        "/api/v1/assessments",
        api::assessments::list,
        api::assessments::open,
    )
    .get("/api/v1/assessments/{id}", api::assessments::show)
    .post("/api/v1/assessments/{id}/steps", api::assessments::step)
    .get("/api/v1/practices", api::practices::list)
    .get("/api/v1/practices/{id}", api::practices::show)
    .post(
        "/api/v1/practices/{id}/contacts/removal",
        api::practices::remove_contacts,
    )
    .get_post(
        "/api/v1/practice-calls",
        api::practices::list_calls,
        api::practices::open_call,
    )
    .get("/api/v1/practice-calls/{id}", api::practices::show_call)
    .post(
        "/api/v1/practice-calls/{id}/reviewers",
        api::practices::invite,
    )
    .post(
        "/api/v1/practice-calls/{id}/acceptance",
        api::practices::accept,
    )
    .post(
        "/api/v1/practice-calls/{id}/submissions",
        api::practices::submit,
    )
    .get(
        "/api/v1/practice-submissions/{id}",
        api::practices::show_submission,
    )
    .post(
        "/api/v1/practice-submissions/{id}/resubmission",
        api::practices::resubmit,
    )
    .post(
        "/api/v1/practice-submissions/{id}/declaration",
        api::practices::declare,
    )
    .post(
        "/api/v1/practice-submissions/{id}/review",
        api::practices::review,
    )
    .post(
        "/api/v1/practice-submissions/{id}/overrides",
        api::practices::override_conflict,
    )
    .post(
        "/api/v1/practice-submissions/{id}/decision",
        api::practices::decide,
    )
    .post(
        "/api/v1/practice-submissions/{id}/releases",
        api::practices::release,
    )
    .get("/api/v1/provenance", api::provenance::show)
    .get("/api/v1/data/{file}", api::data::file)
    .get_upload(
        "/api/v1/documents",
        api::documents::list,
        api::documents::create,
    )
    .get("/api/v1/documents/{id}", api::documents::show)
    .get("/api/v1/search", api::search::search)
    .get("/api/v1/me", api::contributions::me)
    .get_post(
        "/api/v1/contributions",
        api::contributions::list,
        api::contributions::create,
    )
    .upload(
        "/api/v1/contributions/spreadsheet",
        api::contributions::create_from_spreadsheet,
    )
    .get("/api/v1/contributions/{id}", api::contributions::show)
    .put("/api/v1/contributions/{id}", api::contributions::revise)
    .post("/api/v1/contributions/{id}/steps", api::contributions::step)
    // operations and assets
    .get("/healthz", healthz)
    .get("/readyz", readyz)
    .get("/metrics", crate::metrics::serve)
    .get("/static/{*path}", statics::serve)
}

/// Every (method, path) the router serves, in the order they were added.
pub fn route_table() -> Vec<(Method, &'static str)> {
    routes().table
}

pub fn router(state: AppState) -> Router {
    let metrics_state = state.clone();
    let routed = routes()
        .router
        .fallback(not_found)
        // Inside the viewer's layer: it reads who the viewer is.
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            crate::nav::layer,
        ))
        // Inside the cache: what is kept is the page with its links in its language.
        .layer(axum::middleware::from_fn(crate::lang::links))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            crate::viewer::layer,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            cache::layer,
        ))
        // Outside the cache, so that its answers are counted under their route too.
        .layer(axum::middleware::from_fn(crate::metrics::mark_route))
        .with_state(state.clone())
        .layer(axum::middleware::from_fn(middleware::etag))
        .layer(middleware::compression())
        .layer(axum::middleware::from_fn_with_state(
            state,
            middleware::security_headers,
        ))
        .layer(axum::middleware::from_fn(middleware::same_origin))
        .layer(DefaultBodyLimit::max(BODY_LIMIT));
    // The language prefix is read off before routing (a layer of a router runs after its own
    // routing), so each route is written once for the six languages.
    Router::new()
        .fallback_service(routed)
        .layer(axum::middleware::from_fn(crate::lang::layer))
        .layer(axum::middleware::from_fn(middleware::log_request))
        .layer(axum::middleware::from_fn_with_state(
            metrics_state,
            crate::metrics::layer,
        ))
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

/// 200 once this node's search index has caught up with the change log (and while the store
/// answers); 503 before, with Retry-After: a load balancer sends it no traffic yet. The body
/// says, for programs, how far the index is: `{"ready":false,"index":120,"change_log":5000}`.
async fn readyz(axum::extract::State(state): axum::extract::State<AppState>) -> Response {
    match state.readiness().await {
        Ok(r) => {
            let body = axum::Json(serde_json::json!({
                "ready": r.ready,
                "index": r.indexed,
                "change_log": r.log,
            }));
            if r.ready {
                (StatusCode::OK, body).into_response()
            } else {
                (
                    StatusCode::SERVICE_UNAVAILABLE,
                    [(header::RETRY_AFTER, "1")],
                    body,
                )
                    .into_response()
            }
        }
        Err(e) => {
            tracing::error!(error = %e, "readiness check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "store unavailable\n").into_response()
        }
    }
}

async fn not_found(uri: Uri) -> Response {
    if uri.path().starts_with("/api/") {
        ApiError(AppError::NoRoute).into_response()
    } else {
        crate::pages::no_route(uri.path())
    }
}
