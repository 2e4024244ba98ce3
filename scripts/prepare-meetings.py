#!/usr/bin/env python3
"""Prepare data/meetings.json, the built-in meetings (agora_core::meeting::Meeting).

Inputs (committed): the "meetings" of data/sources/fora_facts.json (researched, with sources); the
GFMD summits and global RCP meetings after 2009 in data/sources/meetings_post2009.json (researched
from stored copies of the pages it cites, with a quote from each; a meeting both files have is
taken from the first); the main meetings since 2010 of the other fora in
data/sources/meetings_fora_post2009.json (researched the same way; a meeting only announced is
loaded as scheduled and unverified, one with no date at all is left out and reported); and the meetings the 2009 GFMD background paper itself names
(data/documents/, its source the paper's own address on gfmd.org), below. Run from the project root and commit the result:

    python3 scripts/prepare-meetings.py > data/meetings.json

Rules, as for the registry (scripts/prepare-dataset.py): a meeting marked "uncertain" in the facts
loads as "unverified"; "verified" needs a primary source (data/source-domains.json); a fact the
sources do not give is left out, never guessed (a meeting whose first day is unknown has none).
"""
import importlib.util
import json
import pathlib
import re
import sys
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
FACTS = json.loads((ROOT / "data/sources/fora_facts.json").read_text(encoding="utf-8"))
LATER = json.loads((ROOT / "data/sources/meetings_post2009.json").read_text(encoding="utf-8"))
LATER_FORA = {"gfmd": "GFMD", "grcp": "Global RCP Meetings (GRCP)"}
# The main meetings since 2010 of the other fora, keyed by registry id, each with its kind
# (researched the same way; method and gaps in data/sources/research/meetings-fora-post2009.md).
FORA_LATER = json.loads((ROOT / "data/sources/meetings_fora_post2009.json").read_text(encoding="utf-8"))
# What a research note says of a meeting only announced: kept as scheduled, never as held.
ANNOUNCED = re.compile(r"not confirmed (that )?it took place|^Announcement|\(announced\)|^Only a plan", re.I)
# A meeting whose dates rest on what was written before it (an announcement, an invitation) is
# loaded unverified, whatever its source: the days may have moved.
PRE_EVENT = re.compile(r"pre-event", re.I)
_spec = importlib.util.spec_from_file_location("prepare_dataset", ROOT / "scripts/prepare-dataset.py")
_dataset = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_dataset)
source_class = _dataset.source_class

PAPER = "https://www.gfmd.org/files/documents/gfmd_athens09_rt_3-2_background_paper_en.pdf"
PAPER_ID = "gfmd-2009-rt3-2-background-paper"

# The research file's names of fora, as the registry's ids.
FORA = {
    "GFMD": "gfmd",
    "Global RCP Meetings (GRCP)": "global-rcp-meeting",
    "Rabat Process": "rabat-process",
    "FIBEMYD": "fibemyd",
    "ASEM": "asem-dg-migration",
    "Abu Dhabi Dialogue": "abu-dhabi-dialogue",
    "CIS Council of Heads of Migration Bodies": "cis-migration-council",
    "Söderköping Process": "soderkoping-process",
}

# Each forum's meetings are of one kind in the research file, by what their names say.
KINDS = {
    "gfmd": "gfmd_summit",
    "global-rcp-meeting": "global_rcp_meeting",
    "rabat-process": "ministerial",
    "asem-dg-migration": "senior_officials",
    "cis-migration-council": "senior_officials",
}
# Otherwise by the meeting's own name.
NAMED_KINDS = {"Ministerial": "ministerial"}


def area(code):
    return {"type": "area", "id": code}


def org(oid):
    return {"type": "organisation", "id": oid}


def forum(fid):
    return {"type": "forum", "id": fid}


# Who hosted each meeting, read off the research file's "host" text (a state named as "Government
# of X" or as the host country; an organisation by its name). Keyed by the meeting's id; none where
# the file says the host is inferred (the 2023 meeting).
HOSTS = {
    "gfmd-2007-brussels": [area("BEL")],
    "gfmd-2008-manila": [area("PHL")],
    "gfmd-2009-athens": [area("GRC")],
    "global-rcp-meeting-2005-geneva": [org("iom"), org("gcim")],
    "global-rcp-meeting-2009-bangkok": [area("THA"), org("iom")],
    "global-rcp-meeting-2011-gaborone": [area("BWA"), org("iom")],
    "global-rcp-meeting-2013-lima": [area("PER"), org("iom")],
    "global-rcp-meeting-2015-cairo": [org("iom"), forum("las")],
    "global-rcp-meeting-2016-geneva": [org("iom")],
    "global-rcp-meeting-2017-geneva": [org("iom")],
    "global-rcp-meeting-2019-geneva": [org("iom")],
    "rabat-process-2006-rabat": [area("MAR")],
    "rabat-process-2008-paris": [area("FRA")],
    "rabat-process-2011-dakar": [area("SEN")],
    "rabat-process-2014-rome": [area("ITA")],
    "fibemyd-2008-cuenca": [area("ECU"), org("segib")],
    "fibemyd-2010-san-salvador": [area("SLV"), org("segib")],
    "abu-dhabi-dialogue-2008-abu-dhabi": [area("ARE")],
    "asem-dg-migration-2005-nusa-dua-bali": [area("IDN")],
    "asem-dg-migration-2007-seoul": [area("KOR")],
    "cis-migration-council-2010-baku": [area("AZE")],
    "soderkoping-process-2010-budapest": [area("HUN")],
}

