// npm run bench:js
//
// JavaScript sent to the browser, page by page, on the production build: every script the page
// loads (including chunks loaded after hydration, such as the chart library), raw and gzip-
// compressed (zlib level 6, what Next's built-in compression sends). Also records whether
// Recharts was loaded, which must happen only on pages that draw a chart.
// Results go to bench/results/js-size.json and are copied into docs/performance.md.
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { findChromium } from "@/e2e/support/chromium";
import { demoPassword, signIn, startApp } from "./lib/app-server";
import { writeResults } from "./lib/results";

const PAGES = [
  { path: "/en/workspace/cases/kakao-pay-alipay-2024", chart: false, label: "Case page (overview tab)" },
  { path: "/en/workspace/cases/kakao-pay-alipay-2024/series", chart: true, label: "Case page, records tab" },
  { path: "/en/workspace/cases/kakao-pay-alipay-2024/estimates", chart: true, label: "Case page, people tab" },
  { path: "/en/workspace/overview", chart: true, label: "Overview dashboard" },
  { path: "/en/workspace", chart: false, label: "Case list" },
  { path: "/en/cases/kakao-pay-alipay-2024", chart: false, label: "Public case summary" },
];

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

async function main() {
  const choice = findChromium();
  if ("error" in choice) throw new Error(choice.error);
  const app = await startApp({ dataDir: ".data/bench-js", port: 3202 });
  const browser = await chromium.launch({ executablePath: choice.executablePath, args: ["--no-sandbox"] });
  try {
    const email = "regulator@casefile.demo";
    const cookieHeader = await signIn(app.baseUrl, email, demoPassword(app.dataDir, email));
    const context = await browser.newContext();
    await context.addCookies(
      cookieHeader.split("; ").map((pair) => {
        const [name, ...rest] = pair.split("=");
        return { name: name!, value: rest.join("="), url: app.baseUrl };
      }),
    );
    const results = [];
    for (const target of PAGES) {
      const page = await context.newPage();
      const scripts: Promise<{ url: string; body: Buffer }>[] = [];
      page.on("response", (response) => {
        if (response.request().resourceType() === "script") scripts.push(response.body().then((body) => ({ url: response.url(), body })));
      });
      const response = await page.goto(`${app.baseUrl}${target.path}`, { waitUntil: "networkidle" });
      if (response?.status() !== 200) throw new Error(`${target.path}: ${response?.status()}`);
      if (target.chart) await page.locator(".recharts-wrapper").first().waitFor();
      const loaded = await Promise.all(scripts);
      const raw = loaded.reduce((sum, s) => sum + s.body.length, 0);
      const gzip = loaded.reduce((sum, s) => sum + gzipSync(s.body, { level: 6 }).length, 0);
      const recharts = loaded.some((s) => s.body.includes("recharts-wrapper"));
      if (recharts !== target.chart) throw new Error(`${target.path}: Recharts ${recharts ? "loaded" : "not loaded"}, expected the opposite`);
      const largest = loaded
        .map((s) => ({ file: new URL(s.url).pathname.split("/").pop() ?? "", gzipKB: kb(gzipSync(s.body, { level: 6 }).length), react: s.body.includes("react.production") || s.body.includes("__SECRET_INTERNALS") || s.body.includes("react-dom") }))
        .sort((a, b) => b.gzipKB - a.gzipKB)
        .slice(0, 4);
      results.push({ page: target.label, path: target.path, scripts: loaded.length, rawKB: kb(raw), gzipKB: kb(gzip), recharts, largest });
      await page.close();
    }
    const result = { measuredAt: new Date().toISOString(), build: "next build (production), served by next start", pages: results };
    writeResults("js-size", result);
    console.table(results.map(({ largest: _largest, ...row }) => row));
    for (const r of results) console.log(r.page, JSON.stringify(r.largest));
  } finally {
    await browser.close();
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
