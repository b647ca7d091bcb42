import { strFromU8, unzipSync } from "fflate";
import { expect, test } from "../support/fixtures";
import { signInAs } from "../support/session";

test("the case file exports as a zip of CSVs and JSON, and the export is audited", async ({ page }) => {
  await signInAs(page, "officer@casefile.demo");
  const response = await page.request.get("/api/cases/kakao-pay-alipay-2024/export?format=zip");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toMatch(/attachment; filename="kakao-pay-alipay-2024-\d{4}-\d{2}-\d{2}\.zip"/);
  const files = unzipSync(new Uint8Array(await response.body()));
  expect(Object.keys(files).sort()).toEqual(
    [
      "case.json", "data_categories.csv", "deadlines.csv", "estimate_revisions.csv", "figures.csv", "findings.csv", "incident.csv", "organizations.csv", "records_per_day.csv",
      "recipients.csv", "sanctions.csv", "sources.csv", "state_transitions.csv", "statements.csv", "tasks.csv", "timeline.csv", "transition_proposals.csv",
      "evidence_files.csv", "evidence_links.csv", "evidence/manifest.json", "evidence/manifest.csv",
    ].sort(),
  );
  const days = strFromU8(files["records_per_day.csv"]!).trim().split("\r\n");
  expect(days[0]).toBe("day,records,provenance");
  const total = days.slice(1).reduce((sum, line) => sum + BigInt(line.split(",")[1]!), 0n);
  expect(total).toBe(54_200_000_000n);
  expect(strFromU8(files["data_categories.csv"]!)).toContain("010-XXXX-XXXX");
  const transitions = strFromU8(files["state_transitions.csv"]!);
  expect(transitions.split("\r\n")[0]).toBe("id,fromState,toState,reason,actorId,proposalId,details,createdAt");
  expect(transitions).toContain("under_inspection,findings_issued,The FSS released the findings of its on-site inspection.");
  const json = JSON.parse(strFromU8(files["case.json"]!)) as { format: string; incident: { slug: string }; organizations: { slug: string }[] };
  expect(json.format).toBe("casefile-case/2");
  expect(json.incident.slug).toBe("kakao-pay-alipay-2024");
  expect(json.organizations.map((o) => o.slug)).toEqual(expect.arrayContaining(["kakao-pay", "alipay"]));

  await page.goto("/en/workspace/cases/kakao-pay-alipay-2024/activity?kind=incident");
  await expect(page.locator('li[data-action="incident.exported"]').first()).toContainText("Demo Case Officer exported the case file");
});

test("exports respect permissions", async ({ page, playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get("/api/cases/kakao-pay-alipay-2024/export")).status()).toBe(401);
  await anonymous.dispose();
  await signInAs(page, "officer@casefile.demo");
  expect((await page.request.get("/api/cases/demo-telecom-api-exposure/export?format=json")).status()).toBe(404);
  expect((await page.request.get("/api/cases/kakao-pay-alipay-2024/export?format=exe")).status()).toBe(400);
});

test("the printable report holds the whole case @phone", async ({ page }) => {
  await signInAs(page, "regulator@casefile.demo");
  await page.goto("/en/workspace/cases/kakao-pay-alipay-2024/report");
  await expect(page.getByRole("heading", { name: "Case report" })).toBeVisible();
  await expect(page.getByText("Personal credit information of 40.45 million people provided to Alipay without consent")).toBeVisible();
  await expect(page.locator('[data-verdict="reversible_by_enumeration"]')).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation").first()).toBeHidden();
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
});
