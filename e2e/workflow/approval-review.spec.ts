// An approver judges what they approve: a regulator proposes (a workflow step, a public version);
// the second regulator sees what approving will change (state, clocks, sanctions; the public
// page in both languages and its differences from the live version, a changed provenance marked)
// and approves through a dialog that names the consequence. Cancelling changes nothing.
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { buildSnapshot, defaultSelection } from "@/lib/publishing/build-snapshot";
import { e2eDatabase } from "../support/database";
import { expect, test } from "../support/fixtures";
import { casesOpenedHere } from "../support/opened-cases";
import { signInAs } from "../support/session";

const stamp = Date.now().toString(36);
const opened = casesOpenedHere();
const DAY = 86_400_000;
const seoulDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY + 9 * 3_600_000).toISOString().slice(0, 10);

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signInAs(page, email);
  return page;
}

/** WCAG 2.1 A and AA, as the `axe` fixture checks, on a page of another browser context. */
async function axeOn(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
}

async function openCase(db: ReturnType<typeof e2eDatabase>, slug: string, state: "sanction_review" | "findings_issued") {
  opened.push(slug);
  const org = await db.organization.create({ data: { slug: `${slug}-org`, name: `Review Pay ${stamp}`, kind: "company" } });
  return db.incident.create({ data: { slug, title: `Approval review ${stamp}`, summary: "A case opened to review approvals.", investigatedOrgId: org.id, workflowState: state, isDemo: true } });
}

async function shoot(page: Page, target: ReturnType<Page["getByTestId"]>, name: string, testInfo: { outputPath: (name: string) => string }) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await target.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("a workflow step: the approver sees the state, the clock and the sanctions it changes, and confirms in a dialog", async ({ browser }, testInfo) => {
  const db = e2eDatabase();
  const slug = `approval-step-${stamp}`;
  const incident = await openCase(db, slug, "sanction_review");
  await db.sanction.create({ data: { incidentId: incident.id, type: "fine", subjectName: "Review Pay", status: "proposed", proposedAmountMinor: 6_000_000_000n, currency: "KRW" } });

  const regulator = await as(browser, "regulator@casefile.demo");
  await regulator.goto(`/en/workspace/cases/${slug}/workflow`);
  await regulator.locator("li[data-transition]").filter({ hasText: "Record the sanctions decision" }).getByRole("button").click();
  const form = regulator.getByRole("dialog", { name: "Record the sanctions decision" });
  await form.getByLabel("Reason").fill("The committee decided.");
  await form.getByLabel("Decision date").fill(seoulDay(-1));
  await form.getByLabel("Decision document references").fill("FSC decision (test) 001");
  await form.getByLabel(/Fine · Review Pay/).fill("5,000,000,000");
  await form.getByRole("button", { name: "Send for approval" }).click();
  await expect(regulator.getByText("Proposed. A second regulator will review it.")).toBeVisible();

  const approver = await as(browser, "regulator2@casefile.demo");
  await approver.goto(`/en/workspace/cases/${slug}/workflow`);
  const preview = approver.getByTestId("step-preview");
  await expect(preview.getByTestId("step-state")).toHaveText("Sanction under review → Sanctioned");
  await expect(preview.getByTestId("step-clocks")).toContainText("Starts the clock “Appeal window”, running until the end of");
  await expect(preview.getByTestId("step-clocks")).toContainText("90 days, KR rule");
  await expect(preview.getByTestId("step-sanctions")).toHaveText("Fine · Review Pay · ₩5,000,000,000");
  expect(await axeOn(approver)).toEqual([]);
  await shoot(approver, approver.getByTestId("pending-proposal"), "step-preview-en", testInfo);

  const pending = approver.getByTestId("pending-proposal");
  const approveButton = pending.getByRole("button", { name: "Approve" });
  await approveButton.click();
  const dialog = approver.getByRole("alertdialog", { name: "Approve this step?" });
  await expect(dialog).toContainText("Approving moves the case to Sanctioned.");
  await expect(dialog).toContainText("Starts the clock “Appeal window”");
  await expect(dialog).toContainText("Sanctions decided: Fine · Review Pay · ₩5,000,000,000.");
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await shoot(approver, approver.getByRole("alertdialog"), "step-dialog-en", testInfo);
  await approver.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(approveButton).toBeFocused();
  await approveButton.click();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toHaveCount(0);
  expect(await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).toMatchObject({ workflowState: "sanction_review" });
  expect(await db.transitionProposal.findFirstOrThrow({ where: { incidentId: incident.id } })).toMatchObject({ status: "pending" });

  await pending.getByRole("button", { name: "Reject" }).click();
  await expect(approver.getByRole("alertdialog", { name: "Reject this proposal?" })).toContainText("The case stays at Sanction under review");
  await approver.keyboard.press("Escape");

  await approver.goto(`/ko/workspace/cases/${slug}/workflow`);
  await expect(approver.getByTestId("step-state")).toHaveText("제재 심의 중 → 제재 결정");
  await expect(approver.getByTestId("step-sanctions")).toContainText("50억 원");
  await shoot(approver, approver.getByTestId("pending-proposal"), "step-preview-ko", testInfo);
  await approver.getByTestId("pending-proposal").getByRole("button", { name: "승인" }).click();
  await expect(approver.getByRole("alertdialog")).toContainText("승인하면 사건이 제재 결정 상태로 넘어갑니다.");
  await shoot(approver, approver.getByRole("alertdialog"), "step-dialog-ko", testInfo);
  await approver.getByRole("alertdialog").getByRole("button", { name: "승인" }).click();
  await expect(approver.getByText("승인했습니다. 사건이 다음 단계로 넘어갔습니다.")).toBeVisible();
  expect(await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).toMatchObject({ workflowState: "sanction_decided" });
  expect(await db.caseClock.count({ where: { incidentId: incident.id, kind: "appeal_window", stoppedAt: null } })).toBe(1);
  await db.$disconnect();
});

