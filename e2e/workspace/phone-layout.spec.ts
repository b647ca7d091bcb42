import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "../support/fixtures";
import { e2eDatabase } from "../support/database";
import { uploadEvidenceFile } from "../support/evidence";
import { signInAs } from "../support/session";

// Every workspace page at phone width: none may scroll sideways. To cover a new page, add it to
// WORKSPACE_PAGES; the case sections come from the registry.

const SLUG = "kakao-pay-alipay-2024";
const CASE = `/workspace/cases/${SLUG}`;
const PHONE = { width: 390, height: 844 };

type Role = "regulator" | "admin";
const SIGN_IN: Record<Role, string> = { regulator: "regulator@casefile.demo", admin: "admin@casefile.demo" };

interface PhonePage {
  name: string;
  path: string;
  as: Role;
  /** An item page: the first item the tab at `path` links to. */
  item?: boolean;
}

const WORKSPACE_PAGES: PhonePage[] = [
  { name: "case list", path: "/workspace", as: "regulator" },
  { name: "overview", path: "/workspace/overview", as: "regulator" },
  { name: "deleted cases", path: "/workspace/deleted", as: "regulator" },
  { name: "organisations", path: "/workspace/organisations", as: "regulator" },
  { name: "an organisation", path: "/workspace/organisations", as: "regulator", item: true },
  { name: "admin: users", path: "/admin/users", as: "admin" },
  { name: "admin: audit trail", path: "/admin/audit", as: "admin" },
  { name: "admin: jurisdictions", path: "/admin/jurisdictions", as: "admin" },
  { name: "my work", path: "/workspace/my-work", as: "regulator" },
  { name: "inbox", path: "/workspace/inbox", as: "regulator" },
  { name: "notification settings", path: "/workspace/settings/notifications", as: "regulator" },
  { name: "admin: mail", path: "/admin/mail", as: "admin" },
  { name: "admin: mail problems", path: "/admin/mail/problems", as: "admin" },
];
// The case sections, read off the registry's source (lib/cases/sections.ts is server-only, so
// not importable here): each entry's address segment, and whether its items have pages. The last
// test checks the list against the tab bar. The publish and activity tabs need a regulator.
const REGISTRY = readFileSync(path.resolve(import.meta.dirname, "../../lib/cases/sections.ts"), "utf8");
const ENTRIES = [...REGISTRY.matchAll(/\n  \{\n    key: "\w+",\n    segment: "([^"]*)",[\s\S]*?\n  \},/g)].map((m) => ({ segment: m[1]!, items: m[0].includes("itemIdKey:") }));
const CASE_SECTIONS = [...ENTRIES.map((e) => e.segment), "report"];
const ITEM_SECTIONS = ENTRIES.filter((e) => e.items).map((e) => e.segment);

const PAGES: PhonePage[] = [
  ...WORKSPACE_PAGES,
  ...CASE_SECTIONS.map((section) => ({ name: `case: ${section || "overview"}`, path: section ? `${CASE}/${section}` : CASE, as: "regulator" as const })),
  ...ITEM_SECTIONS.map((section) => ({ name: `case: one of ${section}`, path: `${CASE}/${section}`, as: "regulator" as const, item: true })),
];

async function open(page: Page, target: PhonePage, locale: "en" | "ko") {
  await signInAs(page, SIGN_IN[target.as]);
  await page.goto(`/${locale}${target.path}`);
  if (target.item) {
    // The reference case came with no evidence files: give it one, once, to have a file page to measure.
    if (target.path === `${CASE}/evidence` && (await page.locator(`main a[href^="/${locale}${target.path}/"]`).count()) === 0) {
      await uploadEvidenceFile(page, SLUG, { title: "FSS inspection report (phone layout)", fileName: "inspection.txt", type: "text/plain", body: "Inspection notes.\n" });
      await page.reload();
    }
    // Nor with tasks: give it one, once.
    if (target.path === `${CASE}/tasks` && (await page.locator(`main a[href^="/${locale}${target.path}/"]`).count()) === 0) {
      const db = e2eDatabase();
      try {
        const incident = await db.incident.findUniqueOrThrow({ where: { slug: SLUG } });
        const regulator = await db.user.findUniqueOrThrow({ where: { email: SIGN_IN.regulator } });
        await db.task.create({ data: { incidentId: incident.id, title: "Ask Alipay for the processing contract (phone layout)", assigneeId: regulator.id, createdById: regulator.id } });
      } finally {
        await db.$disconnect();
      }
      await page.reload();
    }
    const first = page.locator(`main a[href^="/${locale}${target.path}/"]`).first();
    const href = await first.getAttribute("href");
    expect(href, `${target.path} links to an item`).toBeTruthy();
    await page.goto(href ?? "");
  }
  await expect(page.locator("main")).toBeVisible();
  // Client lists and charts draw after the first paint; measure what the reader ends up with.
  await page.waitForLoadState("networkidle");
}

// A phone zooms out to fit a page that is too wide, and then window.innerWidth grows with it; so
// the page is measured against the screen it was given, too.
async function sidewaysOverflow(page: Page) {
  const given = page.viewportSize()?.width ?? PHONE.width;
  const measured = await page.evaluate(() => {
    // Name the outermost elements that stick out (inside a sideways scroller is fine).
    const clipped = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== "visible") return true;
      return false;
    };
    const culprits = [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !clipped(el))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${[...el.classList].slice(0, 3).join(".")}`);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, culprits };
  });
  return { ...measured, screen: Math.min(given, measured.innerWidth) };
}

test.describe("workspace pages on a phone", () => {
  test.use({ viewport: PHONE });
  test.skip(({ isMobile }) => !isMobile, "phone width only");

  for (const target of PAGES) {
    for (const locale of ["en", "ko"] as const) {
      test(`${target.name} (${locale}) does not scroll sideways @phone`, async ({ page }) => {
        await open(page, target, locale);
        const { scrollWidth, innerWidth, screen, culprits } = await sidewaysOverflow(page);
        expect(scrollWidth, `wider than the screen: ${culprits.join(", ")}`).toBeLessThanOrEqual(screen);
        expect(innerWidth, "zoomed out to fit").toBeLessThanOrEqual(PHONE.width);
      });
    }
  }
});

const caseTabs = (page: Page) => page.getByRole("navigation").filter({ has: page.locator(`a[href$="${CASE}/workflow"]`) });

test.describe("the case list and a case's header on a phone", () => {
  test.use({ viewport: PHONE });
  test.skip(({ isMobile }) => !isMobile, "phone width only");

  test("the first case is on the first screen, its title on whole lines, the filters behind a button that counts them @phone", async ({ page }) => {
    await signInAs(page, SIGN_IN.regulator);
    await page.goto("/en/workspace?state=findings_issued");
    const filters = page.getByRole("button", { name: /^Filters/ });
    await expect(filters).toHaveAttribute("aria-expanded", "false");
    await expect(filters).toHaveAccessibleName(/1 active/);
    await expect(page.getByLabel("Findings issued", { exact: true })).toBeHidden();

    const title = page.getByRole("link", { name: /^Kakao Pay shared/ }).first();
    await expect(title).toBeVisible();
    const box = await title.boundingBox();
    expect(box && box.y + box.height, "the first case is on the first screen").toBeLessThan(PHONE.height);
    const lineHeight = await title.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect(box && box.height / lineHeight, "lines the title takes").toBeLessThanOrEqual(3);

    await filters.click();
    await expect(filters).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByLabel("Findings issued", { exact: true })).toBeChecked();
  });

  for (const locale of ["en", "ko"] as const) {
    test(`a case's figures leave its tab content on the first screen (${locale}) @phone`, async ({ page }) => {
      await signInAs(page, SIGN_IN.regulator);
      await page.goto(`/${locale}${CASE}`);
      const nav = await caseTabs(page).boundingBox();
      expect(nav && nav.y + nav.height, "the tabs end this far down").toBeLessThan(PHONE.height - 200);
    });
  }

  test("the tabs show that there are more than fit, and the current one is in view @phone", async ({ page }) => {
    await signInAs(page, SIGN_IN.regulator);
    await page.goto(`/en${CASE}`);
    const tabs = caseTabs(page);
    await expect(tabs.getByTestId("tabs-more-after")).toBeVisible();
    await expect(tabs.getByTestId("tabs-more-before")).toBeHidden();

    await page.goto(`/en${CASE}/activity`);
    const current = tabs.locator('a[aria-current="page"]');
    await expect(current).toHaveText("Activity");
    await expect(current).toBeInViewport({ ratio: 1 });
    const [nav, tab] = [await tabs.boundingBox(), await current.boundingBox()];
    expect(tab && nav && tab.x >= nav.x && tab.x + tab.width <= nav.x + nav.width, "the current tab is inside the bar").toBe(true);
    await expect(tabs.getByTestId("tabs-more-before")).toBeVisible();

    // From the keyboard every tab can be reached, and the one focused scrolls into view.
    await tabs.getByRole("link", { name: "Overview", exact: true }).focus();
    await expect(tabs.getByRole("link", { name: "Overview", exact: true })).toBeInViewport({ ratio: 1 });
  });
});

