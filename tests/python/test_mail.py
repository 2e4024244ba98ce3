"""Mail, against a local SMTP server (aiosmtpd, from PyPI): a contributor is told by mail when an
editor publishes what they proposed, and a link to set a new password, asked for on the site,
arrives by mail and works once.

The binary under test is $AGORA_BIN (default: target/debug/agora), serving a fresh data
directory on a free port of 127.0.0.1, with `--smtp` pointing at the server these tests run.
"""
import email
import email.policy
import http.cookiejar
import re
import socket
import sqlite3
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from aiosmtpd.controller import Controller

from agora_site import api, command, serving


class Inbox:
    """What the SMTP server received: (recipients, message text)."""

    def __init__(self):
        self.mails = []

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        text = "".join(f"{k}: {v}\n" for k, v in message.items()) + "\n" + message.get_content()
        self.mails.append((list(envelope.rcpt_tos), text))
        return "250 OK"

    def wait_for(self, to, needle, seconds=15):
        deadline = time.time() + seconds
        while time.time() < deadline:
            for rcpts, text in self.mails:
                if to in rcpts and needle in text:
                    return text
            time.sleep(0.1)
        raise AssertionError(f"no mail to {to} with {needle!r}; received: {self.mails!r}")


def smtp_server():
    """An SMTP server on a free port of 127.0.0.1, started: (its inbox, its controller, the port)."""
    inbox = Inbox()
    # A free port (the controller checks that it answers, so it cannot take port 0).
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        smtp_port = probe.getsockname()[1]
    smtp = Controller(inbox, hostname="127.0.0.1", port=smtp_port)
    smtp.start()
    return inbox, smtp, smtp_port


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    inbox, smtp, smtp_port = smtp_server()
    data = tmp_path_factory.mktemp("data")
    agora = command(data)
    agora("init")
    agora("user", "add", "sec@colombo.example", "--role", "secretariat:colombo-process")
    agora("user", "add", "editor@example.org", "--role", "editor")
    # A secretariat that works in French: it sets its password on the French page.
    setup_fr = urllib.parse.urlparse(
        agora("user", "add", "secretariat@colombo.example", "--role", "secretariat:colombo-process")
    ).path
    tokens = {
        who: agora("user", "token", who, "--name", "mail-test", "--scope", "contribute")
        for who in ["sec@colombo.example", "editor@example.org"]
    }
    try:
        with serving(data, "--smtp", f"127.0.0.1:{smtp_port}", "--mail-from", "Agora <agora@example.org>") as base:
            yield {"base": base, "inbox": inbox, "tokens": tokens, "setup_fr": setup_fr, "agora": agora}
    finally:
        smtp.stop()


def propose_observer(site, who, state, start, title):
    """A state as an observer of the Colombo Process, proposed and submitted by `who`."""
    record = {
        "id": f"colombo-process:observer:{state}:{start[:4]}",
        "forum_id": "colombo-process",
        "member": {"type": "area", "id": state},
        "role": "observer",
        "start_date": start,
        "sources": [{"url": f"https://example.org/colombo-{state.lower()}"}],
        "verification": "unverified",
    }
    return api(site, "POST", "/api/v1/contributions", who,
               {"entity": "membership", "record": record, "title": title, "submit": True})


def test_a_contributor_is_mailed_when_an_editor_publishes(site):
    c = propose_observer(site, "sec@colombo.example", "JPN", "2025-11", "Japan observes")
    # Submitting it themselves mails nobody.
    time.sleep(0.5)
    assert not [m for m in site["inbox"].mails if "Japan observes" in m[1]]
    # The editor publishes it in one step: the author hears of it.
    api(site, "POST", f"/api/v1/contributions/{c['id']}/steps", "editor@example.org",
        {"step": "publish", "comment": "Checked against the ministerial statement."})
    text = site["inbox"].wait_for("sec@colombo.example", "Japan observes")
    assert "was published" in text
    assert "Checked against the ministerial statement." in text
    assert f"{site['base']}/contributions/{c['id']}" in text
    assert "From: Agora <agora@example.org>" in text


class Browser:
    """A client that keeps cookies and does not follow redirects."""

    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()

        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args, **kwargs):
                return None

        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)

    def get(self, path):
        try:
            with self.opener.open(self.base + path) as r:
                return r.status, r.read().decode()
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode()

    def post(self, path, fields):
        data = urllib.parse.urlencode(fields).encode()
        req = urllib.request.Request(self.base + path, data=data, method="POST",
                                     headers={"origin": self.base})
        try:
            with self.opener.open(req) as r:
                return r.status, r.read().decode()
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode()


def csrf(page):
    return re.search(r'name="csrf" value="([0-9a-f]+)"', page).group(1)


