// The moderated-contribution scenario in a browser: the Colombo Process's secretariat proposes a
// new chair, an editor sees the diff and publishes it, the public forum page and its version
// history show it, and another forum's secretariat cannot even open the contribution. Accounts
// come from `agora user add` (scripts/test): AGORA_E2E_ACCOUNTS is JSON mapping secretariat,
// editor, other and admin to {email, setup} (the one-time link's path). Every signed-in page on
// the way is checked with axe and kept for the Nu HTML checker.
import { test } from "node:test";
import assert from "node:assert/strict";
import { BASE, LABEL, withPage, assertAccessible, keepHtml } from "./lib.mjs";

const ACCOUNTS = JSON.parse(process.env.AGORA_E2E_ACCOUNTS || "null");
const PASSPHRASE = "ledger harbour violet compass 1987";

/** Set the password through the one-time link (the first time), then sign in through the form. */
async function signIn(page, who) {
  if (!who.passwordSet) {
    await page.goto(`${BASE}${who.setup}`);
    await page.locator("#password").fill(PASSPHRASE);
    await page.locator("#password_again").fill(PASSPHRASE);
    await page.getByRole("button", { name: "Set the password" }).click();
    assert.match(await page.locator("main").innerText(), /Password set/);
    who.passwordSet = true;
  }
  await page.goto(`${BASE}/account/sign-in`);
  await page.locator("#email").fill(who.email);
  await page.locator("#password").fill(PASSPHRASE);
  await page.getByRole("button", { name: "Sign in" }).click();
  assert.equal(new URL(page.url()).pathname, "/account");
  assert.match(await page.locator("main").innerText(), new RegExp(who.email.replace(".", "\\.")));
}

test(`the Colombo Process's secretariat proposes a chair and an editor publishes it (${LABEL})`, {
  skip: ACCOUNTS ? false : "AGORA_E2E_ACCOUNTS is not set",
}, async () => {
  let contribution;
  await withPage("secretariat", { bypassCSP: true }, async (page) => {
    await signIn(page, ACCOUNTS.secretariat);
    await page.goto(`${BASE}/fora/colombo-process`);
    await page.getByRole("link", { name: "Propose a change" }).first().click();
    assert.equal(new URL(page.url()).pathname, "/fora/colombo-process/propose");
    await assertAccessible(page);
    await keepHtml(page, "propose");
    await page.locator("#member").fill("Bangladesh");
    await page.locator("#role").selectOption("chair");
    await page.locator("#start_date").fill("2026");
    await page.locator("#source_url").fill("https://www.colomboprocess.org/");
    await page.locator("#title").fill("Bangladesh takes the chair in 2026");
    await page.locator("#comment").fill("Agreed at the ministerial consultation.");
    await page.locator("form:has(#member)").getByRole("button", { name: "Send for review" }).click();
    contribution = new URL(page.url()).pathname;
    assert.match(contribution, /^\/contributions\/\d+$/);
    assert.equal(await page.locator("#state").getAttribute("data-status"), "submitted");
    await assertAccessible(page);
    await keepHtml(page, "contribution-author");
    // Not public yet.
    const forum = await page.request.get(`${BASE}/api/v1/fora/colombo-process/memberships?role=chair`, {
      headers: { cookie: "" },
    });
    assert.ok(!(await forum.text()).includes("BGD"), "unpublished changes are not public");
    await page.goto(`${BASE}/contributions`);
    assert.match(await page.locator("main").innerText(), /Bangladesh takes the chair in 2026/);
    await assertAccessible(page);
    await keepHtml(page, "my-contributions");
  });

  await withPage("other-secretariat", { bypassCSP: true }, async (page) => {
    await signIn(page, ACCOUNTS.other);
    const res = await page.goto(`${BASE}${contribution}`);
    assert.equal(res.status(), 404, "another forum's secretariat cannot open it");
    assert.ok(!(await page.content()).includes("Bangladesh takes the chair"));
  });

  await withPage("editor", { bypassCSP: true }, async (page) => {
    await signIn(page, ACCOUNTS.editor);
    await assertAccessible(page);
    await keepHtml(page, "account");
    await page.getByRole("link", { name: "Review queue" }).click();
    await assertAccessible(page);
    await keepHtml(page, "review-queue");
    await page.getByRole("link", { name: "Bangladesh takes the chair in 2026" }).click();
    assert.equal(new URL(page.url()).pathname, contribution);
    // The change in words, and the fields as stored for the editor.
    assert.match(await page.locator("p.change-words").innerText(), /Bangladesh — chair — since 2026/);
    assert.match(await page.locator("table.diff").textContent(), /member\.id[\s\S]*BGD/);
    assert.match(await page.locator("ol.events").innerText(), /Agreed at the ministerial consultation/);
    await assertAccessible(page);
    await keepHtml(page, "contribution-editor");
    await page.getByRole("button", { name: "Start the review" }).click();
    assert.equal(await page.locator("#state").getAttribute("data-status"), "in_review");
    await page.locator("#comment").fill("Thank you.");
    await page.getByRole("button", { name: "Publish" }).click();
    assert.equal(await page.locator("#state").getAttribute("data-status"), "published");
  });

  await withPage("public", { bypassCSP: true }, async (page) => {
    await page.goto(`${BASE}/fora/colombo-process`);
    const chairs = await page.locator("section[aria-labelledby=chairs]").innerText();
    assert.match(chairs, /Bangladesh/);
    assert.equal(await page.getByRole("link", { name: "Propose a change" }).count(), 0);
    await page.getByRole("link", { name: "Version history" }).click();
    const history = await page.locator("main").innerText();
    assert.match(history, /colombo-process:chair:BGD:2026 added by the secretariat of colombo-process \(published by an editor\)/);
    assert.ok(!history.includes(ACCOUNTS.secretariat.email), "the history names roles, not people");
    await assertAccessible(page);
  });

  await withPage("admin", { bypassCSP: true }, async (page) => {
    await signIn(page, ACCOUNTS.admin);
    for (const [path, name] of [["/admin/users", "admin-users"], ["/admin/audit", "admin-audit"]]) {
      await page.goto(`${BASE}${path}`);
      await assertAccessible(page);
      await keepHtml(page, name);
    }
    assert.match(await page.locator("main").innerText(), /contribution\.publish/);
  });
});

