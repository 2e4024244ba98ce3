// The site as its people use it (issue 25), walked in a browser on a server of its own: a fresh
// data directory, so that the editor's queue holds exactly what these journeys send. Run on
// SQLite (a sweep of journeys, not of backends): the journalist, the GFMD officer, a forum's
// secretariat and an editor, and the researcher.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { LABEL, withPage, assertAccessible, keepHtml } from "./lib.mjs";

const AGORA = process.env.AGORA_BIN || "target/debug/agora";
const PASSPHRASE = "ledger harbour violet compass 1987";
const skip = LABEL === "sqlite" ? false : "the journeys run on SQLite";

let server;
let base;
const people = {};

before(async () => {
  if (skip) return;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "agora-journeys-"));
  const data = path.join(dir, "data");
  const agora = (...args) => execFileSync(AGORA, [...args, "--data-dir", data], { encoding: "utf8" });
  agora("init");
  for (const [who, role] of [["secretariat", "secretariat:colombo-process"], ["editor", "editor"]]) {
    const email = `journey-${who}@example.org`;
    const link = agora("user", "add", email, "--role", role).trim().split("\n").pop();
    people[who] = { email, setup: new URL(link).pathname };
  }
  server = spawn(AGORA, ["serve", "--listen", "127.0.0.1:0", "--data-dir", data], {
    env: { ...process.env, AGORA_LOG: "warn" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  base = await new Promise((resolve, reject) => {
    let out = "";
    server.stdout.on("data", (chunk) => {
      out += chunk;
      const m = out.match(/agora serving on (http:\/\/\S+)/);
      if (m) resolve(m[1]);
    });
    server.on("exit", (code) => reject(new Error(`agora serve stopped (${code}): ${out}`)));
  });
});

after(() => {
  server?.kill();
});

async function signIn(page, who) {
  if (!who.passwordSet) {
    await page.goto(`${base}${who.setup}`);
    await page.locator("#password").fill(PASSPHRASE);
    await page.locator("#password_again").fill(PASSPHRASE);
    await page.getByRole("button", { name: "Set the password" }).click();
    who.passwordSet = true;
  }
  await page.goto(`${base}/account/sign-in`);
  await page.locator("#email").fill(who.email);
  await page.locator("#password").fill(PASSPHRASE);
  await page.getByRole("button", { name: "Sign in" }).click();
  assert.equal(new URL(page.url()).pathname, "/account");
}

/** The names of the fora in the state page's portfolio that count on its day. */
async function foraOnTheDay(page) {
  const rows = await page.locator("main table tbody tr").evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.innerText.trim())));
  // Forum, category, role, period, on the day, checked.
  return rows.filter((r) => r[4] === "yes").map((r) => r[0]);
}

test(`the journalist finds Ethiopia's fora in 2010 and today from the home page's search box (${LABEL})`, { skip }, async () => {
  await withPage("journalist", { bypassCSP: true }, async (page) => {
    await page.goto(`${base}/`);
    await page.getByRole("searchbox").first().fill("Ethiopia");
    await page.getByRole("searchbox").first().press("Enter");
    assert.equal(new URL(page.url()).pathname, "/search");
    await assertAccessible(page);
    // The state itself, above the documents that mention it.
    await page.locator("section[aria-labelledby=named-title]").getByRole("link", { name: "Ethiopia" }).click();
    assert.equal(new URL(page.url()).pathname, "/areas/ETH");
    const today = await foraOnTheDay(page);
    assert.ok(today.length > 0, "Ethiopia takes part in fora today");
    await page.locator("#as_of").fill("2010");
    await page.getByRole("button", { name: "Show" }).click();
    assert.match(await page.locator(".as-of-now").innerText(), /31 December 2010.*the last day of 2010/);
    const in2010 = await foraOnTheDay(page);
    assert.ok(in2010.length > 0, "Ethiopia took part in fora in 2010");
    assert.ok(in2010.some((f) => /Intergovernmental Authority on Development/.test(f)), in2010.join("; "));
    // And the two dates side by side.
    await page.locator("#compare").fill(new Date().toISOString().slice(0, 10));
    await page.getByRole("button", { name: "Show" }).click();
    assert.match(await page.locator("#compare-title").innerText(), /31 December 2010 compared with/);
    await assertAccessible(page);
  });
});

