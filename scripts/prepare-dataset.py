#!/usr/bin/env python3
"""Prepare data/builtin.json, the built-in dataset of fora, organisations, themes and memberships.

Inputs (both committed): data/sources/fora_facts.json (researched facts with sources, copied from the
project's shared material) and scripts/dataset_curated.py (what the paper names and the facts file
lacks, with sources). Run from the project root and commit the result:

    python3 scripts/prepare-dataset.py > data/builtin.json

Rules: a row marked "uncertain" in the facts loads as "unverified", never dropped; curated rows are
"unverified" unless sourced and checked; a member known not to be one in 2009 but with no year of
joining starts in 2010, with a note saying so.
"""
import json
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import dataset_curated as C  # noqa: E402
import dataset_post2009 as P  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
FACTS = json.loads((ROOT / "data/sources/fora_facts.json").read_text(encoding="utf-8"))
AREAS = {a["code"] for a in json.loads((ROOT / "data/areas.json").read_text(encoding="utf-8"))["areas"]}

# Facts rows whose period needs more than the generic rules, keyed by (forum id, ISO3).
OVERRIDES = {
    ("abu-dhabi-dialogue", "YEM"): {"end": "2020", "note": "Not in the 2021 member list; left before 2021 (year not known)"},
    ("abu-dhabi-dialogue", "SGP"): {"end": "2020", "note": "Not in the 2021 member list; left before 2021 (year not known)"},
    ("igad-rcp", "ERI"): {"start": "2011", "end": "2023-12", "note": "Follows Eritrea's IGAD membership: reactivated in 2011, withdrew in December 2023"},
    ("colombo-process", "KHM"): {"start": "2015", "note": "Accession c. 2015-2017; 2015 is the earliest year given"},
}


DOMAINS = json.loads((ROOT / "data/source-domains.json").read_text(encoding="utf-8"))


def _under(host, entry):
    return host == entry or host.endswith("." + entry)


def source_class(url):
    """The class of a source's address, by data/source-domains.json: the same rule as
    agora_core::provenance::classify (the Rust test no_verified_fact_rests_only_on_secondary_sources
    holds this script's output to that rule)."""
    m = re.match(r"https?://([^/?#]*)", url)
    if not m:
        return "other"
    if "@" in m.group(1) or "\\" in m.group(1):
        return "other"
    host = m.group(1).split(":")[0].rstrip(".").lower()
    host = host[4:] if host.startswith("www.") else host
    if not host:
        return "other"
    for cls in ("staging", "mirror", "encyclopedia"):
        if any(_under(host, e) for e in DOMAINS[cls]["hosts"]):
            return cls
    prim = DOMAINS["primary"]
    if any(_under(host, e) for e in prim["hosts"]):
        return "primary"
    head, _, cc = host.rpartition(".")
    for suffix in prim["suffixes"]:
        under_cc = suffix in ("gov", "gob", "gouv") and len(cc) == 2 and cc.isalpha() and cc.islower() and _under(head, suffix)
        if _under(host, suffix) or under_cc:
            return "primary"
    return "other"


def src(urls, note=None):
    return [{"url": u, "note": note} for u in urls]


def membership(forum, mtype, mid, role, start=None, end=None, note=None, sources=(), verified=False):
    return {
        "forum_id": forum,
        "member": {"type": mtype, "id": mid},
        "role": role,
        "start_date": start,
        "end_date": end,
        "note": note,
        "sources": list(sources),
        "verification": "verified" if verified else "unverified",
        "last_checked": None,
    }


def themes_of(topics):
    found = []
    for topic in topics:
        low = topic.lower()
        for theme, words in C.THEME_KEYWORDS:
            if any(w in low for w in words) and theme not in found:
                found.append(theme)
    return sorted(found)