test("a public version: the approver sees the page in both languages and what changed from the live version, provenance marked", async ({ browser }, testInfo) => {
  const db = e2eDatabase();
  const slug = `approval-pub-${stamp}`;
  const incident = await openCase(db, slug, "findings_issued");
  const estimate = await db.populationEstimate.create({ data: { incidentId: incident.id, label: "Customers" } });
  await db.estimateRevision.create({ data: { estimateId: estimate.id, revision: 1, asOf: new Date("2024-08-01"), total: 1_000_000n, provenance: "verified" } });
  await db.finding.create({ data: { incidentId: incident.id, title: "Shared without consent", titleKo: "동의 없이 제공", body: "Established.", severity: "high", status: "confirmed" } });
  const v1 = await buildSnapshot(db, incident.id, await defaultSelection(db, incident.id));
  await db.publicationVersion.create({ data: { incidentId: incident.id, number: 1, status: "published", snapshot: v1 as object, publishedAt: new Date(Date.now() - 1000), decidedAt: new Date() } });
  await db.incident.update({ where: { id: incident.id }, data: { visibility: "public" } });
  // Since then: the headline is re-estimated, and a second finding is confirmed.
  await db.estimateRevision.create({ data: { estimateId: estimate.id, revision: 2, asOf: new Date("2024-09-01"), total: 1_200_000n, provenance: "estimated" } });
  await db.finding.create({ data: { incidentId: incident.id, title: "Notified late", titleKo: "늦은 통지", body: "Established.", severity: "medium", status: "confirmed" } });

  const regulator = await as(browser, "regulator@casefile.demo");
  await regulator.goto(`/en/workspace/cases/${slug}/publish`);
  const composer = regulator.getByTestId("publish-composer");
  await composer.getByLabel(/^What changed/).fill("Headline re-estimated; a second finding.");
  await composer.getByRole("button", { name: "Send for approval" }).click();
  await expect(regulator.getByText("Proposed. A second regulator will review it.")).toBeVisible();

  const approver = await as(browser, "regulator2@casefile.demo");
  await approver.goto(`/en/workspace/cases/${slug}/publish`);
  const pending = approver.getByTestId("pending-publication");
  const diff = pending.getByTestId("publication-diff");
  await expect(diff.getByRole("heading", { name: "Changes from the live version (version 1)" })).toBeVisible();
  const provenance = diff.getByTestId("provenance-changes");
  await expect(provenance).toContainText("Headline › People affected");
  await expect(provenance.locator('[data-provenance="verified"]')).toHaveCount(1);
  await expect(provenance.locator('[data-provenance="estimated"]')).toHaveCount(1);
  await expect(diff.locator('[data-field="headline.people.value"]')).toContainText("1,000,000");
  await expect(diff.locator('[data-field="headline.people.value"]')).toContainText("1,200,000");
  await expect(diff.locator('[data-diff-list="findings"] [data-item-change="added"]')).toHaveText("New Notified late");

  const previewBox = pending.getByTestId("publication-preview");
  await expect(previewBox.getByTestId("preview-banner")).toContainText("Preview — not published");
  await expect(previewBox.getByRole("heading", { name: `Approval review ${stamp}` })).toBeVisible();
  await expect(previewBox.getByTestId("headline-value").first()).toHaveText("1.2 million");
  await expect(previewBox).toContainText("Notified late");
  expect(await axeOn(approver)).toEqual([]);
  await shoot(approver, pending, "publication-review-en-preview-en", testInfo);
  await previewBox.getByRole("link", { name: "한국어 (Korean)" }).click();
  await expect(approver).toHaveURL(/\?preview=ko/);
  await expect(approver.getByTestId("publication-preview")).toContainText("영향받은 사람");
  await expect(approver.getByTestId("publication-preview")).toContainText("늦은 통지");
  await expect(approver.getByTestId("publication-preview").getByRole("link", { name: "한국어 (Korean)" })).toHaveAttribute("aria-current", "page");
  await shoot(approver, approver.getByTestId("pending-publication"), "publication-review-en-preview-ko", testInfo);

  await approver.goto(`/ko/workspace/cases/${slug}/publish`);
  await expect(approver.getByTestId("provenance-changes")).toContainText("출처 유형 변경");
  await shoot(approver, approver.getByTestId("pending-publication"), "publication-review-ko", testInfo);
  await approver.getByRole("button", { name: "승인 후 공개" }).click();
  await expect(approver.getByRole("alertdialog")).toContainText("버전 2");
  await shoot(approver, approver.getByRole("alertdialog"), "publication-dialog-ko", testInfo);
  await approver.keyboard.press("Escape");

  await approver.goto(`/en/workspace/cases/${slug}/publish`);
  await approver.getByRole("button", { name: "Reject" }).click();
  await expect(approver.getByRole("alertdialog", { name: "Reject this version?" })).toContainText("Version 1 stays public as it is.");
  await approver.keyboard.press("Escape");
  await approver.getByRole("button", { name: "Approve and publish" }).click();
  const dialog = approver.getByRole("alertdialog", { name: "Approve and publish this version?" });
  await expect(dialog).toContainText("Approving publishes version 2 of this case to the public in English and Korean, at once.");
  await expect(dialog).toContainText("One figure changes provenance.");
  await shoot(approver, approver.getByRole("alertdialog"), "publication-dialog-en", testInfo);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  expect(await db.publicationVersion.findFirstOrThrow({ where: { incidentId: incident.id, number: 2 } })).toMatchObject({ status: "proposed" });
  await approver.getByRole("button", { name: "Approve and publish" }).click();
  await dialog.getByRole("button", { name: "Approve and publish" }).click();
  await expect(approver.getByText(/^Approved\. The summary is public/)).toBeVisible();
  expect(await db.publicationVersion.findFirstOrThrow({ where: { incidentId: incident.id, number: 2 } })).toMatchObject({ status: "published" });
  // Taken down again through the app, so the public pages it refreshes no longer list this case.
  await approver.locator("summary", { hasText: "Unpublish" }).click();
  await approver.getByLabel("Why the summary is taken down").fill("End of the approval test.");
  await approver.getByTestId("publication-status").locator("button", { hasText: "Unpublish" }).click();
  await expect(approver.getByText("The public summary is taken down.")).toBeVisible();
  await db.$disconnect();
});
