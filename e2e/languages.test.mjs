// The six languages in a browser (issue 22): the language switcher keeps the page and its date,
// Arabic reads right to left with the layout mirrored, Chinese shows a forum's Chinese name; and
// axe-core (WCAG 2.1 AA, html-has-lang and valid-lang included) on every page type in the five
// languages besides English (English is swept in registry.test.mjs). The sweep runs on one
// backend (SQLite) to keep the test command short: the words are the same on both.
import { test } from "node:test";
import assert from "node:assert/strict";
import { BASE, LABEL, PAGES, withPage, axe } from "./lib.mjs";

const OTHERS = ["ar", "zh", "fr", "ru", "es"];

test(`switching to Arabic keeps the forum and its date, and mirrors the page (${LABEL})`, async () => {
  await withPage("switch-to-arabic", { viewport: { width: 1280, height: 900 } }, async (page) => {
    await page.goto(`${BASE}/fora/asem?as_of=2010`);
    assert.equal(await page.getAttribute("html", "dir"), "ltr");
    const englishNav = await page.locator("header.site nav[aria-label] >> nth=0").boundingBox();
    await page.locator("nav.languages a[hreflang=ar]").click();
    await page.waitForURL(/\/ar\/fora\/asem\?as_of=2010$/);
    assert.equal(await page.getAttribute("html", "lang"), "ar");
    assert.equal(await page.getAttribute("html", "dir"), "rtl");
    // The date stayed: the date form shows it.
    assert.equal(await page.inputValue("#as_of"), "2010-12-31");
    // The header mirrors: the main navigation sits at the right, where English has the brand.
    const width = page.viewportSize().width;
    const brand = await page.locator("header.site .brand").boundingBox();
    const nav = await page.locator("header.site nav[aria-label] >> nth=0").boundingBox();
    assert.ok(brand.x + brand.width > width - 60, `the brand at the right edge: ${JSON.stringify(brand)}`);
    assert.ok(nav.x + nav.width < brand.x + 1, `the navigation left of the brand: ${JSON.stringify(nav)}`);
    assert.ok(nav.x > width / 2 - nav.width, `the navigation on the right half: ${JSON.stringify(nav)}`);
    assert.ok(englishNav.x < width / 2, `in English it starts on the left: ${JSON.stringify(englishNav)}`);
    // The table reads right to left too: its first column is at the right.
    const firstHeader = await page.locator("table th >> nth=0").boundingBox();
    assert.ok(firstHeader.x > width / 2, `the first column at the right: ${JSON.stringify(firstHeader)}`);
    // Links keep Arabic.
    const nav0 = await page.locator("header.site nav[aria-label] a >> nth=0").getAttribute("href");
    assert.equal(nav0, "/ar/fora");
  });
});

test(`switching to Chinese shows the forum's Chinese name, and back to English (${LABEL})`, async () => {
  await withPage("switch-to-chinese", {}, async (page) => {
    await page.goto(`${BASE}/ar/fora/asem?as_of=2010`);
    await page.locator("nav.languages a[hreflang=zh]").click();
    await page.waitForURL(/\/zh\/fora\/asem\?as_of=2010$/);
    assert.equal(await page.getAttribute("html", "lang"), "zh");
    assert.equal((await page.locator("h1").innerText()).split(" (")[0].trim(), "亚欧会议");
    // A forum without a Chinese name shows its English one, marked as English.
    await page.goto(`${BASE}/zh/fora/colombo-process`);
    assert.match(await page.locator("h1 > span[lang=en]").innerText(), /Colombo Process/);
    // English is the unprefixed page, and stays so: a link from one of our pages to / is not
    // sent to the browser's language.
    await page.locator("nav.languages a[hreflang=en]").click();
    await page.waitForURL(/\/fora\/colombo-process$/);
    assert.equal(await page.getAttribute("html", "lang"), "en");
  });
});

if (LABEL === "sqlite") {
  for (const lang of OTHERS) {
    test(`axe finds no WCAG 2.1 AA violation on any page type in ${lang} (${LABEL})`, async () => {
      await withPage(`axe-${lang}`, { bypassCSP: true }, async (page) => {
        const found = [];
        for (const url of PAGES) {
          const localised = url === "/" ? `/${lang}` : `/${lang}${url}`;
          await page.goto(`${BASE}${localised}`);
          assert.equal(await page.getAttribute("html", "lang"), lang, localised);
          const violations = await axe(page);
          if (violations.length > 0) found.push({ url: localised, violations });
        }
        assert.deepEqual(found, [], JSON.stringify(found, null, 2));
      });
    });
  }
}
