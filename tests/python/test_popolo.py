"""The Popolo export validates against the Popolo JSON Schemas (draft-03).

The schemas are from popolo-project/popolo-spec (see data/popolo-schemas/SOURCE.txt). The binary
under test is $AGORA_BIN (default: target/debug/agora), run on a fresh data directory.
"""
import json
import os
import pathlib
import subprocess

import jsonschema
import pytest
from referencing import Registry
from referencing.jsonschema import DRAFT3

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "data" / "popolo-schemas"
AGORA = os.environ.get("AGORA_BIN", str(ROOT / "target" / "debug" / "agora"))


def registry():
    resources = []
    for path in SCHEMAS.glob("*.json"):
        schema = json.loads(path.read_text(encoding="utf-8"))
        resources.append((schema["id"], DRAFT3.create_resource(schema)))
    return Registry().with_resources(resources)


def validator(name):
    schema = json.loads((SCHEMAS / f"{name}.json").read_text(encoding="utf-8"))
    return jsonschema.Draft3Validator(schema, registry=registry(), format_checker=jsonschema.Draft3Validator.FORMAT_CHECKER)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    data = tmp_path_factory.mktemp("data")
    subprocess.run([AGORA, "init", "--data-dir", str(data)], check=True, capture_output=True)
    out = subprocess.run([AGORA, "export", "--format", "popolo", "--data-dir", str(data)], check=True, capture_output=True)
    return json.loads(out.stdout)


def errors(v, items):
    found = []
    for item in items:
        for e in v.iter_errors(item):
            found.append(f"{item.get('id')}: {'/'.join(map(str, e.absolute_path))}: {e.message}")
    return found


def test_every_organization_is_a_valid_popolo_organization(bundle):
    orgs = bundle["organizations"]
    assert len(orgs) >= 45 + 40
    assert errors(validator("organization"), orgs) == []


def test_every_membership_is_a_valid_popolo_membership(bundle):
    memberships = bundle["memberships"]
    assert len(memberships) >= 900
    assert errors(validator("membership"), memberships) == []
    ids = {o["id"] for o in bundle["organizations"]} | {a["id"] for a in bundle["areas"]}
    dangling = [m["id"] for m in memberships if m["organization_id"] not in ids or m["member"]["id"] not in ids]
    assert dangling == []


def test_every_area_is_a_valid_popolo_area(bundle):
    assert len(bundle["areas"]) >= 240
    assert errors(validator("area"), bundle["areas"]) == []


def test_the_validator_rejects_what_popolo_forbids(bundle):
    """The judge can fail: a malformed membership and organization are caught."""
    bad_membership = dict(bundle["memberships"][0], start_date="4 June 2009")
    assert errors(validator("membership"), [bad_membership])
    bad_org = dict(bundle["organizations"][0], founding_date="2001-5", links=[{"note": "no url"}])
    assert len(errors(validator("organization"), [bad_org])) == 2
