#!/usr/bin/env python3
"""Writes data/recommendations.json: the recommendations, agreed outcomes and the action plan
that the 2009 GFMD background paper (Athens, roundtable 3.2) records, each with its words as
the paper gives them, the paragraph of the paper's text they are in (paragraphs separated by a
blank line, counted from 1, as the document page numbers them) and the meeting they came from.
Run from the repository's root; the result is committed."""

import json
import pathlib

PAPER = "https://www.gfmd.org/files/documents/gfmd_athens09_rt_3-2_background_paper_en.pdf"
DOC = "gfmd-2009-rt3-2-background-paper"
TEXT = pathlib.Path("data/documents/gfmd-2009-rt3.2-background-paper.txt").read_text()
PARAS = [p for p in TEXT.split("\n\n") if p.strip()]


def para(words):
    """The paragraph (from 1) of the paper holding these words; they must be there."""
    hits = [i for i, p in enumerate(PARAS, 1) if words in " ".join(p.split())]
    assert len(hits) == 1, (words, hits)
    return hits[0]


def rec(id, kind, text, forum, meeting, date, locator, anchor=None, **more):
    r = {
        "id": id,
        "kind": kind,
        "texts": {"en": text},
        "forum": forum,
        "meeting": meeting,
        "document": DOC,
        "locator": locator,
        "paragraph": para(anchor or text[:60]),
        "date": date,
    }
    r.update(more)
    r.setdefault("sources", [{"url": PAPER}])
    r.setdefault("verification", "verified")
    return r


out = []
athens = dict(forum="gfmd", meeting="gfmd-2009-athens-rt-3-2", date="2009-11")
outcomes = {
    "a": "Explore ways to create linkages between the GFMD and interested RCPs and inter-regional fora.",
    "b": "Identify mechanisms for communication between the GFMD and interested RCPs and inter-regional fora.",
    "c": "Explore how the approach by RCPs and inter-regional fora of translating non-binding dialogue into action could serve as a model for action-oriented GFMD outcomes and related follow-up by interested GFMD participating governments; and assess whether RCPs and/or inter-regional fora would be interested in individually and/or collectively supporting implementation of any of the recommendations and follow-up actions emerging from GFMD meetings.",
    "d": "Consider mechanisms for GFMD to share information on RCPs and inter-regional fora, for example by creating a special section on the GFMD website, taking note of the recommendation made in Manila to rely on the GFMD website for ongoing information exchange on the activities of such fora that have migration and development on their agendas. Such information would be voluntarily provided to the GFMD Support Unit for posting on the GFMD website. This would help ensure that basic information on interested RCPs and inter-regional fora, including links to their own websites (if they are interested and where they exist) could be found in one common location. A link would also be created to the enhanced IOM website section on RCPs.",
    "e": "The GFMD should take note that: it was agreed during the Bangkok Global Meeting of RCPs to hold meetings among the chairing governments and secretariats of the principal RCPs on a regular basis, i.e., approximately every two years; it was agreed in Bangkok that enhanced information sharing among RCPs that have migration and development on their agenda (or are interested in adding it) will contribute to the sharing of good practices and lessons learned.",
}
anchors = {"e": "it was agreed during the Bangkok Global Meeting of RCPs"}
for letter, text in outcomes.items():
    extra = {"themes": ["migration-governance"]}
    if letter in "de":
        extra["addressees"] = [{"type": "forum", "id": "gfmd"}]
    if letter == "c":
        extra["themes"] = ["migration-governance", "migration-and-development"]
    if letter == "e":
        extra["related"] = [
            {"kind": "repeats", "to": "bangkok-2009-cross-fertilisation-2"},
            {"kind": "repeats", "to": "bangkok-2009-cross-fertilisation-4"},
        ]
    out.append(
        rec(
            f"gfmd-2009-rt3.2-{letter}",
            "possible_outcome",
            text,
            locator=f"Section 4.2, possible outcome ({letter})",
            anchor=anchors.get(letter, text[3:60]),
            **athens,
            **extra,
        )
    )

bangkok = dict(forum="global-rcp-meeting", meeting="global-rcp-meeting-2009-bangkok", date="2009-06")
linkages = [
    ("The discussions and outcomes of the Bangkok \"Global Meeting of Chairs and Secretariats of Regional Consultative Processes on Migration (RCPs)\" should feed into RT 3.2 and the Summary Report of that meeting should be made available to GFMD participants.", [{"type": "forum", "id": "gfmd"}]),
    ("The RCPs could share their expertise and lessons learned relating to informal, non-binding dialogue on migration at the GFMD, particularly with respect to translating dialogue to action.", []),
    ("The Report of the GFMD could be made available to the RCPs for their information and possible consideration.", [{"type": "forum", "id": "gfmd"}]),
    ("The upcoming study of the impacts and outputs of RCPs should feed into RT 3.2.", [{"type": "forum", "id": "gfmd"}]),
]
for i, (text, to) in enumerate(linkages, 1):
    extra = {"themes": ["migration-governance"]}
    if to:
        extra["addressees"] = to
    if i == 4:
        # The study answers the Brussels recommendation to evaluate RCPs (section 2.2).
        extra["related"] = [{"kind": "builds_on", "to": "gfmd-2007-rt3.3-evaluation"}]
    out.append(
        rec(
            f"bangkok-2009-linkages-{i}",
            "recommendation",
            text,
            locator=f"Section 2.1, outcomes and recommendations on GFMD–RCP linkages, point {i}",
            anchor=text[4:50],
            **bangkok,
            **extra,
        )
    )

