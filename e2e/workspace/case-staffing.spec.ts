import { expect, test } from "../support/fixtures";
import { signInAs } from "../support/session";

const CASE = "/workspace/cases/demo-fitness-location-broker";
const OFFICER = "Demo Second Case Officer";

test("a regulator assigns a case officer from the case page and removes them; both are in the case's activity", async ({ page, axe }) => {
  await signInAs(page, "officer2@casefile.demo");
  expect((await page.goto(`/en${CASE}`))?.status()).toBe(404);

  await signInAs(page, "regulator@casefile.demo");
  await page.goto(`/en${CASE}`);
  const staffing = page.getByTestId("case-staffing");
  await expect(staffing.getByRole("heading", { name: "Assigned case officers" })).toBeVisible();
  await expect(staffing.locator(`li[data-officer="officer2@casefile.demo"]`)).toHaveCount(0);
  await staffing.getByLabel("Case officer to assign to this case").selectOption({ label: `${OFFICER} (officer2@casefile.demo)` });
  await staffing.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByText(`${OFFICER} is assigned and can now open this case.`)).toBeVisible();
  await expect(staffing.locator(`li[data-officer="officer2@casefile.demo"]`)).toContainText(OFFICER);
  expect(await axe()).toEqual([]);

  await signInAs(page, "officer2@casefile.demo");
  expect((await page.goto(`/en${CASE}`))?.status()).toBe(200);
  // A case officer sees who works the case, without the controls.
  await expect(page.getByTestId("case-staffing")).toContainText(OFFICER);
  await expect(page.getByTestId("case-staffing").getByRole("button")).toHaveCount(0);

  await signInAs(page, "regulator@casefile.demo");
  await page.goto(`/en${CASE}`);
  await staffing.getByRole("button", { name: `Remove ${OFFICER} from this case` }).click();
  await expect(page.getByText(`${OFFICER} is no longer assigned to this case.`)).toBeVisible();
  await expect(staffing.locator(`li[data-officer="officer2@casefile.demo"]`)).toHaveCount(0);

  await page.goto(`/en${CASE}/activity?kind=assignment`);
  await expect(page.locator('li[data-action="assignment.created"]').first()).toContainText(`Demo Regulator assigned ${OFFICER} to the case`);
  await expect(page.locator('li[data-action="assignment.removed"]').first()).toContainText(`Demo Regulator removed ${OFFICER} from the case`);

  await signInAs(page, "officer2@casefile.demo");
  expect((await page.goto(`/en${CASE}`))?.status()).toBe(404);
});