test(`the GFMD officer downloads the RCPs with their secretariats and websites as CSV (${LABEL})`, { skip }, async () => {
  await withPage("gfmd-officer", { acceptDownloads: true, bypassCSP: true }, async (page) => {
    await page.goto(`${base}/fora`);
    await page.locator("#category").selectOption("rcp");
    await page.getByLabel("Secretariat").check();
    await page.getByLabel("Website").check();
    await page.getByRole("button", { name: "Show fora" }).click();
    assert.ok(await page.locator("th", { hasText: "Secretariat" }).count() > 0);
    await assertAccessible(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: /Download these \d+ fora as CSV/ }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^fora-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = fs.readFileSync(await download.path(), "utf8");
    const rows = parseCsv(text);
    assert.deepEqual(rows[0], ["id", "name", "acronyms", "category", "members", "members_dates_not_recorded",
      "members_suspended", "established", "secretariat", "secretariat_dates_not_recorded", "website", "as_of", "page"]);
    const shown = Number((await page.locator("p[role=status]").innerText()).match(/(\d+) fora match/)[1]);
    assert.equal(rows.length - 1, shown, "every row the filters match");
    assert.ok(rows.slice(1).every((r) => r[3] === "Regional consultative process"));
    const budapest = rows.find((r) => r[0] === "budapest-process");
    assert.equal(budapest, undefined, "the Budapest Process is no longer an RCP…");
    assert.match(await page.locator("p.other-times").innerText(), /Budapest Process/, "…and the page says it was one");
    const colombo = rows.find((r) => r[0] === "colombo-process");
    assert.match(colombo[9], /International Organization for Migration/);
    assert.match(colombo[10], /^https?:\/\//);
  });
});

test(`a secretariat proposes Japan as an observer, corrects a date, and an editor publishes it in one step (${LABEL})`, { skip }, async () => {
  let contribution;
  await withPage("secretariat-japan", { bypassCSP: true }, async (page) => {
    await signIn(page, people.secretariat);
    // The action is on the account page.
    await page.getByRole("link", { name: "Propose a change to Colombo Process" }).click();
    await page.locator("#member").fill("Japan");
    await page.locator("#role").selectOption("observer");
    await page.locator("#start_date").fill("Nov 20255");
    await page.locator("#source_url").fill("https://www.colomboprocess.org/");
    await page.locator("form:has(#member)").getByRole("button", { name: "Send for review" }).click();
    // The mistake is said beside the field, and what was typed is kept.
    assert.match(await page.locator("#start_date-error").innerText(), /cannot be read as a date/);
    assert.equal(await page.locator("#start_date").getAttribute("aria-invalid"), "true");
    assert.equal(await page.locator("#start_date").inputValue(), "Nov 20255");
    assert.equal(await page.locator("#member").inputValue(), "Japan");
    assert.equal(await page.locator("#source_url").inputValue(), "https://www.colomboprocess.org/");
    await assertAccessible(page);
    await keepHtml(page, "propose-mistake");
    await page.locator("#start_date").fill("Nov 2025");
    await page.locator("form:has(#member)").getByRole("button", { name: "Send for review" }).click();
    contribution = new URL(page.url()).pathname;
    assert.match(contribution, /^\/contributions\/\d+$/);
    const next = await page.locator("#next-steps").innerText();
    assert.match(next, /Sent for review/);
    assert.match(next, /An editor of Agora reads it/);
    assert.match(await page.locator("p.change-words").innerText(), /Japan — observer — since November 2025/);
    await assertAccessible(page);
  });
  await withPage("editor-japan", { bypassCSP: true }, async (page) => {
    await signIn(page, people.editor);
    await page.getByRole("link", { name: "Review (1)" }).click();
    await page.getByRole("link", { name: /Japan — observer — Colombo Process/ }).click();
    assert.equal(new URL(page.url()).pathname, contribution);
    await page.getByRole("button", { name: "Publish" }).click();
    assert.equal(await page.locator("#state").getAttribute("data-status"), "published");
    assert.ok(await page.getByRole("link", { name: "Review (0)" }).count() === 1);
    await assertAccessible(page);
  });
  await withPage("public-japan", {}, async (page) => {
    await page.goto(`${base}/fora/colombo-process?as_of=2026-01`);
    assert.match(await page.locator("main").innerText(), /Japan/);
  });
});

test(`the researcher finds "cross-fertilisation" in the paper, reads it marked on the page and copies its citation (${LABEL})`, { skip }, async () => {
  await withPage("researcher", { bypassCSP: true }, async (page) => {
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: base });
    await page.goto(`${base}/search`);
    await page.locator("#q").fill("cross-fertilisation");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("link", { name: /Background Paper/ }).first().click();
    assert.equal(new URL(page.url()).pathname, "/documents/gfmd-2009-rt3-2-background-paper");
    const marked = await page.locator("mark").allInnerTexts();
    assert.ok(marked.some((m) => /fertilization/i.test(m)), marked.join(", "));
    await page.getByRole("link", { name: "Go to the first" }).click();
    assert.match(page.url(), /#match-en-1$/);
    await assertAccessible(page);
    await page.locator("button.copy[data-copy=cite-plain]").click();
    await page.locator(".copied").filter({ hasText: "Copied" }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /^International Organization for Migration \(IOM\) \(2009\)\. Roundtable 3/);
    assert.match(copied, /\/documents\/gfmd-2009-rt3-2-background-paper/);
  });
});

/** RFC 4180 CSV: quoted fields with doubled quotes and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') { quoted = false; } else { field += c; }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ",") {
      row.push(field); field = "";
    } else if (c === "\n") {
      row.push(field); rows.push(row); row = []; field = "";
    } else if (c !== "\r") {
      field += c;
    }
  }
  if (field !== "" || row.length) { row.push(field); rows.push(row); }
  return rows;
}
