"""Feeds and open data (issue 17), read by the tools people use: `feedparser` reads every Atom
feed without its bozo flag; the CSV bundle validates against its `datapackage.json` with
`frictionless validate` (which checks every row of every file); the Popolo bundle validates
against the Popolo schemas kept in data/popolo-schemas. A document for participants only and a
confidential one are in no feed and no file.

The binary under test is $AGORA_BIN (default: target/debug/agora), serving a fresh data
directory with the built-in dataset, meetings and library.
"""
import csv
import io
import json
import os
import pathlib
import shutil
import subprocess
import sys
import urllib.error
import urllib.request

import feedparser
import pytest

from agora_site import command, serving
from test_popolo import errors, validator

CANARY = "zqxcanaryword"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    data = tmp_path_factory.mktemp("data")
    agora = command(data)
    agora("init")
    docs = tmp_path_factory.mktemp("docs")
    for name, visibility in [("closed", "participants"), ("secret", "confidential")]:
        path = docs / f"{name}-{CANARY}.txt"
        path.write_text(f"A {name} paper on {CANARY} and labour migration.\n", encoding="utf-8")
        agora("ingest", str(path), "--forum", "colombo-process", "--kind", "study", "--lang", "en",
              "--visibility", visibility, "--date", "2026-11")
    agora("release")
    with serving(data) as base:
        yield {"base": base}


def get(site, path):
    with urllib.request.urlopen(site["base"] + path) as r:
        return r.headers, r.read()


FEEDS = [
    "/changes.atom",
    "/fr/changes.atom",
    "/ar/changes.atom?forum=colombo-process",
    "/changes.atom?forum=colombo-process&what=document&new=true",
    "/changes.atom?what=meeting&new=true",
    "/changes.atom?area=BGD",
    "/changes.atom?organisation=iom",
    "/changes.atom?document_kind=study",
    "/search.atom?q=migration&type=document",
    f"/search.atom?q={CANARY}",
]


@pytest.mark.parametrize("path", FEEDS)
def test_every_atom_feed_parses_cleanly(site, path):
    headers, body = get(site, path)
    assert headers["content-type"] == "application/atom+xml; charset=utf-8"
    parsed = feedparser.parse(body)
    assert not parsed.bozo, (path, parsed.get("bozo_exception"))
    assert parsed.version == "atom10", path
    assert parsed.feed.title.startswith("Agora"), path
    ids = [e.id for e in parsed.entries]
    assert len(ids) == len(set(ids)), path
    for e in parsed.entries:
        assert e.title and e.updated_parsed, (path, e)
        assert CANARY not in json.dumps(e, default=str), (path, e)
    if CANARY in path:
        # The search is echoed in the feed's title; it finds nothing the public may not see.
        assert parsed.entries == [], path
    else:
        assert CANARY not in body.decode(), path


def test_the_whole_feed_has_entries_with_links(site):
    _, body = get(site, "/changes.atom")
    parsed = feedparser.parse(body)
    assert len(parsed.entries) == 50
    assert all(e.link.startswith("http") for e in parsed.entries if "link" in e)


def test_an_unchanged_feed_answers_304(site):
    headers, _ = get(site, "/changes.atom?area=BGD")
    for name, value in [("If-None-Match", headers["etag"]), ("If-Modified-Since", headers["last-modified"])]:
        req = urllib.request.Request(site["base"] + "/changes.atom?area=BGD", headers={name: value})
        with pytest.raises(urllib.error.HTTPError) as e:
            urllib.request.urlopen(req)
        assert e.value.code == 304, name


def frictionless():
    here = pathlib.Path(sys.executable).parent / "frictionless"
    return str(here) if here.exists() else shutil.which("frictionless")