test(`the Colombo Process's secretariat uploads a meeting report and an editor publishes it (${LABEL})`, {
  skip: ACCOUNTS ? false : "AGORA_E2E_ACCOUNTS is not set",
}, async () => {
  const token = "qxbrowserupload42";
  const report = `# Senior officials meeting, Colombo\n\nThe meeting discussed labour migration, ${token}, and skills.\n`;
  let contribution;
  await withPage("secretariat-upload", { bypassCSP: true }, async (page) => {
    await signIn(page, ACCOUNTS.secretariat);
    await page.goto(`${BASE}/documents`);
    await page.getByRole("link", { name: "Upload a document" }).click();
    assert.equal(new URL(page.url()).pathname, "/documents/upload");
    await assertAccessible(page);
    await keepHtml(page, "upload");
    await page.locator("#file").setInputFiles({
      name: "colombo-som-2026.md",
      mimeType: "text/markdown",
      buffer: Buffer.from(report),
    });
    await page.locator("#forum").selectOption("colombo-process");
    await page.locator("#kind").selectOption("meeting_report");
    await page.locator("#lang").fill("en");
    await page.locator("#date").fill("2026-03");
    await page.locator("#comment").fill("Report of the March meeting.");
    await page.getByRole("button", { name: "Submit for review" }).click();
    contribution = new URL(page.url()).pathname;
    assert.match(contribution, /^\/contributions\/\d+$/);
    assert.equal(await page.locator("#state").getAttribute("data-status"), "submitted");
    assert.match(await page.locator("section[aria-labelledby=text]").innerText(), new RegExp(token));
    await assertAccessible(page);
    await keepHtml(page, "contribution-upload");
  });

  // Not in the library or the search before an editor publishes it, even for its participants.
  const found = async (page) => {
    await page.goto(`${BASE}/search?q=${token}`);
    return (await page.locator("main").innerText()).includes("Senior officials meeting, Colombo");
  };
  await withPage("editor-upload", { bypassCSP: true }, async (page) => {
    await signIn(page, ACCOUNTS.editor);
    assert.equal(await found(page), false, "pending uploads are not searchable");
    await page.goto(`${BASE}${contribution}`);
    await page.getByRole("button", { name: "Start the review" }).click();
    await page.getByRole("button", { name: "Publish" }).click();
    assert.equal(await page.locator("#state").getAttribute("data-status"), "published");
    assert.equal(await found(page), true, "published: the editor finds it");
    await page.getByRole("link", { name: "Senior officials meeting, Colombo" }).first().click();
    assert.match(await page.locator("main").innerText(), /For the participants of/);
  });

  await withPage("public-upload", { bypassCSP: true }, async (page) => {
    assert.equal(await found(page), false, "participants only: the public does not find it");
    assert.equal(await page.getByRole("link", { name: "Upload a document" }).count(), 0);
  });
});

