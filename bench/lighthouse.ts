// npm run bench:lighthouse
//
// Issue 7's quality targets for the public case page: Lighthouse performance >= 95,
// accessibility = 100, best practices >= 95, SEO >= 95. Starts the app the way `npm start` does
// on its own data directory and port, runs Lighthouse (npm `lighthouse`) in the system Chromium
// on the English and Korean pages, prints the scores and writes bench/results/lighthouse.json.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { findChromium } from "../e2e/support/chromium";
import { startApp } from "./lib/app-server";
import { writeResults } from "./lib/results";

const PAGES = ["/en/cases/kakao-pay-alipay-2024", "/ko/cases/kakao-pay-alipay-2024"];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

const choice = findChromium();
if (!("executablePath" in choice)) throw new Error("No Chromium: install it (apt-get install -y chromium) or set CHROMIUM_PATH.");

const app = await startApp({ dataDir: ".data/bench-lighthouse", port: 3300 });
const chrome = await chromeLauncher.launch({ chromePath: choice.executablePath, chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
try {
  const results: Record<string, Record<string, number>> = {};
  for (const page of PAGES) {
    const url = `${app.baseUrl}${page}`;
    await fetch(url); // render once, so Lighthouse measures the cached page a reader gets
    const run = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
    if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
    results[page] = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((run.lhr.categories[c]?.score ?? 0) * 100)]));
    const failing = Object.values(run.lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary").map((a) => a.id);
    console.log(page, results[page], failing.length ? `failing audits: ${failing.join(", ")}` : "");
  }
  writeResults("lighthouse", { date: new Date().toISOString(), lighthouse: "13.5.0", formFactor: "mobile (default)", results });
} finally {
  chrome.kill();
  await app.stop();
}