test("the workspace bar keeps its places on one line, shows that more lie to the right, and reaches them all @phone", async ({ page, isMobile }) => {
  test.skip(!isMobile, "phone width only");
  await signInAs(page, SIGN_IN.regulator);
  await page.goto("/en/workspace");
  const nav = page.getByRole("navigation", { name: "Workspace" });
  const links = nav.getByRole("link");
  const [first, last] = [await links.first().boundingBox(), await links.last().boundingBox()];
  expect(first && last && Math.abs(first.y - last.y) < 1, "every place on one line").toBe(true);
  await expect(nav.getByTestId("workspace-nav-more-after")).toBeVisible();
  await expect(nav.getByTestId("workspace-nav-more-before")).toBeHidden();

  // From the keyboard: tabbing along the places scrolls each one into view.
  await links.first().focus();
  const count = await links.count();
  for (let i = 1; i < count; i++) await page.keyboard.press("Tab");
  await expect(links.last()).toBeFocused();
  await expect(links.last()).toBeInViewport({ ratio: 1 });
  await expect(nav.getByTestId("workspace-nav-more-before")).toBeVisible();
  await expect(nav.getByTestId("workspace-nav-more-after")).toBeHidden();
});

test.describe("the case list on a desktop", () => {
  test.skip(({ isMobile }) => isMobile, "desktop width only");

  test("keeps its filters open, with no button to open them", async ({ page }) => {
    await signInAs(page, SIGN_IN.regulator);
    await page.goto("/en/workspace");
    await expect(page.getByLabel("Findings issued", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: /^Filters/ })).toBeHidden();
  });
});

test("every tab a regulator sees on a case is in this file's list, so a new case section is checked too", async ({ page }) => {
  await signInAs(page, SIGN_IN.regulator);
  await page.goto(`/en${CASE}`);
  const hrefs = await page.getByRole("navigation", { name: "Case sections" }).getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  const segments = hrefs.map((href) => (href ?? "").replace(`/en${CASE}`, "").replace(/^\//, ""));
  expect(segments.length).toBeGreaterThan(5);
  expect(segments.sort()).toEqual(CASE_SECTIONS.filter((s) => s !== "report").sort());
});
