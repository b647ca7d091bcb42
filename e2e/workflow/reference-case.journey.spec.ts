import type { Browser, Page } from "@playwright/test";
import { expect, test } from "../support/fixtures";
import { signInAs } from "../support/session";

// The reference case from "findings issued" (where the source leaves it) to "closed": legal
// review, notice of intent, committee, decision, a simulated appeal that reduces the fine, and
// closure. Gated steps are proposed by one regulator and approved by the other. This moves the
// reference case for good, so it runs in the "journey" project, after every other test.
const WORKFLOW = "/en/workspace/cases/kakao-pay-alipay-2024/workflow";
const DAY = 86_400_000;
const seoulDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY + 9 * 3_600_000).toISOString().slice(0, 10);

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signInAs(page, email);
  await page.goto(WORKFLOW);
  return page;
}

const action = (page: Page, name: string) => page.locator("li[data-transition]").filter({ has: page.getByText(name, { exact: true }) });

async function openStep(page: Page, name: string) {
  await action(page, name).getByRole("button").click();
  const dialog = page.getByRole("dialog", { name });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function expectState(page: Page, label: string) {
  await expect(page.getByTestId("step-diagram").locator('[aria-current="step"]')).toContainText(label);
}

async function approve(page: Page, step: string, to: string) {
  await page.reload();
  const pending = page.getByTestId("pending-proposal");
  await expect(pending).toContainText(step);
  await pending.getByRole("button", { name: "Approve" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Approve" }).click();
  await expect(page.getByText("Approved. The case has moved on.")).toBeVisible();
  await expectState(page, to);
  await expect(page.getByTestId("pending-proposal")).toHaveCount(0);
}

test("the reference case goes from findings to closed, with proposals and approvals by two regulators, and the fine's history survives an appeal", async ({ browser }) => {
  test.setTimeout(120_000);
  const officer = await as(browser, "officer@casefile.demo");
  const regulator = await as(browser, "regulator@casefile.demo");
  const regulator2 = await as(browser, "regulator2@casefile.demo");

  // Where the source leaves it: findings released, sanctions after a legal review.
  await expectState(officer, "Findings issued");

  // The officer starts the legal review directly (an ungated step).
  let dialog = await openStep(officer, "Start the legal review");
  await dialog.getByLabel("Reason").fill("The FSS announced sanctions after a thorough legal review.");
  await dialog.getByRole("button", { name: "Record this step" }).click();
  await expect(officer.getByText("Recorded.")).toBeVisible();
  await expectState(officer, "Under legal review");

  // The notice needs a proposed sanction first, and says so.
  await expect(action(officer, "Serve the notice of intent").getByTestId("blocked-reason")).toHaveText("Needs at least one proposed sanction.");
  await expect(action(officer, "Serve the notice of intent").getByRole("button")).toBeDisabled();

  // A regulator proposes the fine, then proposes the notice.
  await regulator.reload();
  await regulator.locator("summary", { hasText: "Propose a sanction" }).click();
  await regulator.getByLabel("Type").selectOption("fine");
  await regulator.getByLabel("Company or person sanctioned").fill("Kakao Pay (simulated)");
  await regulator.getByLabel(/^Proposed amount/).fill("6,000,000,000");
  // The legal basis is picked from the library (the seed has the reference case's articles).
  const articles = regulator.getByRole("combobox", { name: "Find an article" });
  await articles.fill("CIUPA Art. 32");
  await expect(regulator.getByRole("listbox").getByRole("option").first()).toContainText("CIUPA Art. 32");
  await articles.press("ArrowDown");
  await articles.press("Enter");
  await expect(regulator.getByTestId("sanction-articles-chosen")).toContainText("CIUPA Art. 32");
  await regulator.getByRole("button", { name: "Propose this sanction" }).click();
  await expect(regulator.getByText("Sanction proposed.")).toBeVisible();

  dialog = await openStep(regulator, "Serve the notice of intent");
  await dialog.getByRole("button", { name: "Send for approval" }).click();
  // Missing fields are named next to the fields, and nothing is proposed.
  await expect(dialog.getByText("Cite at least one legal article.")).toBeVisible();
  await dialog.getByLabel("Reason").fill("Legal review complete: provision without consent.");
  await dialog.getByLabel("Legal review note").fill("Providing personal credit information to a third party without consent (simulated review).");
  await dialog.getByLabel("Legal articles").fill("Credit Information Use and Protection Act, Art. 32 (simulated)");
  await dialog.getByLabel("Notice served on").fill(seoulDay(-20));
  await dialog.getByRole("button", { name: "Send for approval" }).click();
  await expect(regulator.getByText("Proposed. A second regulator will review it.")).toBeVisible();
  const pending = regulator.getByTestId("pending-proposal");
  await expect(pending).toContainText("Serve the notice of intent");
  // Nobody approves their own proposal: the proposer has no approve button.
  await expect(pending.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await expect(pending).toContainText("A different regulator must approve or reject it.");

  await approve(regulator2, "Serve the notice of intent", "Company notified of proposed sanction");
  await expect(regulator2.locator('[data-clock="reply_window"]')).toBeVisible();

  // Committee: the second regulator proposes, the first approves.
  dialog = await openStep(regulator2, "Refer to the sanctions committee");
  await dialog.getByLabel("Reason").fill("The reply window has ended.");
  await dialog.getByLabel(/^Company’s reply received on/).fill(seoulDay(-12));
  await dialog.getByLabel(/^Summary of the reply/).fill("Kakao Pay maintains there was no illegal provision of information.");
  await dialog.getByRole("button", { name: "Send for approval" }).click();
  await expect(regulator2.getByText("Proposed. A second regulator will review it.")).toBeVisible();
  await approve(regulator, "Refer to the sanctions committee", "Sanction under review");

  // The decision fixes the fine at 5 billion won.
  dialog = await openStep(regulator, "Record the sanctions decision");
  await dialog.getByLabel("Reason").fill("The committee decided.");
  await dialog.getByLabel("Decision date").fill(seoulDay(-5));
  await dialog.getByLabel("Decision document references").fill("FSC decision (simulated) 2026-001");
  await dialog.getByLabel(/Fine · Kakao Pay \(simulated\)/).fill("5,000,000,000");
  await dialog.getByRole("button", { name: "Send for approval" }).click();
  await expect(regulator.getByText("Proposed. A second regulator will review it.")).toBeVisible();
  await approve(regulator2, "Record the sanctions decision", "Sanctioned");
  await expect(regulator2.locator('[data-clock="appeal_window"]')).toHaveAttribute("data-status", /running|dueSoon/);

  // The company appeals (recorded by the officer), and the court reduces the fine.
  await officer.reload();
  dialog = await openStep(officer, "Record an appeal");
  await dialog.getByLabel("Reason").fill("Kakao Pay filed an administrative suit.");
  await dialog.getByLabel("Appeal filed on").fill(seoulDay(-1));
  await dialog.getByLabel("Where the appeal was filed").fill("Seoul Administrative Court (simulated)");
  await dialog.getByRole("button", { name: "Record this step" }).click();
  await expect(officer.getByText("Recorded.")).toBeVisible();
  await expectState(officer, "Under appeal");

  await regulator.reload();
  await expect(action(regulator, "Close the case after the appeal").getByTestId("blocked-reason")).toHaveText("Needs the appeal outcome of every decided sanction.");
  await regulator.getByLabel("Outcome of the appeal").selectOption("reduced");
  await regulator.getByLabel(/^New amount/).fill("3,000,000,000");
  await regulator.getByLabel("Decided on").fill(seoulDay(0));
  await regulator.getByLabel("Judgment or decision references").fill("Seoul Administrative Court (simulated) 2026Guhap-1");
  await regulator.getByRole("button", { name: "Record the appeal outcome" }).click();
  await expect(regulator.getByText("Appeal outcome recorded as a new version.")).toBeVisible();
  const history = regulator.getByTestId("sanction-history");
  await expect(history.locator("tbody tr")).toHaveCount(2);
  await expect(history.locator("tbody tr").nth(0)).toContainText("₩3,000,000,000");
  await expect(history.locator("tbody tr").nth(0)).toContainText("Reduced");
  await expect(history.locator("tbody tr").nth(1)).toContainText("₩5,000,000,000");
  await expect(history.locator("tbody tr").nth(1)).toContainText("FSC decision (simulated) 2026-001");

  dialog = await openStep(regulator, "Close the case after the appeal");
  await dialog.getByLabel("Reason").fill("The judgment is final.");
  await dialog.getByRole("button", { name: "Send for approval" }).click();
  await expect(regulator.getByText("Proposed. A second regulator will review it.")).toBeVisible();
  await approve(regulator2, "Close the case after the appeal", "Closed");
  await expect(regulator2.getByText("No further steps: the case is Closed.")).toBeVisible();

  // The history names who proposed and who approved each gated step.
  const log = regulator2.getByTestId("workflow-history");
  await expect(log.locator('li[data-kind="proposed"]')).toHaveCount(4);
  await expect(log.locator('li[data-kind="approved"]')).toHaveCount(4);
  await expect(log.locator('li[data-kind="approved"]').filter({ hasText: "Under appeal → Closed" })).toContainText("Demo Second Regulator");
  await expect(log.locator('li[data-kind="proposed"]').filter({ hasText: "Under appeal → Closed" })).toContainText("Demo Regulator");
  // The fine's history is still there after closing.
  await expect(regulator2.getByTestId("sanction-history").locator("tbody tr")).toHaveCount(2);
});