# The same for the later meetings (the GFMD's chair governments; a summit held elsewhere than
# its chair's country, as in 2024, is hosted by the chair).
HOSTS.update({
    "gfmd-2010-puerto-vallarta": [area("MEX")],
    "gfmd-2011-geneva": [area("CHE")],
    "gfmd-2012-port-louis": [area("MUS")],
    "gfmd-2014-stockholm": [area("SWE")],
    "gfmd-2015-istanbul": [area("TUR")],
    "gfmd-2016-dhaka": [area("BGD")],
    "gfmd-2017-berlin": [area("DEU"), area("MAR")],
    "gfmd-2018-marrakesh": [area("MAR"), area("DEU")],
    "gfmd-2020-quito": [area("ECU")],
    "gfmd-2021-online": [area("ARE")],
    "gfmd-2024-geneva": [area("FRA")],
    "gfmd-2025-riohacha": [area("COL")],
    "global-rcp-meeting-2021-online": [org("iom")],
})

# The RCPs represented at the Bangkok meeting, as Annex I of the background paper lists them (the
# 5+5 Dialogue, invited, was not represented: footnote 11).
BANGKOK = [
    "soderkoping-process", "budapest-process", "rcm", "sacm", "mtm-dialogue", "midwa", "midsa",
    "igad-rcp", "apc", "colombo-process", "abu-dhabi-dialogue", "bali-process", "igc",
]

# The meetings the background paper names that the research file has not: the roundtable
# sessions on regional processes of the first three GFMD meetings (the paper gives their
# meetings, not their days).
FROM_THE_PAPER = [
    {
        "id": "gfmd-2009-athens-rt-3-2",
        "fora": ["gfmd"],
        "titles": {"en": "Roundtable 3, session 3.2: Regional and Inter-regional Processes and Fora"},
        "kind": "gfmd_roundtable",
        "start_date": "2009-11",
        "city": "Athens",
        "country": "GRC",
        "chairs": [
            {"name": "Government of Australia (co-chair)", "party": area("AUS")},
            {"name": "Government of Thailand (co-chair)", "party": area("THA")},
        ],
        "participants": [
            {"party": area(c), "role": "participant"}
            for c in ["AUS", "BLR", "ECU", "FRA", "IDN", "MDA", "THA", "USA"]
        ] + [{"party": org("iom"), "role": "participant"}],
        "agenda": [
            "The global meeting of RCP chairs and secretariats, Bangkok, June 2009",
            "The study of the outputs and impacts of RCPs",
            "The experience of inter-regional fora on migration and development",
        ],
        "documents": [PAPER_ID],
        "status": "held",
        "part_of": "gfmd-2009-athens",
        "sources": [{"url": PAPER, "note": "the background paper of the session"}],
        "note": "Participants: the governments of the team that prepared the session, and IOM, which drafted the background paper, as the paper lists them. Roundtable coordinator: Dr. R.K. Jenny.",
    },
    {
        "id": "gfmd-2007-brussels-rt-3-3",
        "fora": ["gfmd"],
        "titles": {"en": "Roundtable 3.3: Regional Consultative Processes and Development: Advancing Cooperation"},
        "kind": "gfmd_roundtable",
        "start_date": "2007-07",
        "city": "Brussels",
        "country": "BEL",
        "status": "held",
        "part_of": "gfmd-2007-brussels",
        "sources": [{"url": PAPER, "note": "the background paper of Athens session 3.2, section 1"}],
        "note": "Recommended a global meeting of RCPs and a systematic evaluation of RCPs' achievements and impacts.",
    },
    {
        "id": "gfmd-2008-manila-rt-3-3",
        "fora": ["gfmd"],
        "titles": {"en": "Roundtable 3.3: Regional Consultative Processes, Inter-regional Consultative Fora and Regional Organizations and Economic Integration Processes at the Interface of Migration and Development"},
        "kind": "gfmd_roundtable",
        "start_date": "2008-10",
        "city": "Manila",
        "country": "PHL",
        "status": "held",
        "part_of": "gfmd-2008-manila",
        "sources": [{"url": PAPER, "note": "the background paper of Athens session 3.2, section 1"}],
        "note": "With Roundtable 2.2, recommended a global meeting of RCP chairs and secretariats.",
    },
]


def slug(text):
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"-+", "-", re.sub(r"[^a-z0-9]+", "-", text)).strip("-")


def verification(sources, uncertain):
    primary = any(source_class(s["url"]) == "primary" for s in sources)
    return "verified" if primary and not uncertain else "unverified"


