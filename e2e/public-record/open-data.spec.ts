// Open data as a journalist meets it on the reference case's page: the tables download as a zip
// that opens into CSVs with one header row each, the JSON fits the published JSON Schema, and the
// Korean feed is Korean Atom. (A case taken down: e2e/publishing/no-leak.journey.spec.ts.)
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";
import { publishedCaseValidator } from "@/tests/support/published-case-validator";
import { expect, REFERENCE_CASE, test } from "../support/fixtures";

const SLUG = REFERENCE_CASE.split("/").at(-1)!;

test("the page's Tables link downloads a zip of tidy tables, each with its header", async ({ page, axe }) => {
  await page.goto(`/en${REFERENCE_CASE}`);
  const block = page.getByTestId("open-data");
  await expect(block.getByRole("link", { name: "Tables (CSV, zip)" })).toHaveAttribute("href", `/cases/${SLUG}.zip`);
  const [download] = await Promise.all([page.waitForEvent("download"), block.getByRole("link", { name: "Tables (CSV, zip)" }).click()]);
  expect(download.suggestedFilename()).toBe(`${SLUG}-v1.zip`);
  const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
  expect(Object.keys(files)).toEqual(["README.txt", "datapackage.json", "figures.csv", "data-categories.csv", "timeline.csv", "findings.csv", "sanctions.csv", "monthly-records.csv"]);
  const figures = parse(strFromU8(files["figures.csv"]!), { columns: true }) as Record<string, string>[];
  expect(figures[0]).toMatchObject({ key: "people", value: "40450000", label: "People affected" });
  expect(strFromU8(files["monthly-records.csv"]!).split("\r\n")[0]).toBe("month,records,days,provenance");
  expect(strFromU8(files["README.txt"]!)).toContain("Version: 1");
  expect(await axe()).toEqual([]);
});

test("the JSON the page links fits the JSON Schema it links", async ({ page, request }) => {
  await page.goto(`/ko${REFERENCE_CASE}`);
  const block = page.getByTestId("open-data");
  const schemaHref = await block.getByRole("link", { name: "JSON 스키마" }).getAttribute("href");
  const jsonHref = await block.getByRole("link", { name: "JSON", exact: true }).getAttribute("href");
  const schemaResponse = await request.get(schemaHref!);
  expect(schemaResponse.headers()["content-type"]).toBe("application/schema+json; charset=utf-8");
  const validate = publishedCaseValidator((await schemaResponse.json()) as object);
  expect(validate(await (await request.get(jsonHref!)).json()), JSON.stringify(validate.errors)).toBe(true);
});

test("/ko/feed.xml is Korean Atom, announced by the Korean home page; the case page announces its own feed", async ({ page, request }) => {
  const response = await request.get("/ko/feed.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const xml = await response.text();
  await page.goto("/ko");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", /\/ko\/feed\.xml$/);
  // Well-formed, in Korean, with the reference case's Korean title and a link to its Korean page.
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const entry = [...doc.getElementsByTagName("entry")].find((e) => e.getElementsByTagName("link")[0]?.getAttribute("href")?.endsWith("/ko/cases/kakao-pay-alipay-2024"));
    return { error: doc.getElementsByTagName("parsererror").length, lang: doc.documentElement.getAttribute("xml:lang"), title: entry?.getElementsByTagName("title")[0]?.textContent };
  }, xml);
  expect(feed).toMatchObject({ error: 0, lang: "ko" });
  expect(feed.title).toMatch(/[가-힣]/);

  await page.goto(`/ko${REFERENCE_CASE}`);
  const own = page.locator('link[rel="alternate"][type="application/atom+xml"]');
  await expect(own).toHaveAttribute("href", new RegExp(`/ko/cases/${SLUG}/feed\\.xml$`));
  await expect(page.getByTestId("open-data-feed")).toHaveText("이 사건의 Atom 피드");
  expect((await request.get(`/ko/cases/${SLUG}/feed.xml`)).status()).toBe(200);
  expect((await request.get("/fr/feed.xml")).status()).toBe(404);
});

test("the open-data block in both languages and at phone width", async ({ page, axe }, info) => {
  for (const [locale, width] of [["en", 1280], ["ko", 1280], ["en", 390], ["ko", 390]] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/${locale}${REFERENCE_CASE}`);
    const block = page.getByTestId("open-data");
    await block.scrollIntoViewIfNeeded();
    await block.screenshot({ path: info.outputPath(`open-data-${locale}-${width}.png`) });
    // No link runs off the screen.
    for (const link of await block.getByRole("link").all()) expect((await link.boundingBox())!.x + (await link.boundingBox())!.width).toBeLessThanOrEqual(width);
    expect(await axe()).toEqual([]);
  }
});
