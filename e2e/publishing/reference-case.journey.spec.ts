import type { Browser, Page } from "@playwright/test";
import { expect, test } from "../support/fixtures";
import { signInAs } from "../support/session";

// The reference case's public summary, as a journalist reads it, then corrected: a revised
// figure goes out as version 2, proposed by one regulator and approved by another, and the page
// shows the previous value and the note. Runs in the "journey" project (it changes the case).
const PUBLIC_EN = "/en/cases/kakao-pay-alipay-2024";
const PUBLIC_KO = "/ko/cases/kakao-pay-alipay-2024";
const CASE = "/en/workspace/cases/kakao-pay-alipay-2024";
const figures = (page: Page) => page.getByTestId("headline-value");

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signInAs(page, email);
  return page;
}

test("a journalist reads the published summary in both languages; a correction is proposed, approved by a second regulator, and shown with the previous value and the note", async ({ browser, page: journalist, axe }) => {
  test.setTimeout(90_000);
  await journalist.goto(PUBLIC_EN);
  await expect(figures(journalist).nth(0)).toHaveText("40.45 million");
  await expect(figures(journalist).nth(1)).toHaveText("54.2 billion");
  await expect(journalist.getByTestId("versions").locator("li[data-version]")).toHaveCount(1);
  await journalist.goto(PUBLIC_KO);
  await expect(figures(journalist).nth(0)).toHaveText("4,045만");
  await expect(figures(journalist).nth(1)).toHaveText("542억");

  // A regulator revises the estimate inside the workspace: the public page does not change.
  const regulator = await as(browser, "regulator@casefile.demo");
  await regulator.goto(`${CASE}/estimates`);
  await regulator.getByRole("link", { name: "Revise" }).first().click();
  await regulator.getByRole("textbox", { name: /^Not split/ }).fill("15,500,000");
  await regulator.getByLabel(/^Note/).fill("Inspectors found 50,000 more former users (simulated correction).");
  await regulator.getByRole("button", { name: "Revise" }).click();
  await expect(regulator.getByText("Saved.")).toBeVisible();
  await journalist.goto(PUBLIC_EN);
  await expect(figures(journalist).nth(0)).toHaveText("40.45 million");

  // Version 2, proposed: a second version must say what changed.
  await regulator.goto(`${CASE}/publish`);
  await expect(regulator.getByTestId("publication-status")).toContainText("Version 1 is public");
  const composer = regulator.getByTestId("publish-composer");
  await composer.getByRole("button", { name: "Send for approval" }).click();
  await expect(composer.getByText("Say what changed since the last published version.")).toBeVisible();
  await composer.getByLabel(/^What changed/).fill("People affected corrected after the inspectors’ recount (simulated).");
  await composer.getByRole("button", { name: "Send for approval" }).click();
  await expect(regulator.getByText("Proposed. A second regulator will review it.")).toBeVisible();
  await expect(regulator.getByTestId("pending-publication")).toContainText("You proposed this version.");
  await expect(regulator.getByTestId("pending-publication").getByRole("button", { name: "Approve and publish" })).toHaveCount(0);

  const regulator2 = await as(browser, "regulator2@casefile.demo");
  await regulator2.goto(`${CASE}/publish`);
  await expect(regulator2.getByTestId("pending-publication")).toContainText("40.5 million");
  // The open data is read through a short cache; a publication clears it at once, so the API
  // shows version 2 right after approval even though it was read just before.
  const apiVersion = async () => ((await journalist.request.get("/cases/kakao-pay-alipay-2024.json")).json() as Promise<{ version: number }>).then((b) => b.version);
  expect(await apiVersion()).toBe(1);
  await regulator2.getByRole("button", { name: "Approve and publish" }).click();
  await regulator2.getByRole("alertdialog").getByRole("button", { name: "Approve and publish" }).click();
  await expect(regulator2.getByText(/^Approved\. The summary is public/)).toBeVisible();
  expect(await apiVersion()).toBe(2);

  await journalist.goto(PUBLIC_EN);
  await expect(figures(journalist).nth(0)).toHaveText("40.5 million");
  await expect(journalist.getByText(/Corrected in version 2: previously 40\.45 million\./)).toBeVisible();
  const versions = journalist.getByTestId("versions");
  await expect(versions.locator("li[data-version]")).toHaveCount(2);
  await expect(versions.locator('li[data-version="2"]')).toContainText("People affected corrected after the inspectors’ recount (simulated).");
  await expect(versions.locator('li[data-version="2"]')).toContainText("People affected corrected: previously 40.45 million, now 40.5 million.");
  expect(await axe()).toEqual([]);
});
