// The site on a phone (390 × 844 CSS pixels, as an iPhone 12–15 shows it): no page type scrolls
// sideways, and the navigation reaches every section. A sweep over every page type, run on one
// backend (SQLite): the layout does not depend on it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { BASE, LABEL, PAGES, withPage } from "./lib.mjs";

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 };
const skip = LABEL !== "sqlite" && "the phone sweep runs on one backend";

for (const url of PAGES) {
  test(`at 390 px, ${url} does not scroll sideways (${LABEL})`, { skip }, async () => {
    await withPage(`phone-${url}`, PHONE, async (page) => {
      await page.goto(`${BASE}${url}`);
      // Compared with the screen's width, not the window's: a phone widens its layout viewport
      // to fit a page that sticks out (and then shows it zoomed out).
      const width = PHONE.viewport.width;
      const { scroll, widest } = await page.evaluate((width) => {
        // The element that sticks out furthest, to say what to fix.
        let widest = "";
        let right = width;
        for (const el of document.querySelectorAll("body *")) {
          const r = el.getBoundingClientRect().right;
          if (r > right + 1) {
            right = r;
            widest = `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}${el.className && typeof el.className === "string" ? "." + el.className.split(" ").join(".") : ""} (${Math.round(r)} px)`;
          }
        }
        return { scroll: document.documentElement.scrollWidth, widest };
      }, width);
      assert.ok(scroll <= width, `${url}: the page is ${scroll} px wide at ${width} px; widest: ${widest}`);
    });
  });
}

test(`at 390 px the navigation reaches every section (${LABEL})`, { skip }, async () => {
  await withPage("phone-navigation", PHONE, async (page) => {
    await page.goto(`${BASE}/`);
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const name of ["Fora", "States", "Organisations", "Documents", "Search", "API", "Account"]) {
      const link = nav.getByRole("link", { name, exact: true });
      await link.scrollIntoViewIfNeeded();
      const box = await link.boundingBox();
      assert.ok(box, `${name}: not shown`);
      assert.ok(box.x >= 0 && box.x + box.width <= 390, `${name}: off-screen at x=${box.x}`);
    }
    // And it leads there.
    await nav.getByRole("link", { name: "Search", exact: true }).click();
    assert.equal(new URL(page.url()).pathname, "/search");
  });
});