def links_of(website):
    """The websites the research notes give, each with a note people can read: "earlier website"
    for one the notes call earlier or historic, "successor's website" for one named as the
    successor's, else none (the current website)."""
    if not website or not website.get("value"):
        return []
    out = []
    for segment in website["value"].split(";"):
        found = list(re.finditer(r"(https?://[^\s;,)]+|www\.[^\s;,)]+)", segment))
        for i, m in enumerate(found):
            u = m.group(1)
            url = u if u.startswith("http") else "http://" + u
            before = segment[found[i - 1].end() if i else 0:m.start()]
            after = segment[m.end():found[i + 1].start() if i + 1 < len(found) else len(segment)]
            other = re.search(r"\(([^()]*)\)", after)
            if re.search(r"earlier:?\s*$", before) or re.search(r"\((earlier|historic)\)", after):
                note = "earlier website"
            elif "successor" in before:
                note = "successor's website"
            elif other and other.group(1).strip() not in ("", "current"):
                note = other.group(1).strip()  # what the notes say of it ("MTM Dialogue pages")
            else:
                note = None
            url = url.rstrip("/")
            out.append({"url": url + ("/" if url.count("/") == 2 else ""), "note": note})
    return out


def build():
    fora, memberships = [], []
    facts_rows = {}
    for spec, f in zip(C.FACTS_FORA, FACTS["fora"], strict=True):
        fid = spec["id"]
        est = f["established"]
        sources = src(f.get("sources", []))
        sources += src(est.get("sources", []), "established: " + (est.get("detail") or str(est.get("year"))))
        web = f.get("website") or {}
        sources += src(web.get("sources", []), "website")
        uncertain = bool(est.get("uncertain_note") or web.get("uncertain"))
        names = {"en": f["name"], **spec.get("names", {})}
        aliases = [{"name": a, "lang": None, "start_date": None, "end_date": None, "note": None} for a in f.get("aliases", [])]
        for name, start, end, note in spec.get("aliases", []):
            aliases.append({"name": name, "lang": "en", "start_date": start, "end_date": end, "note": note})
        summary = [f.get("notes") or ""]
        summary.append("Regions served: " + "; ".join(f.get("regions", [])) + ".")
        if est.get("uncertain_note"):
            summary.append("Founding date: " + est["uncertain_note"])
        if web.get("note"):
            summary.append("Website: " + web["note"])
        fora.append({
            "id": fid,
            "names": names,
            "acronyms": f.get("acronyms", []),
            "aliases": aliases,
            "categories": [{"category": c, "start_date": s, "end_date": e, "note": n} for c, s, e, n in spec["cat"]],
            "parent_id": spec.get("parent"),
            "established": str(est["year"]) if est.get("year") else None,
            "dissolved": spec.get("dissolved"),
            "regions": spec["regions"],
            "themes": themes_of(f.get("themes", [])),
            "topics": f.get("themes", []),
            "objectives": [],
            "md_status": spec["md"],
            "operational": spec["op"],
            "meeting_level": spec["level"],
            "links": links_of(web),
            "summary": " ".join(s for s in summary if s).strip() + (" " + spec["dissolved_note"] + "." if spec.get("dissolved_note") else ""),
            "sources": sources,
            "verification": "unverified" if uncertain else "verified",
            "last_checked": None,
        })
        facts_rows[fid] = f
        forum_urls = f.get("sources", [])
        # members
        for m in f["members"]:
            code = m["iso3166_alpha3"]
            assert code in AREAS, code
            ov = OVERRIDES.get((fid, code), {})
            notes = [x for x in (m.get("status"), m.get("note"), ov.get("note")) if x]
            start = str(m["since"]) if m.get("since") else None
            end = str(m["until"]) if m.get("until") else None
            if start is None and m.get("member_2009") is False and "start" not in ov:
                start = "2010"
                notes.append("Not a member in 2009; year of joining not known (2010 is the earliest possible)")
            if end is None and m.get("member_latest") is False and "end" not in ov:
                raise SystemExit(f"{fid} {code}: left at an unknown date; add an override")
            start = ov.get("start", start)
            end = ov.get("end", end)
            verified = not m.get("uncertain") and not ov
            role = (m.get("role") or "").lower()
            common = dict(note="; ".join(notes) or None, sources=src(m["sources"]), verified=verified)
            memberships.append(membership(fid, "area", code, "member", start, end, **common))
            if role == "co-chair":
                memberships.append(membership(fid, "area", code, "co_chair", start, end, **common))
            elif role.startswith("steering group"):
                memberships.append(membership(fid, "area", code, "steering_group", "2017", None, **common))
        # observers
        obs = f.get("observers") or {}
        obs_sources = obs.get("sources") or forum_urls[:1]
        obs_verified = not obs.get("uncertain")
        for o in obs.get("states", []):
            memberships.append(membership(fid, "area", o["iso3166_alpha3"], "observer", note=o.get("note"),
                                          sources=src(o.get("sources") or obs_sources), verified=obs_verified and not o.get("uncertain")))
        for label in obs.get("organizations", []):
            for mtype, mid, role in C.OBSERVER_STRINGS[label]:
                memberships.append(membership(fid, mtype, mid, role, note=f"Listed as: {label}",
                                              sources=src(obs_sources), verified=obs_verified))
        # secretariats and chairs
        sec_urls = f["secretariat"].get("sources") or forum_urls[:1]
        for mtype, mid, start, end, note, role in C.SECRETARIATS.get(fid, []):
            memberships.append(membership(fid, mtype, mid, role, start, end, note=note, sources=src(sec_urls), verified=False))
        for code, start, end in C.CHAIRS.get(fid, []):
            memberships.append(membership(fid, "area", code, "chair", start, end,
                                          note="Chair rotation as listed in the notes of the research file", sources=src(forum_urls), verified=False))
    for fid, rows in C.EXTRA_CHAIRS.items():
        for code, start, end, role in rows:
            memberships.append(membership(fid, "area", code, role, start, end, sources=src([C.EXTRA_CHAIRS_SOURCE]), verified=False))

    for spec in C.EXTRA_FORA:
        names = {"en": spec["name"], **spec.get("names", {})}
        fora.append({
            "id": spec["id"],
            "names": names,
            "acronyms": spec["acr"],
            "aliases": [{"name": n, "lang": "en", "start_date": s, "end_date": e, "note": note} for n, s, e, note in spec.get("aliases", [])],
            "categories": [{"category": spec["cat"], "start_date": None, "end_date": None, "note": None}],
            "parent_id": spec.get("parent"),
            "established": spec["est"],
            "dissolved": None,
            "regions": spec["regions"],
            "themes": [],
            "topics": [],
            "objectives": [],
            "md_status": spec["md"],
            "operational": None,
            "meeting_level": None,
            "links": [{"url": spec["web"], "note": "website"}],
            "summary": spec["summary"],
            "sources": src([spec["src"]]) + src(["https://www.gfmd.org/files/documents/gfmd_athens09_rt_3-2_background_paper_en.pdf"], "named in the GFMD 2009 RT 3.2 background paper"),
            "verification": "unverified",
            "last_checked": None,
        })
        url, rows = C.MEMBERS.get(spec["id"], (None, ""))
        for line in rows.strip().splitlines():
            line, _, note = line.partition("|")
            parts = line.split()
            code, start, end = parts[0], (parts[1:2] or [None])[0], (parts[2:3] or [None])[0]
            assert code in AREAS, code
            memberships.append(membership(spec["id"], "area", code, "member", start, end,
                                          note=note.strip() or None, sources=src([url]), verified=False))
    # The ACP Group's members are the ACP states of the ACP-EU dialogue; ASEM's are the ASEM DG conference's.
    for row in list(memberships):
        if row["forum_id"] == "acp-eu-dialogue" and (row["note"] or "").startswith("ACP state"):
            memberships.append({**row, "forum_id": "acp-group", "note": "Start date not recorded", "verification": "unverified"})
        if row["forum_id"] == "asem-dg-migration" and row["role"] == "member":
            memberships.append({**row, "forum_id": "asem", "verification": "unverified"})
    for fid in C.RCP_MEETING_PARTICIPANTS:
        memberships.append(membership("global-rcp-meeting", "forum", fid, "member",
                                      note="Represented at the Bangkok global meeting, 4-5 June 2009 (paper, Annex I)",
                                      sources=src(["https://www.gfmd.org/files/documents/gfmd_athens09_rt_3-2_background_paper_en.pdf"]), verified=True))
    memberships.append(membership("global-rcp-meeting", "organisation", "iom", "secretariat", "2005",
                                  note="Co-organised the 2005 meeting with the GCIM and the 2009 meeting with the Royal Thai Government",
                                  sources=src(["https://www.iom.int/global-rcp-meetings"])))

    # Stable ids: forum:role:member, with the start date when one member holds a role more than once.
    seen = {}
    for m in memberships:
        base = f"{m['forum_id']}:{m['role']}:{m['member']['id']}"
        seen[base] = seen.get(base, 0) + 1
    out_ms = {}
    for m in memberships:
        base = f"{m['forum_id']}:{m['role']}:{m['member']['id']}"
        mid = base if seen[base] == 1 else f"{base}:{m['start_date'] or 'undated'}"
        if mid in out_ms:  # the same fact twice in the sources: keep one, merge sources
            have = out_ms[mid]
            for s in m["sources"]:
                if s not in have["sources"]:
                    have["sources"].append(s)
            continue
        out_ms[mid] = {"id": mid, **m}

    # The fora founded after 2009 (and those IOM lists that the paper did not), from the research
    # notes in data/sources/research/ (scripts/dataset_post2009.py says which source each comes from).
    for f in P.FORA:
        fora.append({k: v for k, v in f.items()})
    for m in P.MEMBERSHIPS:
        add_row(out_ms, dict(m))
    correct(fora, out_ms)
    orgs = []
    for oid, (name, acr, kind, web, other) in sorted({**C.ORGANISATIONS, **P.ORGANISATIONS}.items()):
        orgs.append({"id": oid, "names": {"en": name, **other}, "acronyms": acr, "kind": kind, "website": web,
                     "sources": [{"url": web, "note": "official website"}]})
    themes = [{"id": tid, "labels": {"en": en, "fr": fr, "es": es}, "gcm_objectives": gcm}
              for tid, (en, fr, es, gcm) in sorted(C.THEMES.items())]
    fora.sort(key=lambda x: x["id"])
    return {
        "format": "agora-dataset",
        "version": 1,
        "organisations": orgs,
        "themes": themes,
        "fora": fora,
        "memberships": [out_ms[k] for k in sorted(out_ms)],
    }