@pytest.mark.parametrize("as_of", [None, "2009-06-04"])
def test_the_csv_bundle_validates_against_its_datapackage(site, tmp_path, as_of):
    query = f"?as_of={as_of}" if as_of else ""
    _, body = get(site, "/api/v1/data/datapackage.json" + query)
    package = json.loads(body)
    # areas, organisations, themes, fora, memberships, meetings, meeting_participants, documents,
    # recommendations, follow_ups, follow_up_updates, routes, route_stops, practices
    assert len(package["resources"]) == 14
    assert package["licenses"][0]["name"] == "CC-BY-4.0"
    for resource in package["resources"]:
        _, data = get(site, f"/api/v1/data/{resource['name']}.csv{query}")
        assert CANARY not in data.decode("utf-8")
        rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
        assert rows[0] == [f["name"] for f in resource["schema"]["fields"]], resource["name"]
        if resource["name"] == "route_stops":
            # Routes are not dated: the corridor is in every export, its stops in order.
            corridor = [r for r in rows[1:] if r[0] == "asia-gulf-labour-corridor"]
            assert [r[1] for r in corridor] == [str(i) for i in range(1, 19)]
            assert {r[3] for r in corridor} == {"origin", "destination"}
        if resource["name"] == "practices":
            # The paper's four practices, none dated after 2009-06: in both exports; never
            # anyone's contact details.
            ids = {r[0] for r in rows[1:]}
            assert "rcp-periods-of-reflection-and-revitalisation" in ids, ids
            assert "contact" not in " ".join(rows[0]) and "@" not in data.decode("utf-8")
        (tmp_path / f"{resource['name']}.csv").write_bytes(data)
        resource["path"] = f"{resource['name']}.csv"
    (tmp_path / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")
    out = subprocess.run([frictionless(), "validate", "--json", "datapackage.json"], cwd=tmp_path,
                         capture_output=True, text=True)
    report = json.loads(out.stdout)
    problems = [
        (task["name"], e["type"], e.get("rowNumber"), e.get("fieldName"), e["note"])
        for task in report["tasks"] for e in task["errors"]
    ] + [(e["type"], e["note"]) for e in report["errors"]]
    assert report["valid"], problems[:20]
    assert out.returncode == 0


def test_the_judge_catches_a_broken_file(site, tmp_path):
    """frictionless can fail: a row whose date is not a date is reported."""
    _, body = get(site, "/api/v1/data/datapackage.json")
    package = json.loads(body)
    package["resources"] = [r for r in package["resources"] if r["name"] == "themes"]
    _, data = get(site, "/api/v1/data/themes.csv")
    broken = data.decode("utf-8") + "extra,row,with,too,many,cells,here,x,y\r\n"
    (tmp_path / "themes.csv").write_text(broken, encoding="utf-8", newline="")
    (tmp_path / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")
    out = subprocess.run([frictionless(), "validate", "--json", "datapackage.json"], cwd=tmp_path,
                         capture_output=True, text=True)
    assert not json.loads(out.stdout)["valid"]


def test_the_popolo_bundle_validates_with_its_events(site):
    _, body = get(site, "/api/v1/data/popolo.json")
    bundle = json.loads(body)
    assert set(bundle) == {"organizations", "memberships", "areas", "events"}
    assert len(bundle["events"]) >= 100
    assert errors(validator("organization"), bundle["organizations"]) == []
    assert errors(validator("membership"), bundle["memberships"]) == []
    assert errors(validator("area"), bundle["areas"]) == []
    assert errors(validator("event"), bundle["events"]) == []
    ids = {o["id"] for o in bundle["organizations"]}
    assert all(e["organization_id"] in ids for e in bundle["events"])
    # As of a day: fewer memberships, no meeting after it.
    _, older = get(site, "/api/v1/data/popolo.json?as_of=2009-06-04")
    older = json.loads(older)
    assert 0 < len(older["memberships"]) < len(bundle["memberships"])
    assert all((e["start_date"] or "9999") <= "2009-06-04" for e in older["events"])


def test_a_release_is_listed_in_the_dcat_catalogue_and_its_files_match_their_checksums(site):
    import hashlib

    import rdflib

    _, body = get(site, "/data/catalog.jsonld")
    graph = rdflib.Graph().parse(data=body, format="json-ld")
    DCAT = rdflib.Namespace("http://www.w3.org/ns/dcat#")
    SPDX = rdflib.Namespace("http://spdx.org/rdf/terms#")
    catalogs = list(graph.subjects(rdflib.RDF.type, DCAT.Catalog))
    datasets = list(graph.subjects(rdflib.RDF.type, DCAT.Dataset))
    assert len(catalogs) == 1 and len(datasets) == 1, (catalogs, datasets)
    distributions = list(graph.objects(datasets[0], DCAT.distribution))
    # the bundle's 14 files, its datapackage.json and the Popolo file
    assert len(distributions) == 16
    for d in distributions:
        url = str(graph.value(d, DCAT.downloadURL))
        checksum = graph.value(d, SPDX.checksum)
        expected = str(graph.value(checksum, SPDX.checksumValue))
        path = url[url.index("/data/releases/"):]
        _, data = get(site, path)
        assert hashlib.sha256(data).hexdigest() == expected, url
        assert CANARY not in data.decode("utf-8"), url
    _, sums = get(site, "/data/releases/" + str(graph.value(datasets[0], rdflib.URIRef("http://purl.org/dc/terms/identifier"))) + "/SHA256SUMS")
    assert len(sums.decode().splitlines()) == 16
