// Browser tests of the registry: a newcomer's journey, and axe-core (WCAG 2.1 AA) on every page
// type. Playwright-core drives Debian's Chromium against a running `agora serve` whose base URL
// is AGORA_E2E_BASE (scripts/test starts one per backend). Screenshots of failures are written to
// AGORA_E2E_ARTIFACTS (default target/e2e-artifacts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { BASE, LABEL, PAGES, withPage, axe } from "./lib.mjs";

test(`a newcomer browses the landscape of 2009 beside today's (${LABEL})`, async () => {
  await withPage("journey", {}, async (page, cspErrors) => {
    await page.goto(`${BASE}/`);
    assert.match(await page.locator("h1").innerText(), /Inter-state dialogue on migration/);
    assert.match(await page.locator(".as-of-now").innerText(), /\(today\)/);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Fora" }).click();
    assert.equal(new URL(page.url()).pathname, "/fora");

    // Filter the list: regional consultative processes whose names match "soderkoping".
    await page.getByLabel("Name, acronym or former name").fill("soderkoping");
    await page.getByLabel("Category").selectOption("rcp");
    await page.getByRole("button", { name: "Show fora" }).click();
    // The process itself first; then its successor, found by the alias naming it.
    const rows = page.locator("table.fora tbody tr");
    assert.equal(await rows.count(), 2);
    assert.match(await rows.first().innerText(), /Söderköping Process/);
    assert.match(await rows.nth(1).innerText(), /Eastern Partnership Panel[\s\S]*matched: .*former Söderköping Process/);

    await rows.first().getByRole("link").click();
    assert.match(await page.locator("h1").innerText(), /Söderköping Process/);
    // The page writes the day out, as English does: "Members on 2 December 2026".
    const today = new Date(await page.locator("#as_of").inputValue()).toLocaleDateString("en-GB", {
      day: "numeric", month: "long", year: "numeric", timeZone: "UTC",
    });
    assert.match(await page.locator("#members").innerText(), new RegExp(`Members on ${today}`));

    // Change the date to the Bangkok meeting: Sweden (joined 2010) is not yet a member.
    await page.locator("#as_of").fill("2009-06-04");
    await page.getByRole("button", { name: "Show", exact: true }).click();
    assert.match(page.url(), /as_of=2009-06-04/);
    assert.equal(await page.locator("#members").innerText(), "Members on 4 June 2009 (9)");
    const members = page.locator("section[aria-labelledby=members] table");
    const names = await members.locator("tbody td:first-child").allInnerTexts();
    for (const state of ["Belarus", "Republic of Moldova", "Ukraine"]) assert.ok(names.includes(state), `${state} in ${names}`);
    assert.ok(!names.includes("Sweden"), "Sweden joined in 2010");

    // A member state, on the same date.
    await members.getByRole("link", { name: "Ukraine" }).click();
    assert.match(await page.locator("h1").innerText(), /Ukraine/);
    assert.match(await page.locator("h2").first().innerText(), /Takes part in \d+ fora on 4 June 2009/);
    const portfolio = await page.getByRole("table", { name: /^Memberships of/ }).innerText();
    assert.match(portfolio, /Söderköping Process/);

    // Back to the forum, still in 2009; then today's landscape, where Sweden is a member... of a
    // dissolved process: the page says which date it shows either way.
    await page.goBack();
    assert.equal(await page.locator("#members").innerText(), "Members on 4 June 2009 (9)");
    await page.getByRole("link", { name: "today" }).click();
    assert.match(await page.locator(".as-of-now").innerText(), /\(today\)/);
    await page.goto(`${BASE}/fora/soderkoping-process?as_of=2010-06-01`);
    assert.ok((await page.locator("section[aria-labelledby=members] table").innerText()).includes("Sweden"));

    // The maps are images with text alternatives, and load under the CSP.
    const map = page.locator("figure.map img");
    assert.match(await map.getAttribute("alt"), /Map of the members/);
    assert.ok(await map.evaluate((img) => img.complete && img.naturalWidth > 0), "the map loaded");
    assert.deepEqual(cspErrors, []);
  });
});

test(`someone finds the background paper by a phrase and by a name without its accents (${LABEL})`, async () => {
  await withPage("search", {}, async (page, cspErrors) => {
    await page.goto(`${BASE}/`);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Search" }).click();
    assert.equal(new URL(page.url()).pathname, "/search");
    const box = page.getByLabel('Words or "a phrase", in any language');
    await box.fill('"translating non-binding dialogue into action"');
    await page.getByRole("button", { name: "Search" }).click();
    // The paper, and the possible outcome (c) it puts to the roundtable in those words.
    assert.match(await page.getByRole("status").innerText(), /^2 results for/);
    const hit = page.locator("ol.hits li", { hasText: "Background Paper" });
    assert.equal(await hit.count(), 1);
    assert.equal(await page.locator("ol.hits li", { hasText: "Possible outcome" }).count(), 1);
    const marks = await hit.locator(".snippet mark").allInnerTexts();
    assert.ok(marks.map((m) => m.toLowerCase()).includes("translating"), `marked: ${marks}`);

    // Without its accents, a name finds the forum and the paper that mentions it.
    await box.fill("soderkoping");
    await page.getByRole("button", { name: "Search" }).click();
    const titles = await page.locator("ol.hits li > a").allInnerTexts();
    assert.ok(titles.some((t) => /Söderköping Process/.test(t)), `${titles}`);
    assert.ok(titles.some((t) => /Background Paper/.test(t)), `${titles}`);

    // A facet narrows to documents; the filter can be taken off again.
    await page.getByRole("complementary", { name: "Narrow the results" }).getByRole("link", { name: "Documents" }).click();
    assert.match(page.url(), /type=document/);
    assert.equal(await page.locator("ol.hits li").count(), 1);
    await page.getByRole("link", { name: /Documents \(remove this filter\)/ }).click();
    assert.ok(!page.url().includes("type=document"));
    assert.ok((await page.locator("ol.hits li").count()) >= 2);

    // The result leads to the document.
    await page.locator("ol.hits li > a", { hasText: "Background Paper" }).click();
    assert.equal(new URL(page.url()).pathname, "/documents/gfmd-2009-rt3-2-background-paper");
    assert.deepEqual(cspErrors, []);
  });
});


for (const url of PAGES) {
  test(`axe finds no WCAG 2.1 AA violation on ${url} (${LABEL})`, async () => {
    await withPage(`axe-${url}`, { bypassCSP: true }, async (page) => {
      await page.goto(`${BASE}${url}`);
      const violations = await axe(page);
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    });
  });
}

test("the axe judge catches a deliberately broken page", async () => {
  await withPage("axe-self-test", { bypassCSP: true }, async (page) => {
    await page.setContent(
      '<!DOCTYPE html><html><head><title>broken</title></head><body><main>' +
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">' +
        '<label>unlabelled</label><input type="text">' +
        '<p style="color:#bbb;background:#fff">faint text</p></main></body></html>',
    );
    const ids = (await axe(page)).map((v) => v.id).sort();
    for (const rule of ["color-contrast", "html-has-lang", "image-alt", "label"]) {
      assert.ok(ids.includes(rule), `${rule} not reported: ${ids}`);
    }
  });
});
