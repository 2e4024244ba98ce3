"""Landscape analyses (issue 19), worked out again from the public Popolo export: the overlap of
every pair of fora on 2009-06-04 and today, by the registry's rules written out here in Python
(a membership counts on a day inside its own dates and its forum's life; rows without dates
count on no day; a forum that is not an RCP or a global process takes part in another through
its member states on the day), must be the API's answer, pair by pair.

The binary under test is $AGORA_BIN (default: target/debug/agora), serving a fresh data
directory with the built-in dataset.
"""
import calendar
import datetime
import itertools
import json
import urllib.request

import pytest

from agora_site import command, serving


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    data = tmp_path_factory.mktemp("data")
    command(data)("init")
    with serving(data) as base:
        yield {"base": base}


def get_json(site, path):
    with urllib.request.urlopen(site["base"] + path) as r:
        return json.loads(r.read())


def first_day(partial):
    parts = [int(p) for p in partial.split("-")]
    return datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def last_day(partial):
    parts = [int(p) for p in partial.split("-")]
    if len(parts) == 3:
        return datetime.date(*parts)
    month = parts[1] if len(parts) > 1 else 12
    return datetime.date(parts[0], month, calendar.monthrange(parts[0], month)[1])


def within(start, end, day):
    return (start is None or first_day(start) <= day) and (end is None or day <= last_day(end))


def landscape(popolo, day):
    """Each forum that existed on `day`, with its member states then. The export's organizations
    are the fora (with a founding date) and the international organisations (without)."""
    fora = {o["id"]: o for o in popolo["organizations"] if "founding_date" in o}

    def exists(forum):
        o = fora.get(forum)
        return o is not None and within(o["founding_date"], o["dissolution_date"], day)

    def counts(m):
        dated = m["start_date"] is not None or m["end_date"] is not None
        return m["role"] == "member" and dated and exists(m["organization_id"]) and \
            within(m["start_date"], m["end_date"], day)

    members = {}
    for m in popolo["memberships"]:
        if counts(m):
            members.setdefault(m["organization_id"], []).append(m["member"])

    def direct_states(forum):
        return {x["id"] for x in members.get(forum, []) if x["@type"] == "Area"}

    out = {}
    for forum, o in fora.items():
        if not exists(forum):
            continue
        states = direct_states(forum)
        if o["classification"] not in ("rcp", "global_process"):
            for x in members.get(forum, []):
                if x["@type"] == "Organization":
                    states |= direct_states(x["id"])
        out[forum] = states
    return out


@pytest.mark.parametrize("as_of", ["2009-06-04", None])
def test_every_pairs_overlap_is_what_the_popolo_export_gives(site, as_of):
    answer = get_json(site, "/api/v1/analysis/overlap" + (f"?as_of={as_of}" if as_of else ""))
    day = datetime.date.fromisoformat(answer["as_of"])
    popolo = get_json(site, "/api/v1/data/popolo.json")
    fora = landscape(popolo, day)
    assert {f["id"] for f in answer["fora"]} == set(fora)
    for f in answer["fora"]:
        assert f["members"] == len(fora[f["id"]]), f
    want = {}
    for a, b in itertools.combinations(sorted(fora), 2):
        shared = fora[a] & fora[b]
        if shared:
            either = len(fora[a] | fora[b])
            smaller = min(len(fora[a]), len(fora[b]))
            want[frozenset((a, b))] = (sorted(shared), len(shared) / either, len(shared) / smaller)
    got = {frozenset((p["a"], p["b"])): (p["shared"], p["jaccard"], p["overlap"]) for p in answer["pairs"]}
    assert set(got) == set(want), (set(got) ^ set(want))
    for pair, (shared, jaccard, overlap) in want.items():
        g_shared, g_jaccard, g_overlap = got[pair]
        assert g_shared == shared, pair
        assert g_jaccard == pytest.approx(jaccard), pair
        assert g_overlap == pytest.approx(overlap), pair
    assert len(want) > 50, len(want)