def from_facts(row):
    fid = FORA[row["forum"]]
    year = (row["start_date"] or row["end_date"])[:4]
    mid = f"{fid}-{year}-{slug(row['city'] or 'online')}"
    kind = KINDS.get(fid) or next((k for w, k in NAMED_KINDS.items() if w in row["name"]), "other")
    notes = [row[k] for k in ("notes",) if row.get(k)]
    if not row["city"]:
        notes.insert(0, "Held online")
    if row.get("outcome"):
        notes.append(f"Outcome: {row['outcome']}")
    m = {
        "id": mid,
        "fora": [fid],
        "titles": {"en": row["name"]},
        "kind": kind,
        "start_date": row["start_date"],
        "end_date": row["end_date"],
    }
    for field in ("city", "country", "host"):
        if row.get(field):
            m[field] = row[field]
    if HOSTS.get(mid):
        m["hosts"] = HOSTS[mid]
    if row.get("chair_uncertain"):
        # The file's chair line says itself what is not confirmed: kept as a note, not a chair.
        notes.insert(0, f"Chair: {row['chair']}")
    elif row.get("chair"):
        m["chairs"] = [{"name": row["chair"]}]
    if row.get("theme"):
        m["theme"] = row["theme"]
    m["status"] = "held"
    m["sources"] = [{"url": u} for u in row["sources"]]
    uncertain = bool(row.get("uncertain")) or bool(PRE_EVENT.search(row.get("notes") or ""))
    m["verification"] = verification(m["sources"], uncertain)
    if notes:
        m["note"] = "; ".join(notes)
    return m


def from_research(fid, row, taken):
    """A meeting of data/sources/meetings_fora_post2009.json; None when no date is known (listed
    as a gap instead)."""
    first = row["start_date"] or row["end_date"]
    if not first:
        print(f"no date, left out: {fid}: {row['name']}", file=sys.stderr)
        return None
    stem = f"{fid}-{first[:4]}-{slug(row['city'] or row['kind'].replace('_', '-'))}"
    mid, n = stem, 2
    while mid in taken:
        mid, n = f"{stem}-{n}", n + 1
    announced = bool(ANNOUNCED.search(row["name"]) or ANNOUNCED.search(row.get("notes") or ""))
    m = {
        "id": mid,
        "fora": [fid],
        "titles": {"en": row["name"]},
        "kind": row["kind"],
        "start_date": row["start_date"],
        "end_date": row["end_date"],
    }
    for field in ("city", "country", "host", "theme"):
        if row.get(field):
            m[field] = row[field]
    if row.get("chair"):
        m["chairs"] = [{"name": row["chair"]}]
    m["status"] = "scheduled" if announced else "held"
    m["sources"] = [{"url": u} for u in row["sources"]]
    pre_event = bool(PRE_EVENT.search(row.get("notes") or ""))
    m["verification"] = verification(m["sources"], bool(row.get("uncertain")) or announced or pre_event)
    notes = [row["notes"]] if row.get("notes") else []
    if announced:
        notes.insert(0, "Announced before the event; not confirmed that it took place as announced")
    if notes:
        m["note"] = "; ".join(notes)
    return m


def build():
    out = [from_facts(r) for r in FACTS["meetings"]]
    seen = {(m["fora"][0], (m["start_date"] or m["end_date"])[:4]) for m in out}
    for key, name in LATER_FORA.items():
        for row in LATER[key]:
            row = dict(row, forum=name)
            m = from_facts(row)
            if (m["fora"][0], (m["start_date"] or m["end_date"])[:4]) not in seen:
                out.append(m)
    seen_places = {(m["fora"][0], (m["start_date"] or m["end_date"])[:4], slug(m.get("city") or "")) for m in out}
    for fid, rows in FORA_LATER.items():
        for row in rows:
            first = row["start_date"] or row["end_date"]
            if first and (fid, first[:4], slug(row["city"] or "")) in seen_places:
                continue
            m = from_research(fid, row, {x["id"] for x in out})
            if m:
                out.append(m)
    by_id = {m["id"]: m for m in out}
    assert len(by_id) == len(out), "two meetings with one id"
    assert set(HOSTS) <= set(by_id), set(HOSTS) - set(by_id)
    bangkok = by_id["global-rcp-meeting-2009-bangkok"]
    bangkok["participants"] = [{"party": forum(f), "role": "participant"} for f in BANGKOK]
    bangkok["sources"].append({"url": PAPER, "note": "Annex I lists the RCPs represented"})
    bangkok["note"] += "; the 5+5 Dialogue was invited but not represented (background paper, Annex I)"
    athens = by_id["gfmd-2009-athens"]
    athens["documents"] = [PAPER_ID]
    for m in FROM_THE_PAPER:
        m = dict(m)
        m["verification"] = verification(m["sources"], False)
        out.append(m)
    out.sort(key=lambda m: m["id"])
    return {"source": "scripts/prepare-meetings.py from data/sources/fora_facts.json and the 2009 GFMD background paper", "meetings": out}


if __name__ == "__main__":
    json.dump(build(), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
