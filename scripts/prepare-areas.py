#!/usr/bin/env python3
"""Prepare data/areas.json, the states and territories Agora knows.

Source: the OCHA "Countries & Territories Taxonomy" CSV shipped inside the PyPI wheel
hdx-python-country (file hdx/location/Countries & Territories Taxonomy MVP - C&T Taxonomy.csv).
Run once, by hand, and commit the result:

    python3 -m venv /tmp/v && /tmp/v/bin/pip install hdx-python-country==4.2.5
    /tmp/v/bin/python scripts/prepare-areas.py > data/areas.json

Rows with neither an ISO 3166-1 alpha-3 code nor a user-assigned one (e.g. Sark) are skipped.
Former codes get the end date of their validity from FORMER below.
"""
import csv
import importlib.metadata
import json
import pathlib
import sys

import hdx.location

# Codes that no longer designate a current area, with the last day they were in use.
FORMER = {"ANT": "2010-10-10"}  # Netherlands Antilles, dissolved 10 October 2010

LANGS = ["ar", "zh", "en", "fr", "ru", "es"]
COLUMNS = {"ar": "Arabic", "zh": "Chinese", "en": "English", "fr": "French", "ru": "Russian", "es": "Spanish"}


def main() -> None:
    folder = pathlib.Path(hdx.location.__file__).parent
    path = folder / "Countries & Territories Taxonomy MVP - C&T Taxonomy.csv"
    version = importlib.metadata.version("hdx-python-country")
    areas = []
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            iso = row["ISO 3166-1 Alpha 3-Codes"].strip()
            user_assigned = row["x Alpha3 codes"].strip()
            code = iso or user_assigned
            if not code:
                continue
            names = {}
            for lang in LANGS:
                name = row[f"M49 {COLUMNS[lang]}"].strip() or row[f"{COLUMNS[lang]} Short"].strip()
                if lang == "en" and not name:
                    name = row["Preferred Term"].strip()
                if name:
                    names[lang] = name
            m49 = row["m49 numerical code"].strip()

            def level(code_col, name_col):
                c = row[code_col].strip()
                return {"code": int(c), "name": row[name_col].strip()} if c else None

            areas.append(
                {
                    "code": code,
                    "code_status": "former" if code in FORMER else ("iso" if iso else "user_assigned"),
                    "m49": int(m49) if m49 else None,
                    "iso2": row["ISO 3166-1 Alpha 2-Codes"].strip() or None,
                    "names": names,
                    "independent": row["Independent"].strip() == "Y",
                    "region": level("Region Code", "Region Name"),
                    "sub_region": level("Sub-region Code", "Sub-region Name"),
                    "intermediate_region": level("Intermediate Region Code", "Intermediate Region Name"),
                    "valid_until": FORMER.get(code),
                }
            )
    areas.sort(key=lambda a: a["code"])
    out = {
        "source": "OCHA Countries & Territories Taxonomy, from the PyPI wheel hdx-python-country "
        f"{version} (hdx/location/Countries & Territories Taxonomy MVP - C&T Taxonomy.csv)",
        "prepared_by": "scripts/prepare-areas.py",
        "areas": areas,
    }
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