# Sources of the suspensions, as the research helper read them (December 2026): the URL it was
# given by the stored-pages search, with a verbatim quote in its report; primary where marked.
SUSPENSIONS_SOURCES = {
    "sadc-mdg-2009": "https://www.sanews.gov.za/south-africa/sadc-leaders-suspend-madagascar-0",  # government news agency
    "sadc-mdg-2014": "https://sardc.net/en/southern-african-news-features/2014-sadc-lifts-suspension-on-madagascar",
    "mercosur-ven-2016": "http://www.laregion.es/articulo/mundo/mercosur-da-baja-venezuela-incumplir-protocolo-adhesion/20161202215107668424.html",
    "mercosur-ven-2017": "https://www.diarioregistrado.com/internacionales/los-paises-del-mercosur-decidieron-suspender-a-venezuela_a5985e8d9a9b2d9728840479f",
    "au-mdg-2009": "https://mg.co.za/article/2009-03-20-au-suspends-madagascar-threatens-sanctions",
    "au-mdg-2014": "https://www.africardv.com/politic/lunion-africaine-rappelle-le-madagascar-dans-ses-rangs/",
    "au-mdg-2025": "https://www.indiatoday.in/world/story/african-union-suspends-madagascar-after-military-coup-randrianirina-assumes-power-glbs-2803755-2025-10-16",
    "au-mli-2012": "http://www.euronews.com/2012/03/24/mali-suspended-from-african-union-after-coup",
    "au-mli-2012-end": "http://news.abamako.com/h/7545.html",
    "au-mli-2020": "http://bamada.net/lunion-africaine-leve-la-suspension-du-mali-imposee-apres-le-coup-detat-officiel",
    "au-mli-2021": "https://www.republicworld.com/world-news/rest-of-the-world-news/african-union-suspends-mali-after-military-coup-threatens-sanctions.html",
    "au-gin-2021": "https://reliefweb.int/report/guinea/communique-1030th-meeting-african-union-peace-and-security-council-situation-republic",
    "au-gin-2021b": "https://www.thecitizen.co.tz/tanzania/news/africa/african-union-suspends-guinea-after-coup-3545662",
    "au-gin-2026": "https://www.exclusif.net/L-Union-africaine-leve-ses-sanctions-contre-la-Guinee-apres-la-presidentielle-de-fin-decembre_a60982.amp.html",
    "au-sdn-2019": "https://www.dabangasudan.org/en/all-news/article/au-peace-and-security-council-suspends-membership-of-sudan",
    "au-sdn-2019-end": "http://sudantribune.com/spip.php?article68068",
    "au-sdn-2021": "https://www.aljazeera.com/news/2021/10/27/african-union-suspends-sudan-over-coup",
    "au-bfa-2022": "https://www.aljazeera.com/news/2022/1/31/africa-union-suspends-burkina-faso-after-coup-as-envoys-head-for-talks",
    "au-ner-2023": "https://www.ecofinagency.com/public-management/2308-44794-african-union-peace-and-security-council-suspends-niger-takes-note-of-ecowas-standby-force-deployment",
    "au-gab-2023": "https://www.theeastafrican.co.ke/tea/rest-of-africa/african-union-says-to-immediately-suspend-gabon-after-coup--4354564",
    "au-gab-2025": "https://allafrica.com/stories/202505010384.html",
    "au-egy-2013": "http://reason.com/24-7/2013/07/05/african-union-suspends-egypt",
    "au-egy-2014": "https://egyptianstreets.com/?p=3464",
    "au-caf-2013": "http://www.trust.org/item/?map=c-africa-suspended-from-african-union-says-official",
    "au-caf-2016": "https://www.jeuneafrique.com/316415/politique/apres-trois-ans-de-suspension-centrafrique-reintegre-lunion-africaine/",
    "au-gnb-2012": "https://www.channelstv.com/2012/04/17/au-suspends-guinea-bissau-for-coup/",
    # a redirect to the Internet Archive's copy of the Reuters report of 18 June 2014, as read
    "au-gnb-2014": "https://www.weblio.jp/redirect?url=https%3A%2F%2Fweb.archive.org%2Fweb%2F20150526214450%2Fhttp%3A%2F%2Faf.reuters.com%2Farticle%2FtopNews%2FidAFKBN0ET0K420140618&etd=b96d46ede930160f",
    "au-gnb-2025": "https://menafn.com/1110412385/AU-Halts-Guinea-Bissaus-Participation-After-Military-Takeover",
    "ecowas-mli-2021": "https://www.trtworld.com/article/12765657",
    "ecowas-gin-2021": "https://allafrica.com/stories/202109100341.html",
    "ecowas-bfa-2022": "https://dailyguidenetwork.com/ecowas-suspends-burkina-faso/",
    "ecowas-ner-2023": "https://dailypost.ng/2023/12/15/ecowas-formally-suspends-niger-from-regional-bodies/",
}


