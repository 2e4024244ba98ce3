// Shared by the browser tests: one Chromium (Debian's, driven by playwright-core) per test file,
// pages with failure artifacts, and axe-core.
import { before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
export const BASE = process.env.AGORA_E2E_BASE;
export const LABEL = process.env.AGORA_E2E_LABEL || "sqlite";
const ARTIFACTS = process.env.AGORA_E2E_ARTIFACTS || "target/e2e-artifacts";
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

let browser;

before(async () => {
  assert.ok(BASE, "AGORA_E2E_BASE must name a running agora serve");
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
});

after(async () => {
  await browser?.close();
});

/** Run `steps` on a fresh page; on failure keep a screenshot and the page's HTML. */
export async function withPage(name, options, steps) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const cspErrors = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
  });
  try {
    await steps(page, cspErrors);
  } catch (e) {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const stem = path.join(ARTIFACTS, `${LABEL}-${name}`.replace(/[^a-z0-9.-]+/gi, "_"));
    await page.screenshot({ path: `${stem}.png`, fullPage: true }).catch(() => {});
    fs.writeFileSync(`${stem}.html`, await page.content().catch(() => ""));
    console.error(`failure artifacts: ${stem}.png, ${stem}.html`);
    throw e;
  } finally {
    await context.close();
  }
}


export async function axe(page) {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags } }),
    WCAG,
  );
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
  }));
}

/** Keep the served HTML of the page's URL (fetched with the page's cookies) for the Nu checker:
 *  scripts/test checks every file in AGORA_E2E_HTML_OUT after the browser tests. */
export async function keepHtml(page, name) {
  const out = process.env.AGORA_E2E_HTML_OUT;
  if (!out) return;
  fs.mkdirSync(out, { recursive: true });
  const res = await page.request.get(page.url());
  fs.writeFileSync(path.join(out, `${LABEL}-${name}.html`.replace(/[^a-z0-9.-]+/gi, "_")), await res.text());
}

/** axe finds nothing on the page as it is now. */
export async function assertAccessible(page) {
  const violations = await axe(page);
  assert.deepEqual(violations, [], `${page.url()}: ${JSON.stringify(violations, null, 2)}`);
}

/** One URL of every page type, for the sweeps (axe; the phone layout). */
export const PAGES = [
  "/",
  "/?as_of=2009-06-04",
  "/fora",
  "/fora?category=rcp&as_of=2009-06-04",
  "/fora/soderkoping-process?as_of=2009-06-04",
  "/fora/eu",
  "/areas",
  "/areas/UKR?as_of=2009-06-04",
  "/organisations",
  "/organisations/iom",
  "/api/docs",
  "/fora/no-such-forum",
  "/account/sign-in",
  "/fora/colombo-process/history",
  "/areas/LKA/history",
  "/organisations/iom/history",
  "/documents",
  "/documents/gfmd-2009-rt3-2-background-paper",
  "/fora/gfmd",
  "/search",
  "/search?q=soderkoping",
  "/search?q=%22non-binding+dialogue%22&kind=background_paper",
  "/search?q=zzzznothing",
  "/provenance",
  "/data",
  "/data?as_of=2009-06-04",
  "/fora/sadc?as_of=2011-06-01",
  "/fora/africa-eu-summit",
  "/fora/mtm-dialogue",
  "/fora/soderkoping-process",
  "/meetings",
  "/meetings?year=2009&forum=global-rcp-meeting",
  "/meetings?view=month&month=2009-11",
  "/meetings/global-rcp-meeting-2009-bangkok",
  "/meetings/gfmd-2009-athens-rt-3-2",
  "/recommendations",
  "/recommendations?forum=rabat-process&kind=area",
  "/recommendations/euro-african-2008-tycp",
  // With the joint support declaration scripts/test publishes, beside its related chain.
  "/recommendations/gfmd-2009-rt3.2-e",
  "/recommendations/bangkok-2009-cross-fertilisation-2",
  "/follow-ups",
  "/reporting-cycles",
  "/practices",
  "/practices?theme=capacity-building",
  "/practices/african-rcps-linking-objectives-with-au-and-rec-policies",
  "/practice-calls",
  "/assessments",
  "/landscape",
  "/landscape?as_of=2009-06-04&forum=colombo-process",
  "/landscape?compare=2009-06-04",
  "/areas/THA",
  "/fora?q=Community+of+Portuguese-speaking+Countries",
  "/account/reset",
  "/search?q=Ethiopia",
  "/search?q=Ethopia",
  "/documents/gfmd-2009-rt3-2-background-paper?q=cross-fertilisation",
  "/areas/ETH?as_of=2010&compare=2026-12-01",
  "/fora/budapest-process?as_of=2000&compare=2010",
  "/fora?category=rcp&show_secretariat=yes&show_website=yes",
  // Pages that need data made for the run (e.g. a set-password link from `agora user add`).
  ...(process.env.AGORA_E2E_EXTRA_PAGES || "").split(",").filter(Boolean),
];