def test_a_reset_link_arrives_by_mail_and_works_once(site):
    b = Browser(site["base"])
    status, page = b.get("/account/sign-in")
    assert status == 200 and 'href="/account/reset"' in page
    status, page = b.get("/account/reset")
    assert status == 200
    token = csrf(page)
    status, page = b.post("/account/reset", {"csrf": token, "email": "editor@example.org"})
    assert status == 200 and "a link to set a new password is on its way" in page
    # An address without an account gets the same answer, and no mail.
    status, other = b.post("/account/reset", {"csrf": token, "email": "nobody@example.org"})
    assert status == 200 and "on its way" in other
    text = site["inbox"].wait_for("editor@example.org", "set a new password")
    first = urllib.parse.urlparse(re.search(r"(http://\S+/account/setup/[0-9a-f]+)", text).group(1)).path
    assert "it works once, within 2 hours" in text
    # Asked again: a second link; using it spends the first too.
    site["inbox"].mails.clear()
    status, _ = b.post("/account/reset", {"csrf": token, "email": "editor@example.org"})
    assert status == 200
    text = site["inbox"].wait_for("editor@example.org", "set a new password")
    link = re.search(r"(http://\S+/account/setup/[0-9a-f]+)", text).group(1)
    path = urllib.parse.urlparse(link).path
    assert path != first
    status, page = b.get(path)
    assert status == 200, page
    password = "correct horse battery staple of migration"
    status, _ = b.post(path, {"csrf": csrf(page), "password": password, "password_again": password})
    assert status in (200, 303)
    # The link is spent, and so is the earlier one.
    status, _ = b.get(path)
    assert status == 404
    status, _ = b.get(first)
    assert status == 404
    # The new password signs in.
    s = Browser(site["base"])
    status, page = s.get("/account/sign-in")
    status, _ = s.post("/account/sign-in", {"csrf": csrf(page), "email": "editor@example.org", "password": password})
    assert status == 303
    time.sleep(0.5)
    assert not [m for m in site["inbox"].mails if "nobody@example.org" in m[0]]


def test_an_author_is_told_in_the_language_they_use_the_site_in(site):
    # The secretariat sets its password on the French page: Agora keeps French as its language.
    b = Browser(site["base"])
    path = "/fr" + site["setup_fr"]
    status, page = b.get(path)
    assert status == 200 and 'lang="fr"' in page, page
    password = "lanterne verger galet viaduc de Colombo"
    status, _ = b.post(path, {"csrf": csrf(page), "password": password, "password_again": password})
    assert status in (200, 303)
    # The programs' tokens, made now (setting a password revokes an account's tokens, and the
    # editor set a new one above).
    for who in ["secretariat@colombo.example", "editor@example.org"]:
        site["tokens"][who] = site["agora"]("user", "token", who, "--name", "mail-test-fr", "--scope", "contribute")
    c = propose_observer(site, "secretariat@colombo.example", "USA", "2025-10", "Les États-Unis observent")
    # The editor publishes through the API, in English: the author is told in French, with a
    # link to the French page.
    api(site, "POST", f"/api/v1/contributions/{c['id']}/steps", "editor@example.org",
        {"step": "publish", "comment": "Vérifié."})
    text = site["inbox"].wait_for("secretariat@colombo.example", "Les États-Unis observent")
    assert "a été publiée" in text, text
    assert f"{site['base']}/fr/contributions/{c['id']}" in text
    assert "was published" not in text


def test_a_focal_point_owing_reports_is_mailed_once_the_deadline_has_passed(tmp_path):
    """A reporting cycle opened through the API; its deadline moved into the past in the database
    while the server is stopped (time passing, for a test); on start the server reminds the
    focal point of the state that owes reports, by mail, once."""
    inbox, smtp, smtp_port = smtp_server()
    try:
        data = tmp_path / "data"
        agora = command(data)
        agora("init")
        agora("user", "add", "sec@colombo.example", "--role", "secretariat:colombo-process")
        agora("user", "add", "fp@lanka.example", "--role", "focal_point:LKA")
        tokens = {"sec": agora("user", "token", "sec@colombo.example", "--name", "t", "--scope", "contribute")}
        with serving(data) as base:
            cycle = api({"base": base, "tokens": tokens}, "POST", "/api/v1/reporting-cycles", "sec", {
                "forum": "colombo-process",
                "title": "Outcome (c), first round",
                "recommendations": ["gfmd-2009-rt3.2-c"],
                "states": ["LKA"],
                "deadline": time.strftime("%Y-%m-%d", time.gmtime()),
            })
        with sqlite3.connect(data / "agora.db") as db:
            db.execute("UPDATE reporting_cycles SET deadline = '2026-01-31' WHERE id = ?", (int(cycle["id"]),))
        with serving(data, "--smtp", f"127.0.0.1:{smtp_port}", "--mail-from", "Agora <agora@example.org>"):
            text = inbox.wait_for("fp@lanka.example", "Outcome (c), first round")
        assert "Subject: Agora: reports owed for" in text, text
        assert "has not reported on 1 recommendation" in text, text
        assert f"/reporting-cycles/{cycle['id']}" in text, text
        # The secretariat is not a focal point: only the state that owes reports is mailed.
        assert [r for r, _ in inbox.mails] == [["fp@lanka.example"]], inbox.mails
    finally:
        smtp.stop()
