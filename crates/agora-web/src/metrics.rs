//! `/metrics`, for an operator's Prometheus: requests counted and timed per route (the route's
//! template, so that the labels stay few), the change log's and the search index's positions
//! and the lag between them, the database connection pool's use, and the response cache's hits
//! and misses. Written by `prometheus-client` in the OpenMetrics text format to a scraper that
//! asks for it (Prometheus does), else in Prometheus's classic text format (version 0.0.4). Only the networks the
//! operator allows may read it (`agora_core::policy::OperatorNetworks`): 403 for any other.

use std::net::SocketAddr;
use std::time::Instant;

use axum::extract::{ConnectInfo, MatchedPath, Request, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;

use crate::error::{ApiError, AppError};
use crate::state::AppState;

/// Upper bounds of the latency buckets, in seconds: 0.5 ms to 5 s.
const BUCKETS: [f64; 14] = [
    0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0,
];

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    route: String,
    method: String,
    status: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    route: String,
    method: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct CacheLabels {
    outcome: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct PoolLabels {
    state: &'static str,
}

fn latency_histogram() -> Histogram {
    Histogram::new(BUCKETS)
}

/// The metrics of one process.
pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: Family<RouteLabels, Histogram, fn() -> Histogram>,
    cache: Family<CacheLabels, Counter>,
    change_log: Gauge,
    index: Gauge,
    lag: Gauge,
    pool: Family<PoolLabels, Gauge>,
}

impl Default for Metrics {
    fn default() -> Metrics {
        let mut registry = Registry::with_prefix("agora");
        let requests = Family::<RequestLabels, Counter>::default();
        let latency = Family::<RouteLabels, Histogram, fn() -> Histogram>::new_with_constructor(
            latency_histogram,
        );
        let cache = Family::<CacheLabels, Counter>::default();
        let (change_log, index, lag) = (Gauge::default(), Gauge::default(), Gauge::default());
        let pool = Family::<PoolLabels, Gauge>::default();
        registry.register(
            "http_requests",
            "HTTP requests answered, by route template, method and status",
            requests.clone(),
        );
        registry.register(
            "http_request_duration_seconds",
            "Time from a request's arrival to its response's head, by route template and method",
            latency.clone(),
        );
        registry.register(
            "response_cache_lookups",
            "Requests the response cache answered (hit), rendered and kept or passed (miss), or let by because they carry credentials (bypass)",
            cache.clone(),
        );
        registry.register(
            "change_log_position",
            "The latest change-log entry of the store",
            change_log.clone(),
        );
        registry.register(
            "search_index_position",
            "The change-log entry this node's search index has reached",
            index.clone(),
        );
        registry.register(
            "search_index_lag",
            "Change-log entries this node's search index is behind",
            lag.clone(),
        );
        registry.register(
            "db_pool_connections",
            "The database connection pool: connections in use, idle, and the most it opens",
            pool.clone(),
        );
        Metrics {
            registry,
            requests,
            latency,
            cache,
            change_log,
            index,
            lag,
            pool,
        }
    }
}

impl Metrics {
    /// A request answered: `route` is its template (None when no route matched).
    fn observe(&self, route: Option<&str>, method: &str, status: u16, seconds: f64) {
        let route = route.unwrap_or("unmatched").to_owned();
        // A client may send any method: the label keeps to the standard ones.
        let method = match method {
            "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS" => method,
            _ => "other",
        };
        self.latency
            .get_or_create(&RouteLabels {
                route: route.clone(),
                method: method.to_owned(),
            })
            .observe(seconds);
        self.requests
            .get_or_create(&RequestLabels {
                route,
                method: method.to_owned(),
                status: status.to_string(),
            })
            .inc();
    }

    /// The response cache answered (`hit`), rendered (`miss`) or was passed (`bypass`).
    pub fn cache(&self, outcome: &'static str) {
        self.cache.get_or_create(&CacheLabels { outcome }).inc();
    }
}

/// Inside the routes (after routing): the matched route's template goes out with the response,
/// for [`layer`] outside, which cannot see it.
pub async fn mark_route(req: Request, next: Next) -> Response {
    let matched = req.extensions().get::<MatchedPath>().cloned();
    let mut res = next.run(req).await;
    if let Some(m) = matched {
        res.extensions_mut().insert(m);
    }
    res
}

/// Outside everything: each request counted and timed under its route's template.
pub async fn layer(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let start = Instant::now();
    let method = req.method().clone();
    let res = next.run(req).await;
    let route = res
        .extensions()
        .get::<MatchedPath>()
        .map(MatchedPath::as_str);
    state.metrics.observe(
        route,
        method.as_str(),
        res.status().as_u16(),
        start.elapsed().as_secs_f64(),
    );
    res
}

/// The classic Prometheus text format (0.0.4) of an OpenMetrics text: a counter's family is
/// named as its samples are (`x_total`), and there is no `# EOF` (nor `# UNIT`).
fn classic(openmetrics: &str) -> String {
    let counters: std::collections::HashSet<&str> = openmetrics
        .lines()
        .filter_map(|l| l.strip_prefix("# TYPE "))
        .filter_map(|l| l.strip_suffix(" counter"))
        .collect();
    let mut out = String::with_capacity(openmetrics.len());
    for line in openmetrics.lines() {
        if line == "# EOF" || line.starts_with("# UNIT ") {
            continue;
        }
        let renamed = ["# HELP ", "# TYPE "].iter().find_map(|p| {
            let rest = line.strip_prefix(p)?;
            let (name, tail) = rest.split_once(' ')?;
            counters
                .contains(name)
                .then(|| format!("{p}{name}_total {tail}"))
        });
        out.push_str(renamed.as_deref().unwrap_or(line));
        out.push('\n');
    }
    out
}

/// `GET /metrics`: the text format, to the allowed networks only.
pub async fn serve(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
) -> Response {
    // A proxy that is not trusted says it forwards for someone: that someone may be the public,
    // whatever the proxy's own address (a proxy on this machine is loopback).
    let client =
        if crate::client::relayed_by_a_stranger(&state.trusted_proxies, peer.ip(), &headers) {
            None
        } else {
            crate::client::forwarded_client(&state.trusted_proxies, peer.ip(), &headers)
        };
    if !client.is_some_and(|c| state.metrics_from.may_read_metrics(c)) {
        return ApiError(AppError::Forbidden(agora_i18n::Said::new(
            "metrics-not-allowed",
        )))
        .into_response();
    }
    let m = &state.metrics;
    let indexed = state.search_position();
    match state.store.latest_change().await {
        Ok(log) => {
            m.change_log.set(log);
            m.lag.set((log - indexed).max(0));
        }
        Err(e) => tracing::warn!(error = %e, "metrics: the change log's position is unknown"),
    }
    m.index.set(indexed);
    let pool = state.store.pool_use();
    let set = |state: &'static str, n: u32| {
        m.pool
            .get_or_create(&PoolLabels { state })
            .set(i64::from(n));
    };
    set("in_use", pool.open.saturating_sub(pool.idle));
    set("idle", pool.idle);
    set("max", pool.max);
    let mut text = String::new();
    if let Err(e) = prometheus_client::encoding::text::encode(&mut text, &m.registry) {
        return ApiError(AppError::Internal(format!("encoding the metrics: {e}"))).into_response();
    }
    let openmetrics = headers
        .get_all(header::ACCEPT)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.contains("application/openmetrics-text"));
    let (body, kind) = if openmetrics {
        (
            text,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )
    } else {
        (classic(&text), "text/plain; version=0.0.4; charset=utf-8")
    };
    let mut res = body.into_response();
    res.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_classic_format_names_counters_as_their_samples() {
        let om = "# HELP a_requests Requests.\n# TYPE a_requests counter\na_requests_total{x=\"1\"} 2\n# HELP a_lag Lag.\n# TYPE a_lag gauge\na_lag 3\n# EOF\n";
        assert_eq!(
            super::classic(om),
            "# HELP a_requests_total Requests.\n# TYPE a_requests_total counter\na_requests_total{x=\"1\"} 2\n# HELP a_lag Lag.\n# TYPE a_lag gauge\na_lag 3\n"
        );
    }
}
