// Workflow commands sent straight to the server, bypassing the Workflow tab: each refusal is
// clear, and the case does not move.
import type { Page } from "@playwright/test";
import { expect, test } from "../support/fixtures";
import { callAction } from "../support/server-actions";
import { signInAs } from "../support/session";

const INSURER = "/en/workspace/cases/demo-insurer-claims-sharing/workflow";

async function incidentId(page: Page, workflowPath: string) {
  await page.goto(workflowPath);
  const id = await page.getByTestId("next-steps").getAttribute("data-incident");
  if (!id) throw new Error("no case id on the page");
  return id;
}

const currentStep = (page: Page) => page.getByTestId("step-diagram").locator('[aria-current="step"]');

test("a skipped state, a stale state and a self-approval are refused over HTTP, and the case stays where it was", async ({ page }) => {
  await signInAs(page, "regulator@casefile.demo");
  const incident = await incidentId(page, INSURER);
  const call = (name: string, input: Record<string, unknown>) => callAction(page.request, INSURER, name, [input]);

  const skip = await call("requestTransitionAction", { incidentId: incident, expectedState: "reported", transition: "decideSanctions", reason: "Straight to the fine.", decisionDate: "2025-01-01", decisionDocRefs: "X", decisions: [{ sanctionId: "x", amount: "1", currency: "KRW" }] });
  expect(skip.status()).toBeLessThan(500);
  expect(await skip.text()).toContain("This step is not possible while the case is reported.");

  const stale = await call("requestTransitionAction", { incidentId: incident, expectedState: "under_inspection", transition: "issueFindings", reason: "x", findingsIssuedOn: "2025-01-01" });
  expect(await stale.text()).toContain('"error":"conflict"');

  const missing = await call("requestTransitionAction", { incidentId: incident, expectedState: "reported", transition: "openInspection", reason: "" });
  expect(await missing.text()).toMatch(/"error":"invalid".*"inspectionStartedOn"/);

  const proposed = await call("requestTransitionAction", { incidentId: incident, expectedState: "reported", transition: "dismiss", reason: "Outside our remit (forged-request test)." });
  const proposalId = /"proposalId":"([a-z0-9]+)"/.exec(await proposed.text())?.[1];
  expect(proposalId).toBeTruthy();
  const self = await call("approveProposalAction", { proposalId });
  expect(await self.text()).toContain("You proposed this step. A different regulator must approve or reject it.");
  const withdrawn = await call("withdrawProposalAction", { proposalId });
  expect(await withdrawn.text()).toContain('"status":"withdrawn"');

  await page.goto(INSURER);
  await expect(currentStep(page)).toContainText("Reported");
  await expect(page.getByTestId("pending-proposal")).toHaveCount(0);
  await expect(page.getByTestId("workflow-history").locator('li[data-kind="withdrawn"]')).toHaveCount(1);
});

test("a case officer cannot approve, and cannot act on a case not assigned to them", async ({ page, browser }) => {
  await signInAs(page, "regulator@casefile.demo");
  const fitness = "/en/workspace/cases/demo-fitness-location-broker/workflow";
  const incident = await incidentId(page, fitness);

  const proposed = await callAction(page.request, fitness, "requestTransitionAction", [{ incidentId: incident, expectedState: "under_inspection", transition: "dismiss", reason: "Probe (forged-request test)." }]);
  const proposalId = /"proposalId":"([a-z0-9]+)"/.exec(await proposed.text())?.[1];
  expect(proposalId).toBeTruthy();

  const assigned = await browser.newPage();
  await signInAs(assigned, "officer@casefile.demo");
  const approval = await callAction(assigned.request, fitness, "approveProposalAction", [{ proposalId }]);
  expect(await approval.text()).toContain('"error":"forbidden"');
  await assigned.close();

  const stranger = await browser.newPage();
  await signInAs(stranger, "officer2@casefile.demo");
  const step = await callAction(stranger.request, fitness, "requestTransitionAction", [{ incidentId: incident, expectedState: "under_inspection", transition: "openInspection", reason: "Not mine.", inspectionStartedOn: "2025-01-01" }]);
  expect(await step.text()).toContain('"error":"not_found"');
  await stranger.close();

  expect(await (await callAction(page.request, fitness, "withdrawProposalAction", [{ proposalId }])).text()).toContain('"status":"withdrawn"');

  await page.goto(fitness);
  await expect(currentStep(page)).toContainText("Under investigation");
  await expect(page.getByTestId("pending-proposal")).toHaveCount(0);
});
