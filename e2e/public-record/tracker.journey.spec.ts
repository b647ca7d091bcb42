// The enforcement tracker and the company pages, on cases this test publishes itself: the filters
// live in the address (set through the form, reloaded, same rows), the CSV of a filtered view has
// exactly the rows shown, a company sanctioned in two cases carries the worded Repeat mark, bad
// values are explained (the API answers 400), both pages pass axe, and the Korean page has no
// English interface text. It adds published cases for good, so it runs in the "journey" project.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { buildSnapshot, defaultSelection } from "@/lib/publishing/build-snapshot";
import { englishUiPhrases, findEnglishPhrases } from "@/tests/support/english-ui-phrases";
import { e2eDatabase } from "../support/database";
import { expect, test } from "../support/fixtures";

const RUN = Date.now().toString(36);
const ORG = `tracker-e2e-${RUN}`;
const messages = (locale: "en" | "ko") => JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../lib/i18n/messages/${locale}.json`), "utf8")) as Parameters<typeof englishUiPhrases>[0];

async function publishedCaseFining(db: PrismaClient, orgId: string, n: number, amountMinor: bigint, decided: string) {
  const incident = await db.incident.create({
    data: { slug: `${ORG}-case-${n}`, title: `Tracker probe ${RUN} ${n}`, titleKo: `제재 현황 시험 ${RUN} ${n}`, summary: "A published case for the tracker test.", summaryKo: "제재 현황 시험용 공개 사건.", investigatedOrgId: orgId, visibility: "public", isDemo: true },
  });
  await db.sanction.create({ data: { incidentId: incident.id, type: "fine", subjectName: `Tracker Co ${RUN}`, subjectOrgId: orgId, amountMinor, currency: "EUR", status: "decided", decisionDate: new Date(decided) } });
  const snapshot = await buildSnapshot(db, incident.id, await defaultSelection(db, incident.id));
  await db.publicationVersion.create({ data: { incidentId: incident.id, number: 1, status: "published", snapshot: snapshot as object, publishedAt: new Date(Date.now() - 1000), decidedAt: new Date() } });
  return incident.slug;
}

/** Interface text outside elements marked English (names shown in English carry lang="en"). */
async function textsOutsideEnglish(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || ["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"].includes(parent.tagName) || parent.closest("[lang]")?.getAttribute("lang") === "en") continue;
      const text = node.textContent?.trim();
      if (text) out.push(text);
    }
    for (const el of document.body.querySelectorAll("[aria-label], [title], [placeholder]")) for (const name of ["aria-label", "title", "placeholder"]) out.push(el.getAttribute(name) ?? "");
    return out.filter(Boolean);
  });
}

test("the tracker's filters live in the address, its CSV has the rows shown, and a twice-sanctioned company is marked Repeat", async ({ page, request, axe }) => {
  const db = e2eDatabase();
  const org = await db.organization.create({ data: { slug: ORG, name: `Tracker Co ${RUN}`, nameKo: `트래커 회사 ${RUN}`, kind: "company", sector: "telecom", country: "FR" } });
  const big = await publishedCaseFining(db, org.id, 1, 100_000n, "2025-02-03");
  const small = await publishedCaseFining(db, org.id, 2, 25_000n, "2024-05-06");
  await db.$disconnect();
  // Written straight to the database: the public read cache learns of it within its 5 seconds.
  await expect.poll(async () => (await request.get(`/en/sanctions?q=${RUN}`)).text(), { timeout: 15_000 }).toContain(big);

  // A filtered view renders per request; the unfiltered tracker is a cached page that learns of
  // cases written straight to the database (not published through the app) only when its minute
  // is up, so the form starts from a filtered address.
  await page.goto(`/en/sanctions?q=${RUN}`);
  const form = page.getByTestId("tracker-filters");
  await form.getByLabel("Search").fill(RUN);
  await form.getByLabel("Currency").selectOption("EUR");
  await form.getByLabel("Minimum amount").fill("500");
  await form.getByRole("button", { name: "Show sanctions" }).click();
  await expect(page).toHaveURL(/[?&]min=500/);
  await expect(page.getByTestId("tracker-count")).toHaveText("1 sanction");
  const shown = async () => page.getByTestId("tracker-table").locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-case")));
  expect(await shown()).toEqual([big]);
  const address = page.url();
  await page.goto(address);
  expect(await shown()).toEqual([big]);
  expect(await axe()).toEqual([]);

  const csvHref = await page.getByTestId("tracker-downloads").getByRole("link", { name: "CSV" }).getAttribute("href");
  const csv = await request.get(csvHref ?? "");
  expect(csv.headers()["content-disposition"]).toBe('attachment; filename="sanctions.csv"');
  const lines = (await csv.text()).trim().split("\r\n");
  expect(lines.map((l) => l.split(",")[0])).toEqual(["case_slug", big]);
  expect(lines[1]).toContain(",1000.00,EUR,");

  // Sorted by amount, both rows (amounts compare only within EUR).
  await page.goto(`/en/sanctions?q=${RUN}&sort=amount&dir=asc`);
  expect(await shown()).toEqual([small, big]);

  await page.goto(`/en/sanctions?currency=EUR&min=10&max=1`);
  await expect(page.getByTestId("tracker-problems")).toContainText("The minimum amount is larger than the maximum");
  expect((await request.get("/api/public/sanctions?currency=EUR&min=10&max=1")).status()).toBe(400);

  await page.goto(`/en/sanctions?q=${RUN}`);
  await page.getByTestId("tracker-table").locator("tbody tr").first().getByRole("link", { name: `Tracker Co ${RUN}` }).click();
  await expect(page).toHaveURL(new RegExp(`/en/organisations/${ORG}$`));
  await expect(page.getByTestId("repeat-mark")).toHaveText("Repeat: sanctioned in 2 cases");
  await expect(page.getByTestId("organisation-cases").getByRole("listitem")).toHaveCount(2);
  expect(await axe()).toEqual([]);
  expect((await request.get("/en/organisations/no-such-organisation")).status()).toBe(404);

  await page.goto(`/en/cases/${big}`);
  await expect(page.getByTestId("case-organisations").getByRole("link", { name: `Tracker Co ${RUN}` })).toHaveAttribute("href", `/en/organisations/${ORG}`);

  for (const url of [`/ko/sanctions?q=${RUN}`, `/ko/organisations/${ORG}`]) {
    await page.goto(url);
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    expect(findEnglishPhrases(await textsOutsideEnglish(page), englishUiPhrases(messages("en"), messages("ko"))), url).toEqual([]);
  }
  await expect(page.getByTestId("repeat-mark")).toHaveText("반복 제재: 사건 2건에서 제재");
});

test("screenshots for review", async ({ page }) => {
  test.skip(!process.env.TRACKER_SCREENSHOTS, "only when asked");
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const locale of ["en", "ko"]) {
      for (const [name, url] of [["sanctions", `/${locale}/sanctions?q=${RUN}`], ["all", `/${locale}/sanctions`], ["organisation", `/${locale}/organisations/${ORG}`]] as const) {
        await page.goto(url);
        await page.screenshot({ path: `/tmp/w17-shots/${name}-${locale}-${width}.png`, fullPage: true });
      }
    }
  }
});
