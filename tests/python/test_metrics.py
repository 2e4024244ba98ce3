"""`/metrics` (issue "More than one machine"), read by the Prometheus text parser of PyPI's
`prometheus-client`: request counts and latency histograms per route template, the change log's
and the search index's positions and the lag between them, the connection pool's use and the
response cache's hits. Only the networks the operator allows may read it: 403 for any other
address, behind a trusted proxy too.
"""
import contextlib
import http.client
import urllib.error
import urllib.parse
import urllib.request

import pytest
from prometheus_client.openmetrics.parser import text_string_to_metric_families as openmetrics_families
from prometheus_client.parser import text_string_to_metric_families

from agora_site import command, serving


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    data = tmp_path_factory.mktemp("data")
    command(data)("init")
    return data


def get(base, path, source="127.0.0.1", headers=None):
    """GET `path` from the local address `source`: the status and the body."""
    url = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, source_address=(source, 0), timeout=30)
    try:
        conn.request("GET", path, headers=headers or {})
        r = conn.getresponse()
        return r.status, r.read().decode(), r.getheader("content-type")
    finally:
        conn.close()


def families(text):
    return {f.name: f for f in text_string_to_metric_families(text)}


def test_metrics_parse_and_count_what_was_asked(data):
    with serving(data) as base:
        for path in ["/", "/", "/fora", "/fora/colombo-process", "/api/v1/fora", "/no-such-page"]:
            with pytest.raises(urllib.error.HTTPError) if path == "/no-such-page" else contextlib.nullcontext():
                urllib.request.urlopen(base + path).read()
        # What Prometheus asks for: OpenMetrics, read by its parser.
        status, text, kind = get(base, "/metrics", headers={"accept": "application/openmetrics-text; version=1.0.0"})
        assert status == 200, text
        assert kind.startswith("application/openmetrics-text")
        assert text.endswith("# EOF\n")
        assert "agora_http_requests" in {f.name for f in openmetrics_families(text)}
        # Anyone else: the classic text format, read by the Prometheus text parser.
        status, text, kind = get(base, "/metrics")
        assert status == 200, text
        assert kind.startswith("text/plain; version=0.0.4")
        found = families(text)

        requests = found["agora_http_requests"]
        assert requests.type == "counter"
        counted = {(s.labels["route"], s.labels["method"], s.labels["status"]): s.value
                   for s in requests.samples if s.name == "agora_http_requests_total"}
        assert counted[("/", "GET", "200")] == 2
        assert counted[("/fora/{id}", "GET", "200")] == 1
        assert counted[("/api/v1/fora", "GET", "200")] == 1
        assert counted[("unmatched", "GET", "404")] == 1
        # Route templates, not addresses: the labels stay few.
        assert not any("colombo-process" in route for route, _, _ in counted)

        latency = found["agora_http_request_duration_seconds"]
        assert latency.type == "histogram"
        buckets = [s for s in latency.samples
                   if s.name.endswith("_bucket") and s.labels["route"] == "/fora" and s.labels["method"] == "GET"]
        assert len(buckets) > 5
        assert buckets[-1].labels["le"] == "+Inf" and buckets[-1].value == 1
        counts = [s.value for s in buckets]
        assert counts == sorted(counts), "cumulative buckets"

        def value(name, **labels):
            f = found[name]
            return next(s.value for s in f.samples if all(s.labels.get(k) == v for k, v in labels.items()))

        assert value("agora_change_log_position") > 1000
        assert value("agora_search_index_position") <= value("agora_change_log_position")
        assert value("agora_search_index_lag") == value("agora_change_log_position") - value("agora_search_index_position")
        assert value("agora_db_pool_connections", state="max") >= 1
        assert value("agora_db_pool_connections", state="in_use") >= 0
        # The second visit of / was answered by the response cache.
        assert value("agora_response_cache_lookups", outcome="hit") >= 1
        assert value("agora_response_cache_lookups", outcome="miss") >= 1


def test_metrics_answer_403_to_an_address_not_allowed(data):
    with serving(data) as base:
        # 127.0.0.2 is this machine too, but the default allows 127.0.0.1 and ::1 only.
        status, text, _ = get(base, "/metrics", source="127.0.0.2")
        assert status == 403, text
        assert "agora_http_requests" not in text
        assert get(base, "/metrics")[0] == 200
        # A proxy on this machine that is not trusted relays the public: never an operator.
        assert get(base, "/metrics", headers={"x-forwarded-for": "203.0.113.5"})[0] == 403
    # Named networks only; a trusted proxy's client is the one it names.
    with serving(data, "--metrics-from", "10.0.0.0/8", "--trusted-proxy", "127.0.0.1") as base:
        assert get(base, "/metrics")[0] == 403
        assert get(base, "/metrics", headers={"x-forwarded-for": "10.1.2.3"})[0] == 200
        assert get(base, "/metrics", headers={"x-forwarded-for": "192.0.2.1"})[0] == 403
        # What a client writes in front of what the proxy appends is never believed.
        assert get(base, "/metrics", headers={"x-forwarded-for": "x, 192.0.2.1"})[0] == 403
        assert get(base, "/metrics", headers={"x-forwarded-for": "10.1.2.3, x"})[0] == 403
        # A proxy not trusted lends nobody its word.
        assert get(base, "/metrics", source="127.0.0.2", headers={"x-forwarded-for": "10.1.2.3"})[0] == 403

