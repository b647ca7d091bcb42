import { expect, test } from "../support/fixtures";
import { signInAs } from "../support/session";

const CASE = "/en/workspace/cases/kakao-pay-alipay-2024";
/** What any control that changes a case's record, workflow or publication is called. */
const CHANGING = /^(Add|Save|Delete|Restore|Propose|Approve|Reject|Withdraw|Take|Record|Import|Start|Edit|Publish)\b/;

test("an administrator reads the case list and every section of a case, and no control that changes one renders", async ({ page, axe }) => {
  // A dozen pages, each checked: a budget for the walk, not for one page.
  test.setTimeout(120_000);
  await signInAs(page, "admin@casefile.demo");
  await page.goto("/en/workspace");
  await expect(page.getByRole("heading", { name: "Cases", level: 1 })).toBeVisible();
  await expect(page.getByText("Every case, read-only.")).toBeVisible();
  await expect(page.getByRole("link", { name: /^Kakao Pay shared/ }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "New case" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Import a case file" })).toHaveCount(0);

  await page.goto(CASE);
  const tabs = page.getByRole("navigation", { name: "Case sections" }).getByRole("link");
  const sections = await tabs.evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  expect(sections.some((href) => href.endsWith("/publish")), "the Publish tab is a regulator's desk").toBe(false);
  expect(sections.some((href) => href.endsWith("/activity"))).toBe(true);
  for (const href of [...sections, `${CASE}/report`]) {
    expect((await page.goto(href))?.status(), href).toBe(200);
    await expect(page.getByTestId("read-only-note"), href).toBeVisible();
    await expect(page.locator("main").getByRole("button", { name: CHANGING }), href).toHaveCount(0);
    await expect(page.locator("main summary").filter({ hasText: CHANGING }), href).toHaveCount(0);
  }
  expect(await axe()).toEqual([]);

  // What stays with the people who work the case: its draft public versions and its file.
  expect((await page.goto(`${CASE}/publish`))?.status()).toBe(404);
  expect((await page.request.get("/api/cases/kakao-pay-alipay-2024/export?format=json")).status()).toBe(404);
  expect((await page.goto("/en/workspace/cases/new"))?.status()).toBe(404);
  expect((await page.goto("/en/workspace/cases/new/import"))?.status()).toBe(404);
});
