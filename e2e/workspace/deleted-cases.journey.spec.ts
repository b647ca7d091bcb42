// A regulator deletes a case, finds it under "Deleted cases" with who deleted it, and restores it
// as it was. It adds a case for good, so it runs in the "journey" project.
import { e2eDatabase } from "../support/database";
import { expect, test } from "../support/fixtures";
import { signInAs } from "../support/session";

const rows = (page: import("@playwright/test").Page) => page.getByTestId("case-list").locator("tbody tr[data-slug]");

test("a deleted case is listed for regulators and restored as it was, both audited", async ({ page, browser, axe }) => {
  const db = e2eDatabase();
  const word = `Restorable${Date.now().toString(36)}`;
  const slug = word.toLowerCase();
  try {
    const org = await db.organization.create({ data: { slug: `${slug}-org`, name: `${word} Org`, kind: "company" } });
    const incident = await db.incident.create({ data: { slug, title: `${word} case`, summary: "A case to delete and restore.", investigatedOrgId: org.id, isDemo: true } });
    await db.finding.create({ data: { incidentId: incident.id, title: "A finding that must survive", body: "Kept through deletion.", severity: "high", status: "confirmed" } });

    await signInAs(page, "regulator@casefile.demo");
    await page.goto(`/en/workspace/cases/${slug}`);
    await page.getByRole("button", { name: `Delete ${word} case` }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Delete" }).click();
    await expect(page).toHaveURL(/\/en\/workspace$/);
    await page.goto(`/en/workspace?q=${word}`);
    await expect(page.getByText("No case matches these filters.")).toBeVisible();
    expect((await page.request.get(`/en/workspace/cases/${slug}`)).status()).toBe(404);

    await page.goto("/en/workspace");
    await page.getByRole("link", { name: "Deleted cases" }).click();
    const item = page.getByTestId("deleted-cases").locator(`li[data-slug="${slug}"]`);
    await expect(item).toContainText(`${word} case`);
    await expect(item).toContainText("by Demo Regulator");
    expect(await axe()).toEqual([]);
    await item.getByRole("button", { name: `Restore ${word} case` }).click();
    await expect(page).toHaveURL(new RegExp(`/en/workspace/cases/${slug}$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`${word} case`);

    await page.goto(`/en/workspace?q=${word}`);
    await expect(rows(page)).toHaveCount(1);
    await page.goto(`/en/workspace/cases/${slug}/findings`);
    await expect(page.getByText("A finding that must survive")).toBeVisible();
    const actions = (await db.auditEvent.findMany({ where: { incidentId: incident.id }, orderBy: { id: "asc" }, select: { action: true } })).map((a) => a.action);
    expect(actions).toEqual(["incident.deleted", "incident.restored"]);

    // Case officers have no such page.
    const officer = await browser.newPage();
    await signInAs(officer, "officer@casefile.demo");
    expect((await officer.request.get("/en/workspace/deleted")).status()).toBe(404);
    await officer.close();
  } finally {
    await db.$disconnect();
  }
});