cross = [
    "Participants agreed that consideration should be given to inviting representatives of other RCPs to their respective RCP meetings in appropriate situations.",
    "Participants agreed to hold meetings among the chairing governments and secretariats of the principal RCPs on a regular basis, i.e. approximately every two years.",
    "Participants agreed that the existing section of the IOM website dedicated to RCPs (www.iom.int/rcps) is a valuable tool and means of sharing information among RCPs, and asked that it be made more robust and include more information (while linking directly to RCPs' own websites where they exist).",
]
for i, text in enumerate(cross, 1):
    extra = {"themes": ["migration-governance"]}
    if i == 3:
        extra["addressees"] = [{"type": "organisation", "id": "iom"}]
    out.append(
        rec(
            f"bangkok-2009-cross-fertilisation-{i}",
            "agreement",
            text,
            locator=f"Annex I, cross-fertilization among RCPs, point {i}",
            anchor=text[13:60],
            **bangkok,
            **extra,
        )
    )
# Section 4.2 (e) repeats a fourth agreement of Bangkok the paper gives in its section 4.2.
out.append(
    rec(
        "bangkok-2009-cross-fertilisation-4",
        "agreement",
        "It was agreed in Bangkok that enhanced information sharing among RCPs that have migration and development on their agenda (or are interested in adding it) will contribute to the sharing of good practices and lessons learned.",
        locator="Section 4.2 (e), second point, reporting what was agreed in Bangkok",
        anchor="it was agreed in Bangkok that enhanced information sharing",
        themes=["migration-governance", "migration-and-development"],
        **bangkok,
    )
)

out.append(
    rec(
        "gfmd-2007-rt3.3-evaluation",
        "recommendation",
        "To encourage a systematic evaluation of RCPs' achievements and impacts in the fields of migration and development in order to promote a better understanding of the contributions of RCPs to managing migration for development.",
        forum="gfmd",
        meeting="gfmd-2007-brussels-rt-3-3",
        date="2007-07",
        locator="Section 2.2, the recommendation of Roundtable 3.3 in Brussels as the paper quotes it",
        anchor="To encourage a systematic evaluation",
        themes=["migration-governance", "migration-and-development"],
    )
)

paris = dict(forum="rabat-process", meeting="rabat-process-2008-paris", date="2008-11-25")
out.append(
    rec(
        "euro-african-2008-tycp",
        "action_plan",
        "Three-Year Cooperation Programme of the Second Euro-African Ministerial Conference on Migration and Development (Paris, 25 November 2008): concrete measures intended to be implemented from 2009 to 2011, the basis for multilateral and bilateral actions by the countries and institutions of the Euro-African Process on Migration and Development.",
        locator="Annex III",
        anchor="by adopting a Three-Year Cooperation Programme, embarked upon a new phase",
        themes=["migration-and-development", "legal-migration", "irregular-migration"],
        all_participating_states=True,
        **paris,
    )
)
tracks = {
    "1": ("Strengthening the synergies between migration and development", ["migration-and-development"], [
        ("Supporting employment and social and economic development policies for the countries of origin", ["migration-and-development", "labour-migration"]),
        ("Promoting migrant remittances and their use for development purposes, having full regard to their private nature", ["remittances", "migration-and-development"]),
        ("Promoting development by strengthening the links between diasporas, countries of origin and destination countries", ["diaspora", "migration-and-development"]),
    ]),
    "2": ("Organisation of legal migration", ["legal-migration"], [
        ("Facilitating the emergence of legal migration opportunities", ["legal-migration"]),
        ("Strengthening institutional cooperation and information on legal migration", ["legal-migration"]),
    ]),
    "3": ("Combating irregular migration", ["irregular-migration"], [
        ("Establishing a comprehensive approach to the fight against irregular migration", ["irregular-migration"]),
        ("Improving the quality of civil status registries and combat documentary fraud", ["identity-documents"]),
        ("Strengthening the control of borders, the fight against migrant smuggling and the fight against trafficking in human beings, without infringing on the competences of States", ["border-management", "migrant-smuggling", "trafficking-in-persons"]),
        ("Improving readmission and promoting voluntary return", ["return-and-readmission"]),
    ]),
}
track_words = {"1": "i.e. synergies between migration and development", "2": "organisation of legal migration", "3": "combating irregular migration"}
for n, (name, themes, areas) in tracks.items():
    out.append(
        rec(
            f"euro-african-2008-tycp.{n}",
            "track",
            name,
            locator=f"Annex III, the three tracks of the Global Approach to Migration, track {n}",
            anchor=track_words[n],
            themes=themes,
            part_of="euro-african-2008-tycp",
            **paris,
        )
    )
    for m, (text, themes) in enumerate(areas, 1):
        out.append(
            rec(
                f"euro-african-2008-tycp.{n}.{m}",
                "area",
                text,
                locator="Annex III, the areas of the programme",
                anchor=text[:50],
                themes=themes,
                part_of=f"euro-african-2008-tycp.{n}",
                verification="unverified",
                note="The paper lists the programme's areas in the order of its three tracks; the track an area is under is read from that order, not from the programme's own text, which was not read here.",
                **paris,
            )
        )

pathlib.Path("data/recommendations.json").write_text(
    json.dumps(
        {
            "source": "scripts/prepare-recommendations.py from the 2009 GFMD background paper (data/documents/gfmd-2009-rt3.2-background-paper.txt)",
            "recommendations": out,
        },
        indent=1,
        ensure_ascii=False,
    )
    + "\n"
)
print(len(out), "recommendations")