def add_row(out_ms, row):
    assert row["id"] not in out_ms, row["id"]
    out_ms[row["id"]] = row


def correct(fora, out_ms):
    """Corrections found in the review of issue 15, each with why. Applied after ids are given,
    so that a correction never renames a row an installation already holds."""
    by_id = {f["id"]: f for f in fora}

    # The European Union was established on 1 November 1993 (Maastricht); its member states
    # joined the European Communities earlier. An EU membership starts no earlier than the EU.
    for m in out_ms.values():
        if m["forum_id"] == "eu" and m["role"] == "member" and m["start_date"] and m["start_date"] < "1993-11-01":
            joined = m["start_date"]
            m["start_date"] = "1993-11-01"
            m["note"] = "; ".join(x for x in (m["note"], f"in the European Communities since {joined}; a member of the EU from its establishment") if x)

    # The ASEM conferences of directors-general on migration began in 2002 (the forum's
    # established date, from IOM's page on them); its rows were copied from ASEM (1996).
    est = by_id["asem-dg-migration"]["established"]
    for m in out_ms.values():
        if m["forum_id"] == "asem-dg-migration" and m["start_date"] and m["start_date"] < est:
            m["start_date"] = est
            m["note"] = "; ".join(x for x in (m["note"], f"an ASEM partner before the conferences began ({est})") if x)
            m["verification"] = "unverified"

    # The same fact twice: an undated row beside the dated one of the same member and role.
    for dup in ("bali-process:co_chair:AUS:undated", "bali-process:co_chair:IDN:undated", "acp-eu-dialogue:partner:iom:undated"):
        del out_ms[dup]

    # Notes that describe another role: that role gets its own row, with its dates.
    tkm = out_ms["cis:member:TKM"]
    tkm["note"] = "Left full membership in August 2005"
    add_row(out_ms, {**tkm, "id": "cis:associate:TKM", "role": "associate", "start_date": "2005-08", "end_date": None,
                     "note": "Associate member from August 2005"})
    ago = out_ms["eccas:member:AGO"]
    ago["note"] = "Full member from 1999"
    add_row(out_ms, {**ago, "id": "eccas:observer:AGO", "role": "observer", "start_date": None, "end_date": "1998",
                     "note": "Observer before becoming a full member in 1999 (start not recorded)"})
    tkl = out_ms["pidc:member:TKL"]
    tkl["start_date"], tkl["note"] = "2024", "Attended the 2024 annual meeting as a member"
    add_row(out_ms, {**tkl, "id": "pidc:observer:TKL", "role": "observer", "start_date": "2017", "end_date": "2023",
                     "note": "Attended the 2017 annual meeting as an observer; a member by 2024"})
    dom = out_ms["sica:member:DOM"]
    dom["note"] = "Full member from June 2013"
    add_row(out_ms, {**dom, "id": "sica:associate:DOM", "role": "associate", "start_date": "2003", "end_date": "2013-05",
                     "note": "Associate state from 2003 until it became a full member in June 2013"})
    est_ = out_ms["soderkoping-process:member:EST"]
    est_["start_date"], est_["note"] = "2010", "Listed among the participating governments at the December 2010 High Level Meeting"
    add_row(out_ms, {**est_, "id": "soderkoping-process:observer:EST", "role": "observer", "start_date": "2007", "end_date": "2009",
                     "note": "Listed as an observer as of 2007"})
    for code in ("LVA", "MDA"):
        row = out_ms[f"soderkoping-process:member:{code}"]
        row["start_date"], row["note"] = "2002-09", "Confirmed as a full member at the September 2002 Kolmården review meeting"
        add_row(out_ms, {**row, "id": f"soderkoping-process:observer:{code}", "role": "observer", "start_date": None,
                         "end_date": "2002-09", "note": "Took part as an observer until the September 2002 Kolmården review meeting"})

    # A dissolved forum's rows end with it at the latest (the Söderköping Process, 2011).
    for m in out_ms.values():
        dissolved = by_id[m["forum_id"]]["dissolved"]
        if dissolved and m["start_date"] and not m["end_date"]:
            m["end_date"] = dissolved
            m["note"] = "; ".join(x for x in (m["note"], f"ends with the forum's dissolution in {dissolved}") if x)

    # No empty fora: inter-regional fora list their parties as the regional organisations whose
    # member states take part (resolved to states on the day asked for, so that the EU side
    # follows the EU's enlargement); open processes say so in words.
    paper = "https://www.gfmd.org/files/documents/gfmd_athens09_rt_3-2_background_paper_en.pdf"
    parties = [
        # forum, party, start, note, sources, verified
        ("africa-eu-summit", "eu", "2000-04", "The European side: the EU's member states", [paper], False),
        ("africa-eu-summit", "au", "2002-07-09", "The African side: the AU's member states, from the AU's establishment", [paper], False),
        ("africa-eu-mme", "eu", "2007", "All EU member states take part", ["https://www.iom.int/africa-eu-partnership-migration-mobility-and-employment-mme"], True),
        ("africa-eu-mme", "au", "2007", "All AU member states take part", ["https://www.iom.int/africa-eu-partnership-migration-mobility-and-employment-mme"], True),
        ("asean-eu-summit", "eu", "2007-11", "The European side: the EU's member states", [paper], False),
        ("asean-eu-summit", "asean", "2007-11", "The South-East Asian side: ASEAN's member states", [paper], False),
        ("eu-lac-summit", "eu", "1999-06", "The European side: the EU's member states (the Latin American and Caribbean side is not yet recorded)", [paper], False),
        ("acp-eu-partnership", "eu", "2000-06-23", "The European side: the EU's member states", [paper], False),
        ("acp-eu-partnership", "acp-group", "2000-06-23", "The ACP side: the ACP Group's member states (their dates are not yet recorded)", [paper], False),
    ]
    for forum, party, start, note, urls, verified in parties:
        add_row(out_ms, {"id": f"{forum}:member:{party}", **membership(forum, "forum", party, "member", start, None, note=note,
                                                                       sources=src(urls), verified=verified)})
    open_to = {
        "gfmd": ("Open to all States Members and Observers of the United Nations; who takes part varies by meeting "
                 "(delegates of 142 UN member states and observers in Athens in 2009)."),
        "apc": ("Voluntary and open to all governments in the Asia-Pacific region (8th Plenary, Sydney, December 2003); "
                "no list of participating states was found in the sources read."),
        "sica-tourism-migration-commission": ("The ministers of tourism and the directors of migration of the SICA member "
                                              "states (the paper's footnote 5); the commission's own membership is not recorded."),
    }
    for fid, words in open_to.items():
        by_id[fid]["participation"] = words

    # Suspension is not withdrawal: a suspended member stays a member, marked, with the dates and
    # sources of each suspension (read by the research helper of December 2026; most are news
    # reports, which is why the suspensions carry their own sources and the rows stay unverified).
    S = SUSPENSIONS_SOURCES
    for mid, start, end, note, urls in [
        ("sadc:member:MDG", "2009-03", "2014-01", "suspended by SADC leaders after an unconstitutional change of government; lifted at an extraordinary summit in January 2014", [S["sadc-mdg-2009"], S["sadc-mdg-2014"]]),
        ("mercosur:member:VEN", "2016-12", None, "ceased to exercise its rights as a State Party on 1 December 2016 for failing its accession obligations; suspended indefinitely under the Ushuaia Protocol on 5 August 2017", [S["mercosur-ven-2016"], S["mercosur-ven-2017"]]),
        ("au:member:MDG", "2009-03", "2014-01", "suspended after the 2009 coup; lifted by the Peace and Security Council on 27 January 2014", [S["au-mdg-2009"], S["au-mdg-2014"]]),
        ("au:member:MDG", "2025-10", None, "suspended after the October 2025 coup", [S["au-mdg-2025"]]),
        ("au:member:MLI", "2012-03", "2012-10", "suspended after the March 2012 coup; lifted on 24 October 2012", [S["au-mli-2012"], S["au-mli-2012-end"]]),
        ("au:member:MLI", "2020-08", "2020-10", "suspended on 19 August 2020, the day after the coup; lifted on 9 October 2020", [S["au-mli-2020"]]),
        ("au:member:MLI", "2021-06", None, "suspended on 1 June 2021", [S["au-mli-2021"]]),
        ("au:member:GIN", "2021-09", "2026-01", "suspended by the Peace and Security Council on 10 September 2021; lifted on 22 January 2026", [S["au-gin-2021"], S["au-gin-2021b"], S["au-gin-2026"]]),
        ("au:member:SDN", "2019-06", "2019-09", "suspended on 6 June 2019 until a civilian-led government; lifted on 6 September 2019", [S["au-sdn-2019"], S["au-sdn-2019-end"]]),
        ("au:member:SDN", "2021-10", None, "suspended after the October 2021 coup", [S["au-sdn-2021"]]),
        ("au:member:BFA", "2022-01", None, "suspended on 31 January 2022", [S["au-bfa-2022"]]),
        ("au:member:NER", "2023-08", None, "suspended by the Peace and Security Council (meeting of 14 August 2023, published 22 August)", [S["au-ner-2023"]]),
        ("au:member:GAB", "2023-08", "2025-04", "suspended on 31 August 2023; reinstated on 30 April 2025", [S["au-gab-2023"], S["au-gab-2025"]]),
        ("au:member:EGY", "2013-07", "2014-06", "suspended on 5 July 2013; lifted on 17 June 2014", [S["au-egy-2013"], S["au-egy-2014"]]),
        ("au:member:CAF", "2013-03", "2016-04", "suspended on 25 March 2013; lifted on 6 April 2016", [S["au-caf-2013"], S["au-caf-2016"]]),
        ("au:member:GNB", "2012-04", "2014-06", "suspended on 17 April 2012; lifted on 17 June 2014", [S["au-gnb-2012"], S["au-gnb-2014"]]),
        ("au:member:GNB", "2025-11", None, "barred from the AU's activities after the November 2025 military takeover", [S["au-gnb-2025"]]),
        ("ecowas:member:MLI", "2021-05", "2025-01-29", "suspended on 30 May 2021, until Mali left ECOWAS", [S["ecowas-mli-2021"]]),
        ("ecowas:member:GIN", "2021-09", None, "suspended on 8 September 2021 (no lifting found in the sources read)", [S["ecowas-gin-2021"]]),
        ("ecowas:member:BFA", "2022-01", "2025-01-29", "suspended on 28 January 2022, until Burkina Faso left ECOWAS", [S["ecowas-bfa-2022"]]),
        ("ecowas:member:NER", "2023-12", "2025-01-29", "suspended from 10 December 2023, until Niger left ECOWAS", [S["ecowas-ner-2023"]]),
    ]:
        row = out_ms[mid]
        row.setdefault("suspensions", []).append({"start_date": start, "end_date": end, "note": note, "sources": src(urls)})
        if row["note"] and row["note"].lower().startswith("suspended"):
            row["note"] = None
        elif row["note"] and "suspended" in row["note"]:
            row["note"] = row["note"].split("suspended")[0].rstrip(" ;,(") or None

    # A dissolved forum names its successor: the Söderköping Process's is the Eastern Partnership
    # panel (the panel's own site keeps the Process's archive).
    by_id["soderkoping-process"]["successor_id"] = "eap-panel"

    # Names people use: the display name is the one people use; the formal name stays an alias.
    common = {
        "abu-dhabi-dialogue": "Abu Dhabi Dialogue",
        "bali-process": "Bali Process",
        "colombo-process": "Colombo Process",
        "rabat-process": "Rabat Process",
        "soderkoping-process": "Söderköping Process",
    }
    for fid, name in common.items():
        f = by_id[fid]
        formal = f["names"]["en"]
        f["names"]["en"] = name
        f["aliases"] = [a for a in f["aliases"] if a["name"] != name]
        f["aliases"].insert(0, {"name": formal, "lang": "en", "start_date": None, "end_date": None, "note": "formal name"})
    by_id["cplp"]["aliases"].append({"name": "Community of Portuguese Speaking Countries", "lang": "en", "start_date": None,
                                     "end_date": None, "note": "as the 2009 background paper names it"})

    # The CIS Executive Committee's page on the council (read December 2026) lists its eight
    # members and names Moldova and Ukraine as observers: the members' rows rest on it, and the
    # observers are added (since when, it does not say).
    cis_page = "https://cis.minsk.by/page/13814/sovet-rukovoditelej-migracionnyh-organov-gosudarstv-ucastnikov-sng"
    for code in ("ARM", "AZE", "BLR", "KAZ", "KGZ", "RUS", "TJK", "UZB"):
        row = out_ms[f"cis-migration-council:member:{code}"]
        row["sources"].append({"url": cis_page, "note": "member, as the CIS Executive Committee lists it"})
        row["verification"], row["last_checked"] = "verified", "2026-12-02"
    for code in ("MDA", "UKR"):
        row = membership("cis-migration-council", "area", code, "observer",
                         note="observer, as the CIS Executive Committee lists it (since when is not given)",
                         sources=[{"url": cis_page, "note": None}], verified=True)
        add_row(out_ms, {"id": f"cis-migration-council:observer:{code}", **row, "last_checked": "2026-12-02"})

    apply_profiles(by_id)

    # "Verified" needs a primary source (data/source-domains.json): otherwise the row is unverified.
    for row in list(fora) + list(out_ms.values()):
        if row["verification"] == "verified" and not any(source_class(s["url"]) == "primary" for s in row["sources"]):
            row["verification"] = "unverified"


def apply_profiles(by_id):
    """What each forum is, its objectives and its names in the other UN languages, from
    data/profiles.json: each with the pages read for it, cited among the forum's sources (notes
    "profile", "objective: ...", "name (fr)"). A sourced name replaces the one the research notes
    gave; the profile replaces the research notes the summary held."""
    profiles = json.loads((ROOT / "data/profiles.json").read_text(encoding="utf-8"))["fora"]
    assert set(profiles) == set(by_id), set(profiles) ^ set(by_id)
    for fid, p in profiles.items():
        f = by_id[fid]

        def cite(url, note):
            if not any(x["url"] == url and x["note"] == note for x in f["sources"]):
                f["sources"].append({"url": url, "note": note})

        f["summary"] = p["summary"]
        for url in p["summary_sources"]:
            cite(url, "profile")
        f["objectives"] = [o["text"] for o in p["objectives"]]
        for o in p["objectives"]:
            cite(o["source"], "objective: " + o["text"])
        for lang, n in sorted(p["names"].items()):
            f["names"][lang] = n["name"]
            cite(n["source"], f"name ({lang})")


if __name__ == "__main__":
    json.dump(build(), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
