import type { Browser, Page } from "@playwright/test";
import { expect, test } from "../support/fixtures";
import { e2eDatabase } from "../support/database";
import { casesOpenedHere } from "../support/opened-cases";
import { signInAs } from "../support/session";

// A case under the EU GDPR jurisdiction takes its reply window from the EU rule, not Korea's 10
// days: the test sets the EU reply window to 21 days, serves the notice in the browser (proposed
// by one regulator, approved by another) and reads the due date that rule gives.
const EU_REPLY_DAYS = 21;
const DAY = 86_400_000;
const opened = casesOpenedHere();
const slug = `e2e-eu-reply-${Date.now()}`;

test.beforeAll(async () => {
  const db = e2eDatabase();
  try {
    await db.clockRule.update({ where: { jurisdictionCode_kind: { jurisdictionCode: "EU", kind: "reply_window" } }, data: { length: EU_REPLY_DAYS, unit: "days", legalReference: "Simulated EU hearing rule" } });
    const org = await db.organization.create({ data: { slug: `${slug}-org`, name: "EU Test Payments SA", kind: "company" } });
    const incident = await db.incident.create({
      data: { slug, title: "E2E: an EU GDPR case", summary: "A case examined under the GDPR.", investigatedOrgId: org.id, jurisdiction: "EU", workflowState: "legal_review" },
    });
    opened.push(slug);
    await db.finding.create({ data: { incidentId: incident.id, title: "Transfer without a legal basis", body: "Established.", severity: "high", status: "confirmed" } });
    await db.sanction.create({ data: { incidentId: incident.id, type: "institutional_warning", subjectName: "EU Test Payments SA", status: "proposed" } });
  } finally {
    await db.$disconnect();
  }
});

test.afterAll(async () => {
  const db = e2eDatabase();
  try {
    await db.clockRule.update({ where: { jurisdictionCode_kind: { jurisdictionCode: "EU", kind: "reply_window" } }, data: { length: null, legalReference: "" } });
  } finally {
    await db.$disconnect();
  }
});

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signInAs(page, email);
  await page.goto(`/en/workspace/cases/${slug}/workflow`);
  return page;
}

test("an EU case's reply window follows the EU rule", async ({ browser }) => {
  const served = new Date(Date.now() - 3 * DAY).toISOString().slice(0, 10);
  const [y, m, d] = served.split("-").map(Number) as [number, number, number];
  const lastDay = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, d + EU_REPLY_DAYS)));

  const regulator = await as(browser, "regulator@casefile.demo");
  await regulator.locator("li[data-transition]").filter({ has: regulator.getByText("Serve the notice of intent", { exact: true }) }).getByRole("button").click();
  const dialog = regulator.getByRole("dialog", { name: "Serve the notice of intent" });
  await dialog.getByLabel("Reason").fill("Legal review complete.");
  await dialog.getByLabel("Legal review note").fill("Transfer without a legal basis (simulated).");
  await dialog.getByLabel("Legal articles").fill("GDPR, Art. 44 (simulated)");
  await dialog.getByLabel("Notice served on").fill(served);
  await dialog.getByRole("button", { name: "Send for approval" }).click();
  await expect(regulator.getByText("Proposed. A second regulator will review it.")).toBeVisible();

  const regulator2 = await as(browser, "regulator2@casefile.demo");
  const pending = regulator2.getByTestId("pending-proposal");
  await pending.getByRole("button", { name: "Approve" }).click();
  await regulator2.getByRole("alertdialog").getByRole("button", { name: "Approve" }).click();
  await expect(regulator2.getByText("Approved. The case has moved on.")).toBeVisible();

  const clock = regulator2.locator('[data-clock="reply_window"]');
  await expect(clock).toContainText(`until the end of ${lastDay}`);
  await expect(clock).toContainText(`${EU_REPLY_DAYS} days, EU rule`);
  // The EU sets no appeal window: the tab says so rather than showing a deadline.
  await expect(regulator2.getByTestId("no-rule")).toContainText("Appeal window: no rule set for this jurisdiction");
  await expect(regulator2.getByTestId("notification-duty")).toContainText("72 hours");
});
