"""The iCalendar feeds of meetings (issue 16), read by Python's `icalendar` parser.

The binary under test is $AGORA_BIN (default: target/debug/agora), serving a fresh data
directory with the built-in dataset and meetings. A secretariat proposes a meeting through the
API and an editor publishes it; a change keeps its UID and raises its SEQUENCE; cancelling it
says STATUS:CANCELLED.
"""
import datetime
import json
import urllib.error
import urllib.request

import icalendar
import pytest

from agora_site import api, command, serving


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    data = tmp_path_factory.mktemp("data")
    agora = command(data)
    agora("init")
    agora("user", "add", "sec@colombo.example", "--role", "secretariat:colombo-process")
    agora("user", "add", "editor@example.org", "--role", "editor")
    tokens = {
        who: agora("user", "token", who, "--name", "calendar-test", "--scope", "contribute")
        for who in ["sec@colombo.example", "editor@example.org"]
    }
    with serving(data) as base:
        yield {"base": base, "tokens": tokens}


def feed(site, path):
    with urllib.request.urlopen(site["base"] + path) as r:
        assert r.headers["content-type"].startswith("text/calendar"), path
        cal = icalendar.Calendar.from_ical(r.read())
    events = {}
    for e in cal.walk("VEVENT"):
        uid = str(e["UID"])
        assert uid not in events, f"{path}: {uid} twice"
        start, end = e["DTSTART"].dt, e["DTEND"].dt
        if isinstance(start, datetime.datetime):
            # A meeting with its times: instants in UTC, the close after the opening.
            assert start.tzinfo is not None and start.utcoffset() == datetime.timedelta(0), path
            assert isinstance(end, datetime.datetime) and end > start, (path, uid)
        else:
            # All-day events: dates, the end exclusive (the day after the last).
            assert not isinstance(end, datetime.datetime) and end > start, (path, uid)
        assert str(e["URL"]).startswith("http"), path
        assert e["DTSTAMP"].dt.tzinfo is not None, path
        assert int(e["SEQUENCE"]) >= 0
        events[uid] = e
    return cal, events


def test_every_calendar_feed_parses(site):
    meetings = json.loads(urllib.request.urlopen(site["base"] + "/api/v1/meetings?limit=500").read())
    fora = sorted({f for m in meetings["results"] for f in m["organization_ids"]})
    states = sorted({p["party"]["id"] for m in meetings["results"]
                     for p in m["participants"] + [{"party": h} for h in m["hosts"]]
                     if p["party"]["@type"] == "Area"})
    paths = ["/meetings.ics", "/fr/meetings.ics", "/ar/meetings.ics", "/meetings.ics?kind=gfmd_summit",
             "/meetings.ics?state=THA&year=2009", "/meetings.ics?when=upcoming"]
    paths += [f"/fora/{f}/meetings.ics" for f in fora] + [f"/areas/{a}/meetings.ics" for a in states]
    for path in paths:
        feed(site, path)
    cal, events = feed(site, "/meetings.ics")
    assert str(cal["X-WR-CALNAME"]) == "Agora: meetings"
    bangkok = next(e for e in events.values() if "Second Global Meeting" in str(e["SUMMARY"]))
    assert bangkok["DTSTART"].dt == datetime.date(2009, 6, 4)
    assert bangkok["DTEND"].dt == datetime.date(2009, 6, 6)
    assert str(bangkok["URL"]) == site["base"] + "/meetings/global-rcp-meeting-2009-bangkok"
    assert "Bangkok, Thailand" == str(bangkok["LOCATION"])
    _, fr = feed(site, "/fr/meetings.ics")
    assert str(fr[str(bangkok["UID"])]["URL"]) == site["base"] + "/fr/meetings/global-rcp-meeting-2009-bangkok"
    _, soderkoping = feed(site, "/fora/soderkoping-process/meetings.ics")
    assert len(soderkoping) == 2  # 2010 in the facts file, 2011 from the research file


def test_a_changed_meeting_keeps_its_uid_and_a_cancelled_one_says_so(site):
    record = {
        "id": "colombo-process-2027-colombo",
        "fora": ["colombo-process"],
        "titles": {"en": "Eighth Ministerial Consultation of the Colombo Process"},
        "kind": "ministerial",
        "start_date": "2027-03-10",
        "end_date": "2027-03-11",
        "city": "Colombo",
        "country": "LKA",
        "status": "scheduled",
        "sources": [{"url": "https://www.colomboprocess.org/"}],
        "verification": "unverified",
    }

    def publish(record, title, before=lambda: None):
        c = api(site, "POST", "/api/v1/contributions", "sec@colombo.example",
                {"entity": "meeting", "record": record, "title": title, "submit": True})
        before()
        api(site, "POST", f"/api/v1/contributions/{c['id']}/steps", "editor@example.org",
            {"step": "publish", "comment": "Checked."})

    def unpublished_is_nowhere():
        # Proposed and submitted, not yet published: in no calendar, page or API answer.
        for path in ["/meetings.ics", "/fora/colombo-process/meetings.ics", "/areas/LKA/meetings.ics"]:
            assert "Eighth Ministerial" not in urllib.request.urlopen(site["base"] + path).read().decode()
        for path in ["/meetings?forum=colombo-process", "/api/v1/meetings?forum=colombo-process"]:
            assert "Eighth Ministerial" not in urllib.request.urlopen(site["base"] + path).read().decode()
        try:
            urllib.request.urlopen(site["base"] + "/meetings/colombo-process-2027-colombo")
            raise AssertionError("an unpublished meeting has a page")
        except urllib.error.HTTPError as e:
            assert e.code == 404

    publish(record, "The 2027 ministerial", before=unpublished_is_nowhere)
    _, events = feed(site, "/fora/colombo-process/meetings.ics")
    (uid, first), = [(u, e) for u, e in events.items() if "Eighth Ministerial" in str(e["SUMMARY"])]
    assert int(first["SEQUENCE"]) == 0
    assert str(first["STATUS"]) == "CONFIRMED"
    assert first["DTEND"].dt == datetime.date(2027, 3, 12)

    publish(dict(record, end_date="2027-03-12"), "Three days")
    _, events = feed(site, "/fora/colombo-process/meetings.ics")
    assert int(events[uid]["SEQUENCE"]) == 1
    assert events[uid]["DTEND"].dt == datetime.date(2027, 3, 13)

    publish(dict(record, end_date="2027-03-12", status="cancelled", status_since="2027-01-15"), "Cancelled")
    _, events = feed(site, "/meetings.ics?forum=colombo-process&when=upcoming")
    assert int(events[uid]["SEQUENCE"]) == 2
    assert str(events[uid]["STATUS"]) == "CANCELLED"

    # With its times in Colombo (UTC+05:30): from 09:30 on the first day to 13:00 on the last,
    # as instants in UTC.
    publish(dict(record, end_date="2027-03-12", start_time="09:30", end_time="13:00",
                 time_zone="Asia/Colombo"), "Times")
    _, events = feed(site, "/fora/colombo-process/meetings.ics")
    utc = datetime.timezone.utc
    assert events[uid]["DTSTART"].dt == datetime.datetime(2027, 3, 10, 4, 0, tzinfo=utc)
    assert events[uid]["DTEND"].dt == datetime.datetime(2027, 3, 12, 7, 30, tzinfo=utc)
    assert int(events[uid]["SEQUENCE"]) == 3
