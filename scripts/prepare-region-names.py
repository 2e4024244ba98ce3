#!/usr/bin/env python3
"""Prepare data/m49-region-names.json: the names of the M49 regions Agora uses (those of
data/areas.json, and 001 the world) in the UN languages other than English.

Source: the Unicode Common Locale Data Repository (CLDR) 45, territory display names, from the
npm package cldr-localenames-modern 45.0.0 (main/<locale>/territories.json; Unicode License
v3). CLDR keys its region names by their UN M49 codes. English stays the OCHA taxonomy's (that
of data/areas.json). A region whose CLDR name does not name the same area as M49's English one
is left out and listed, to be shown in English: 419, CLDR's "Latin America", is M49's "Latin
America and the Caribbean". Run once and commit the result:

    (cd /tmp && npm pack cldr-localenames-modern@45.0.0 && tar xzf cldr-localenames-modern-45.0.0.tgz)
    python3 scripts/prepare-region-names.py /tmp/package > data/m49-region-names.json
"""
import json
import pathlib
import sys

LANGS = ["ar", "zh", "fr", "ru", "es"]
NOT_THE_SAME = {419: "CLDR's 419 is 'Latin America'; M49's is 'Latin America and the Caribbean'"}


def main(package):
    root = pathlib.Path(__file__).resolve().parents[1]
    areas = json.loads((root / "data" / "areas.json").read_text())["areas"]
    codes = {1}
    for a in areas:
        for k in ("region", "sub_region", "intermediate_region"):
            if a.get(k):
                codes.add(a[k]["code"])
    names = {lang: json.loads((pathlib.Path(package) / "main" / lang / "territories.json").read_text())
             ["main"][lang]["localeDisplayNames"]["territories"] for lang in LANGS}
    out, missing = {}, {}
    for code in sorted(codes):
        key = f"{code:03}"
        if code in NOT_THE_SAME:
            missing[key] = NOT_THE_SAME[code]
            continue
        found = {lang: names[lang][key] for lang in LANGS if key in names[lang]}
        if len(found) == len(LANGS):
            out[key] = found
        else:
            missing[key] = "no CLDR name"
    json.dump({
        "source": "Unicode CLDR 45 territory display names, npm package cldr-localenames-modern 45.0.0 "
                  "(main/<locale>/territories.json), https://cldr.unicode.org",
        "prepared_by": "scripts/prepare-region-names.py",
        "shown_in_english": missing,
        "names": out,
    }, sys.stdout, ensure_ascii=False, indent=1)
    print()


if __name__ == "__main__":
    main(sys.argv[1])