// Follows the upload above: the meeting's outcome document is the report uploaded there (for
// the Colombo Process's participants only, so the public never sees it named).
test(`the Colombo Process's secretariat proposes a meeting with its outcome document and an editor publishes it (${LABEL})`, {
  skip: ACCOUNTS ? false : "AGORA_E2E_ACCOUNTS is not set",
}, async () => {
  const title = "Senior Officials' Meeting of the Colombo Process, Dhaka";
  let contribution;
  await withPage("secretariat-meeting", { bypassCSP: true }, async (page) => {
    await signIn(page, ACCOUNTS.secretariat);
    await page.goto(`${BASE}/fora/colombo-process`);
    await page.getByRole("link", { name: "Propose a meeting" }).click();
    assert.equal(new URL(page.url()).pathname, "/fora/colombo-process/meetings/propose");
    await assertAccessible(page);
    await keepHtml(page, "propose-meeting");
    // A mistake first: said beside its field, what was typed kept.
    await page.getByLabel("Title (in English)").fill(title);
    await page.getByLabel("First day", { exact: true }).fill("31 February 2027");
    await page.getByRole("button", { name: "Send for review" }).click();
    assert.equal(new URL(page.url()).pathname, "/fora/colombo-process/meetings/propose");
    assert.match(await page.locator("#start_date-error").innerText(), /cannot be read as a date/);
    assert.match(await page.locator("#kind_of_meeting-error").innerText(), /kinds of meeting/);
    assert.equal(await page.getByLabel("Title (in English)").inputValue(), title);
    await assertAccessible(page);
    await keepHtml(page, "propose-meeting-mistakes");
    await page.getByLabel("Kind of meeting").selectOption("senior_officials");
    await page.getByLabel("Status", { exact: true }).selectOption("scheduled");
    await page.getByLabel("First day", { exact: true }).fill("9 March 2027");
    await page.getByLabel("Last day", { exact: true }).fill("10 March 2027");
    await page.getByLabel("City").fill("Dhaka");
    await page.getByLabel("Country").fill("Bangladesh");
    await page.getByLabel("Participants").fill("Bangladesh\nSri Lanka\nNepal");
    await page.getByLabel("Observers").fill("International Organization for Migration");
    await page.getByLabel("Senior officials meeting, Colombo").check();
    await page.getByLabel("Sources").fill("https://www.colomboprocess.org/");
    await page.getByRole("button", { name: "Send for review" }).click();
    contribution = new URL(page.url()).pathname;
    assert.match(contribution, /^\/contributions\/\d+$/);
    assert.equal(await page.locator("#state").getAttribute("data-status"), "submitted");
    await assertAccessible(page);
    await keepHtml(page, "contribution-meeting");
  });

  await withPage("editor-meeting", { bypassCSP: true }, async (page) => {
    await signIn(page, ACCOUNTS.editor);
    await page.goto(`${BASE}${contribution}`);
    assert.match(await page.locator("main").innerText(), /Dhaka/);
    await page.getByRole("button", { name: "Start the review" }).click();
    await page.getByRole("button", { name: "Publish" }).click();
    assert.equal(await page.locator("#state").getAttribute("data-status"), "published");
  });

  await withPage("public-meeting", { bypassCSP: true }, async (page) => {
    await page.goto(`${BASE}/meetings?forum=colombo-process&year=2027`);
    await page.getByRole("link", { name: title }).click();
    const main = await page.locator("main").innerText();
    assert.match(main, /Dhaka, Bangladesh/);
    assert.match(main, /International Organization for Migration/);
    assert.ok(!main.includes("Senior officials meeting, Colombo"), "a participants-only outcome is not named to the public");
    await assertAccessible(page);
    await keepHtml(page, "meeting-proposed");
    const ics = await page.request.get(`${BASE}/fora/colombo-process/meetings.ics`);
    assert.equal(ics.status(), 200);
    const feed = await ics.text();
    assert.match(feed, /DTSTART;VALUE=DATE:20270309/);
    assert.match(feed, /DTEND;VALUE=DATE:20270311/);
    assert.match(feed.replace(/\r\n /g, ""), /SUMMARY:Senior Officials' Meeting of the Colombo Process\\, Dhaka/);
  });
});

test(`the Colombo Process's secretariat declares its support for a recommendation and an editor publishes it (${LABEL})`, {
  skip: ACCOUNTS ? false : "AGORA_E2E_ACCOUNTS is not set",
}, async () => {
  const rec = "/recommendations/gfmd-2009-rt3.2-b";
  const words = "The Colombo Process will share its experience of pre-departure orientation with the GFMD.";
  let contribution;
  await withPage("secretariat-support", { bypassCSP: true }, async (page) => {
    await signIn(page, ACCOUNTS.secretariat);
    await page.goto(`${BASE}${rec}`);
    await page.getByRole("link", { name: "Declare a forum's support for implementing it" }).click();
    assert.equal(new URL(page.url()).pathname, `${rec}/support`);
    await assertAccessible(page);
    await keepHtml(page, "support");
    // A mistake first: said beside its field, what was typed kept.
    await page.getByLabel("When it was declared").fill("June 2010");
    await page.getByRole("button", { name: "Send for review" }).click();
    assert.match(await page.locator("#description-error").innerText(), /Say what the forum declares/);
    assert.equal(await page.getByLabel("When it was declared").inputValue(), "June 2010");
    await assertAccessible(page);
    await keepHtml(page, "support-mistakes");
    await page.getByLabel("What the forum declares").fill(words);
    await page.getByRole("button", { name: "Send for review" }).click();
    contribution = new URL(page.url()).pathname;
    assert.match(contribution, /^\/contributions\/\d+$/);
    assert.equal(await page.locator("#state").getAttribute("data-status"), "submitted");
  });

  await withPage("editor-support", { bypassCSP: true }, async (page) => {
    await signIn(page, ACCOUNTS.editor);
    await page.goto(`${BASE}${contribution}`);
    await page.getByRole("button", { name: "Start the review" }).click();
    await page.getByRole("button", { name: "Publish" }).click();
    assert.equal(await page.locator("#state").getAttribute("data-status"), "published");
  });

  await withPage("public-support", { bypassCSP: true }, async (page) => {
    await page.goto(`${BASE}${rec}`);
    const main = await page.locator("main").innerText();
    assert.ok(main.indexOf(words) > main.indexOf("Fora supporting its implementation"), main);
    await assertAccessible(page);
  });
});

test(`the Colombo Process's secretariat proposes two new observers from a spreadsheet and an editor publishes both (${LABEL})`, {
  skip: ACCOUNTS ? false : "AGORA_E2E_ACCOUNTS is not set",
}, async () => {
  const sheet = [
    "forum_id,member_type,member_id,role,start_date,sources",
    "colombo-process,area,MDV,observer,2027,https://example.org/colombo-observers",
    "colombo-process,area,AFG,observer,2027,https://example.org/colombo-observers",
    "",
  ].join("\r\n");
  let contribution;
  await withPage("secretariat-spreadsheet", { bypassCSP: true }, async (page) => {
    await signIn(page, ACCOUNTS.secretariat);
    await page.goto(`${BASE}/contributions`);
    await page.getByRole("link", { name: "Propose changes from a spreadsheet" }).click();
    assert.equal(new URL(page.url()).pathname, "/contributions/spreadsheet");
    await assertAccessible(page);
    await keepHtml(page, "spreadsheet");
    await page.locator("#file").setInputFiles({
      name: "memberships.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(sheet),
    });
    await page.locator("#title").fill("Two observers from 2027");
    await page.getByRole("button", { name: "Submit for review" }).click();
    contribution = new URL(page.url()).pathname;
    assert.match(contribution, /^\/contributions\/\d+$/);
    assert.equal(await page.locator("#state").getAttribute("data-status"), "submitted");
    const main = await page.locator("main").innerText();
    assert.match(main, /2 records, published together/);
    assert.match(main, /Maldives — observer — since 2027/);
    assert.match(main, /Afghanistan — observer — since 2027/);
    await assertAccessible(page);
    await keepHtml(page, "contribution-spreadsheet");
  });

  await withPage("editor-spreadsheet", { bypassCSP: true }, async (page) => {
    await signIn(page, ACCOUNTS.editor);
    await page.goto(`${BASE}${contribution}`);
    await page.getByRole("button", { name: "Start the review" }).click();
    await page.getByRole("button", { name: "Publish" }).click();
    assert.equal(await page.locator("#state").getAttribute("data-status"), "published");
  });

  await withPage("public-spreadsheet", { bypassCSP: true }, async (page) => {
    await page.goto(`${BASE}/fora/colombo-process/history`);
    const history = await page.locator("main").innerText();
    assert.match(history, /colombo-process:observer:MDV:2027/);
    assert.match(history, /colombo-process:observer:AFG:2027/);
  });
});

test(`someone signed in reports an error with a source from a forum page and it reaches the editors' queue (${LABEL})`, {
  skip: ACCOUNTS ? false : "AGORA_E2E_ACCOUNTS is not set",
}, async () => {
  const what = "The Colombo Process lists Cambodia from 2015; its own site says 2017 (report qxerror7).";
  // Another forum's secretariat: no contributor of the Colombo Process, but signed in.
  await withPage("reporter", { bypassCSP: true }, async (page) => {
    await signIn(page, ACCOUNTS.other);
    await page.goto(`${BASE}/fora/colombo-process`);
    await page.getByRole("link", { name: "Report an error" }).click();
    assert.equal(new URL(page.url()).pathname, "/fora/colombo-process/report");
    await assertAccessible(page);
    await keepHtml(page, "report");
    // A report without a usable source comes back with what was typed and why.
    await page.locator("#what").fill(what);
    await page.locator("#source").evaluate((el) => el.removeAttribute("required"));
    await page.locator("#source").evaluate((el) => el.setAttribute("type", "text"));
    await page.locator("#source").fill("the website");
    await page.getByRole("button", { name: "Send the report" }).click();
    assert.match(await page.locator("#problem").innerText(), /source/);
    assert.equal(await page.locator("#what").inputValue(), what);
    await page.locator("#source").fill("https://www.colomboprocess.org/");
    await page.getByRole("button", { name: "Send the report" }).click();
    assert.match(await page.locator("main").innerText(), /in the editors’ review queue/);
    await assertAccessible(page);
  });

  await withPage("editor-report", { bypassCSP: true }, async (page) => {
    await signIn(page, ACCOUNTS.editor);
    await page.goto(`${BASE}/review`);
    await page.getByRole("link", { name: what }).click();
    assert.equal(await page.locator("#state").getAttribute("data-status"), "submitted");
    const diff = await page.locator("table.diff").innerText();
    assert.match(diff, /colomboprocess\.org/);
    await assertAccessible(page);
  });

  // The public never sees it.
  await withPage("public-report", { bypassCSP: true }, async (page) => {
    await page.goto(`${BASE}/fora/colombo-process/history`);
    assert.ok(!(await page.locator("main").innerText()).includes("qxerror7"));
    await page.goto(`${BASE}/fora/colombo-process`);
    assert.equal(await page.getByRole("link", { name: "Report an error" }).count(), 0);
  });
});

/** Rows of an RFC 4180 CSV text (quoted cells, doubled quotes, CRLF). */
function parseCsv(text) {
  const rows = [];
  let row = [], cell = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(cell); cell = ""; }
    else if (c === "\n") { row.push(cell.replace(/\r$/, "")); rows.push(row); row = []; cell = ""; }
    else cell += c;
  }
  if (cell !== "" || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

const toCsv = (rows) => rows.map((r) => r.map((c) => /[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c).join(",")).join("\r\n") + "\r\n";

test(`a secretariat edits its members' spreadsheet, sees exactly its changes, and the export shows them once published (${LABEL})`, {
  skip: ACCOUNTS ? false : "AGORA_E2E_ACCOUNTS is not set",
}, async () => {
  const note = "Checked against the forum's 2026 list (round trip)";
  let contribution, changed;
  await withPage("secretariat-roundtrip", { bypassCSP: true }, async (page) => {
    await signIn(page, ACCOUNTS.secretariat);
    await page.goto(`${BASE}/fora/colombo-process`);
    await page.getByRole("link", { name: "Propose changes to the members from their spreadsheet" }).click();
    assert.equal(new URL(page.url()).pathname, "/contributions/spreadsheet");
    await assertAccessible(page);
    await keepHtml(page, "spreadsheet-of-forum");
    // The members' spreadsheet, as the link offers it.
    const href = await page.getByRole("link", { name: "the members' spreadsheet" }).getAttribute("href");
    const download = await page.request.get(`${BASE}${href}`);
    assert.equal(download.status(), 200);
    const rows = parseCsv(await download.text());
    const header = rows[0];
    const col = (name) => header.indexOf(name);
    // Two rows changed (a note), one added.
    const members = rows.slice(1).filter((r) => r[col("role")] === "member");
    changed = members.slice(0, 2).map((r) => r[col("id")]);
    assert.equal(changed.length, 2);
    for (const r of members.slice(0, 2)) r[col("note")] = `${r[col("note")]} ${note}`.trim();
    const added = header.map(() => "");
    Object.entries({ forum_id: "colombo-process", member_type: "area", member_id: "ISL", role: "observer", start_date: "2027-05", verification: "unverified", sources: "https://example.org/colombo-round-trip" })
      .forEach(([k, v]) => { added[col(k)] = v; });
    rows.push(added);
    // A row of another forum in the same file: refused, row by row, and nothing is proposed.
    const stray = [...added];
    stray[col("forum_id")] = "bali-process";
    await page.locator("#file").setInputFiles({ name: "memberships.csv", mimeType: "text/csv", buffer: Buffer.from(toCsv([...rows, stray])) });
    await page.getByRole("button", { name: "Save as a draft" }).click();
    const refusal = await page.locator("main").innerText();
    assert.match(refusal, /this row belongs to bali-process: this spreadsheet changes colombo-process only/);
    assert.match(refusal, new RegExp(`line ${rows.length + 1}`));
    // The file as it should be: a draft, whose page is the preview of exactly what it changes.
    await page.goto(`${BASE}/contributions/spreadsheet?forum=colombo-process`);
    await page.locator("#file").setInputFiles({ name: "memberships.csv", mimeType: "text/csv", buffer: Buffer.from(toCsv(rows)) });
    await page.locator("#title").fill("Notes checked, and Iceland as an observer");
    await page.getByRole("button", { name: "Save as a draft" }).click();
    contribution = new URL(page.url()).pathname;
    assert.match(contribution, /^\/contributions\/\d+$/);
    assert.equal(await page.locator("#state").getAttribute("data-status"), "draft");
    const main = await page.locator("main").innerText();
    assert.match(main, /3 records, published together/);
    assert.equal((main.match(/Changes:/g) || []).length, 2, main);
    assert.equal((main.match(/Adds:/g) || []).length, 1, main);
    assert.match(main, /Iceland — observer — since May 2027/);
    await assertAccessible(page);
    await keepHtml(page, "contribution-roundtrip-draft");
    await page.getByRole("button", { name: "Submit for review" }).click();
    assert.equal(await page.locator("#state").getAttribute("data-status"), "submitted");
    // A search saved and followed in the private feed, whose address is shown once.
    await page.goto(`${BASE}/search?q=labour+migration&type=document`);
    await page.locator("details.follow summary").click();
    await page.locator("#search-name").fill("Labour migration papers");
    await assertAccessible(page);
    await keepHtml(page, "search-signed-in");
    await page.getByRole("button", { name: "Save this search and follow it in my private feed" }).click();
    assert.match(await page.locator("#searches").locator("..").innerText(), /Labour migration papers/);
    await page.getByRole("button", { name: "Make my private feed’s address" }).click();
    const address = await page.locator("#feed-address").inputValue();
    assert.match(address, /\/feeds\/[0-9a-f]{64}\.atom$/);
    // A form's answer (no address to fetch again for the HTML checker): axe checks it.
    await assertAccessible(page);
    const feed = await page.request.get(address.replace(/^https?:\/\/[^/]+/, BASE));
    assert.equal(feed.status(), 200);
    assert.match(await feed.text(), /Found by your saved search “Labour migration papers”/);
  });

  await withPage("editor-roundtrip", { bypassCSP: true }, async (page) => {
    await signIn(page, ACCOUNTS.editor);
    await page.goto(`${BASE}${contribution}`);
    await page.getByRole("button", { name: "Start the review" }).click();
    await page.getByRole("button", { name: "Publish" }).click();
    assert.equal(await page.locator("#state").getAttribute("data-status"), "published");
  });

  // The public export has the three rows as changed.
  const res = await fetch(`${BASE}/api/v1/data/memberships.csv`);
  assert.equal(res.status, 200);
  const rows = parseCsv(await res.text());
  const header = rows[0];
  const byId = new Map(rows.slice(1).map((r) => [r[0], r]));
  for (const id of changed) assert.ok(byId.get(id)[header.indexOf("note")].endsWith(note), id);
  const iceland = rows.find((r) => r[header.indexOf("forum_id")] === "colombo-process" && r[header.indexOf("member_id")] === "ISL");
  assert.ok(iceland, "the added row is exported");
  assert.equal(iceland[header.indexOf("start_date")], "2027-05");
});

test(`a call for practices runs from its opening to a published, peer-reviewed practice (${LABEL})`, {
  skip: ACCOUNTS ? false : "AGORA_E2E_ACCOUNTS is not set",
}, async () => {
  let call;
  let submission;
  await withPage("practices-editor", { bypassCSP: true }, async (page) => {
    await signIn(page, ACCOUNTS.editor);
    await page.goto(`${BASE}/practice-calls`);
    await assertAccessible(page);
    await keepHtml(page, "practice-calls-editor");
    await page.locator("#title").fill(`Orientation of labour migrants (${LABEL})`);
    await page.locator("#theme").selectOption("labour-migration");
    await page.locator("#deadline").fill("2099-06-30");
    await page.locator("#questions").fill("Who paid for it?\nWhat would you do differently?");
    await page.getByRole("button", { name: "Open a call" }).click();
    call = new URL(page.url()).pathname;
    assert.match(call, /^\/practice-calls\/\d+$/);
    for (const who of [ACCOUNTS.other, ACCOUNTS.admin]) {
      await page.locator("#email").fill(who.email);
      await page.getByRole("button", { name: "Invite to review" }).click();
    }
    assert.match(await page.locator("main").innerText(), new RegExp(ACCOUNTS.other.email.replace(".", "\\.")));
    await assertAccessible(page);
    await keepHtml(page, "practice-call-editor");
  });

  await withPage("practices-secretariat", { bypassCSP: true }, async (page) => {
    await signIn(page, ACCOUNTS.secretariat);
    await page.goto(`${BASE}${call}`);
    await page.getByRole("link", { name: "Submit a practice" }).click();
    await assertAccessible(page);
    await keepHtml(page, "practice-submit");
    // A mistake first: the form comes back with it, as typed.
    await page.locator("#title").fill("Pre-departure orientation in the workers' own language");
    await page.getByRole("button", { name: "Submit a practice" }).click();
    assert.match(await page.locator(".error-summary").innerText(), /must not be empty/);
    assert.equal(await page.locator(".error-summary a").getAttribute("href"), "#summary");
    assert.equal(await page.locator("#title").inputValue(), "Pre-departure orientation in the workers' own language");
    await assertAccessible(page);
    await page.locator("#summary").fill("Workers learn their rights before they leave.");
    await page.locator("#fora").selectOption("colombo-process");
    await page.locator("#context").fill("Workers left without knowing their contracts.");
    await page.locator("#done").fill("Week-long courses run by the ministry.");
    await page.locator("#results").fill("Fewer complaints reached the embassies.");
    await page.locator("#lessons").fill("Courses in the workers' languages worked; courses in English did not.");
    await page.locator("#replication").fill("A ministry with a training budget.");
    await page.locator("#contact_name").fill("Sita Thapa");
    await page.locator("#answer_0").fill("The ministry.");
    await page.getByRole("button", { name: "Submit a practice" }).click();
    submission = new URL(page.url()).pathname;
    assert.match(submission, /^\/practice-submissions\/\d+$/);
    assert.match(await page.locator("main").innerText(), /Under review/);
    await assertAccessible(page);
    await keepHtml(page, "practice-submission-author");
    await page.goto(`${BASE}/practice-calls`);
    assert.match(await page.locator("main").innerText(), /Your submissions[\s\S]*Pre-departure orientation/);
    await assertAccessible(page);
    await keepHtml(page, "practice-calls-mine");
  });

  for (const [name, who, score] of [["other", ACCOUNTS.other, "5"], ["admin", ACCOUNTS.admin, "4"]]) {
    await withPage(`practices-reviewer-${name}`, { bypassCSP: true }, async (page) => {
      await signIn(page, who);
      await page.goto(`${BASE}${call}`);
      await page.locator("#kind").selectOption("organisation");
      await page.locator("#affiliation").fill("International Organization for Migration");
      await page.getByRole("button", { name: "Accept" }).click();
      await assertAccessible(page);
      await keepHtml(page, `practice-call-reviewer-${name}`);
      await page.goto(`${BASE}${submission}`);
      await page.getByRole("button", { name: "Declare" }).click();
      for (const c of ["applied", "relevant", "effective", "coherent", "innovative", "replicable", "sustainable"]) {
        await page.locator(`#score_${c}`).selectOption(score);
        await page.locator(`#comment_${c}`).fill(`Seen in the evidence (${c}).`);
      }
      await assertAccessible(page);
      await keepHtml(page, `practice-submission-reviewer-${name}`);
      await page.getByRole("button", { name: "Send the review" }).click();
      assert.match(await page.locator("main").innerText(), /Total: \d+ out of 35/);
    });
  }

  await withPage("practices-editor-decides", { bypassCSP: true }, async (page) => {
    await signIn(page, ACCOUNTS.editor);
    await page.goto(`${BASE}${submission}`);
    assert.match(await page.locator("main").innerText(), /The reviews are in/);
    await assertAccessible(page);
    await keepHtml(page, "practice-submission-editor");
    await page.locator("#decision-publish").check();
    await page.getByRole("button", { name: "Decide" }).click();
    assert.match(await page.locator("main").innerText(), /Published/);
  });

  await withPage("practices-public", { bypassCSP: true }, async (page) => {
    await page.goto(`${BASE}/practices?forum=colombo-process`);
    await page.getByRole("link", { name: "Pre-departure orientation in the workers' own language" }).first().click();
    const main = await page.locator("main").innerText();
    assert.match(main, /Reviewed by 2 peers/);
    assert.ok(!main.includes("Sita Thapa"), "contacts are for people signed in");
    assert.ok(!main.includes(ACCOUNTS.other.email), "reviewers are known to editors only");
    await assertAccessible(page);
  });
});

test(`the Colombo Process is assessed against its own objectives, from opening to the published report (${LABEL})`, {
  skip: ACCOUNTS ? false : "AGORA_E2E_ACCOUNTS is not set",
}, async () => {
  const report = "/assessments/colombo-process-2003-2009";
  const notes = "Met in Colombo in 2003. The meetings made officials call each other. The chair was distrusted in private.";
  await withPage("assessment-editor", { bypassCSP: true }, async (page) => {
    await signIn(page, ACCOUNTS.editor);
    await page.goto(`${BASE}/assessments`);
    await assertAccessible(page);
    await keepHtml(page, "assessments-editor");
    await page.locator("#forum").selectOption("colombo-process");
    await page.locator("#from").fill("2003");
    await page.locator("#to").fill("2009");
    await page.getByRole("button", { name: "Open an assessment" }).click();
    assert.equal(new URL(page.url()).pathname, report);
    await page.locator("#email").fill(ACCOUNTS.researcher.email);
    await page.getByRole("button", { name: "Assign a researcher" }).click();
    assert.match(await page.locator("main").innerText(), new RegExp(ACCOUNTS.researcher.email.replace(".", "\\.")));
    await assertAccessible(page);
    await keepHtml(page, "assessment-editor");
  });

  await withPage("assessment-researcher", { bypassCSP: true }, async (page) => {
    await signIn(page, ACCOUNTS.researcher);
    await page.goto(`${BASE}${report}`);
    const open = async (summary) => page.locator("summary", { hasText: summary }).click();
    await open("Record an objective");
    await page.locator("#o-text").fill("Share experiences, lessons learned and best practices on overseas employment");
    await page.locator("#o-document").selectOption("gfmd-2009-rt3-2-background-paper");
    await page.locator("#o-paragraph").fill("12");
    await page.getByRole("button", { name: "Record an objective" }).click();
    await open("Record an output");
    await page.locator("#out-kind").selectOption("training");
    await page.locator("#out-title").fill("Training of labour attachés");
    await page.locator("#out-o1").check();
    await page.getByRole("button", { name: "Record an output" }).click();
    await open("Record an interview");
    await page.locator("#iv-role").fill("Official of a ministry of labour");
    await page.locator("#iv-held").fill("2026-03-02");
    await page.locator("#iv-consent").selectOption("quotable");
    await page.locator("#iv-notes").fill(notes);
    await page.getByRole("button", { name: "Record an interview" }).click();
    await open("Mark an extract");
    await page.locator("#x-passage").fill("The meetings made officials call each other.");
    await page.locator("#x-approved").check();
    await page.getByRole("button", { name: "Mark an extract" }).click();
    await open("Release an extract to the report");
    await page.locator("#rl-extract").fill("1");
    await page.getByRole("button", { name: "Release an extract to the report" }).click();
    await open("Code a passage");
    await page.locator("#c-source").selectOption("interview:1");
    await page.locator("#c-passage").fill("The chair was distrusted in private.");
    await page.locator("#c-d-trust").check();
    await page.locator("#c-against").check();
    await page.getByRole("button", { name: "Code a passage" }).click();
    const main = await page.locator("main").innerText();
    assert.match(main, /distrusted in private/, "the researcher reads the notes");
    assert.match(main, /Training of labour attachés/);
    await assertAccessible(page);
    await keepHtml(page, "assessment-researcher");
  });

  await withPage("assessment-secretariat", { bypassCSP: true }, async (page) => {
    await signIn(page, ACCOUNTS.secretariat);
    await page.goto(`${BASE}${report}`);
    assert.ok(!(await page.locator("main").innerText()).includes("distrusted"), "notes are for the researchers");
    await page.locator("#reply").fill("The Process also trained recruitment regulators.");
    await page.getByRole("button", { name: "Reply to the draft" }).click();
    await assertAccessible(page);
    await keepHtml(page, "assessment-secretariat");
  });

  await withPage("assessment-editor-publishes", { bypassCSP: true }, async (page) => {
    await signIn(page, ACCOUNTS.editor);
    await page.goto(`${BASE}${report}`);
    await page.getByRole("button", { name: "Publish the report" }).click();
    assert.match(await page.locator("main").innerText(), /Published on/);
  });

  await withPage("assessment-public", { bypassCSP: true }, async (page) => {
    await page.goto(`${BASE}/fora/colombo-process`);
    await page.getByRole("link", { name: "What it achieved, 2003–2009" }).click();
    const main = await page.locator("main").innerText();
    assert.match(main, /The meetings made officials call each other\./);
    assert.match(main, /also trained recruitment regulators/);
    assert.ok(!main.includes("distrusted"), "nothing of the notes but the released extract");
    assert.ok(!main.includes("Official of a ministry"), "no interviewee named or described");
    await assertAccessible(page);
    await keepHtml(page, "assessment-public");
  });
});
