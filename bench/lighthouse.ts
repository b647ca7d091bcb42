// npm run bench:lighthouse
//
// Issue 7's quality targets for the public case page: Lighthouse performance >= 95,
// accessibility = 100, best practices >= 95, SEO >= 95. Starts the app the way `npm start` does
// on its own data directory and port, runs Lighthouse (npm `lighthouse`) in the system Chromium
// on the English and Korean pages, prints the scores and writes bench/results/lighthouse.json.
// Issue 17 adds, on the published data set (bench/lib/public-data-set.ts; BENCH_PUBLIC_CASES=0 to
// skip it), an embed page, the sanctions tracker, the statistics and a repeat company's page; a
// page that does not answer 200 is listed with its status and not scored.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { findChromium } from "../e2e/support/chromium";
import { startApp } from "./lib/app-server";
import { loadPublicDataSet, publicBenchPages, publicDataSetSize, warm } from "./lib/public-pages";
import { writeResults } from "./lib/results";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

const choice = findChromium();
if (!("executablePath" in choice)) throw new Error("No Chromium: install it (apt-get install -y chromium) or set CHROMIUM_PATH.");

const app = await startApp({ dataDir: process.env.BENCH_DATA_DIR ?? ".data/bench-lighthouse", port: Number(process.env.BENCH_PORT ?? 3300) });
const chrome = await chromeLauncher.launch({ chromePath: choice.executablePath, chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
try {
  const size = publicDataSetSize();
  const dataSet = await loadPublicDataSet(app, size);
  console.log(`Data set: ${JSON.stringify(dataSet)}`);
  const [reference = "", ...others] = publicBenchPages(size > 0);
  const results: Record<string, Record<string, number> | { status: number }> = {};
  for (const page of [reference, reference.replace(/^\/en\//, "/ko/"), ...others]) {
    const url = `${app.baseUrl}${page}`;
    // Render once, so Lighthouse measures the cached page a reader gets; only a 200 is scored.
    const { status } = await warm(url);
    if (status !== 200) {
      console.log(page, `answered ${status}: not scored`);
      results[page] = { status };
      continue;
    }
    const run = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
    if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
    results[page] = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((run.lhr.categories[c]?.score ?? 0) * 100)]));
    const failing = Object.values(run.lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary").map((a) => a.id);
    console.log(page, results[page], failing.length ? `failing audits: ${failing.join(", ")}` : "");
  }
  writeResults("lighthouse", { date: new Date().toISOString(), lighthouse: "13.5.0", formFactor: "mobile (default)", dataSet, results });
} finally {
  chrome.kill();
  await app.stop();
}
