// A regulator merges two organisations in the browser: a case names both (created inline when the
// case is opened), the duplicate is merged into the survivor with a preview of what moves, the
// case then shows under the survivor, and the merge is undone from the survivor's page.
import { expect, test } from "../support/fixtures";
import { casesOpenedHere } from "../support/opened-cases";
import { signInAs } from "../support/session";

const opened = casesOpenedHere();

test("merge two organisations, see the case under the survivor, undo", async ({ page, axe }) => {
  const stamp = Date.now().toString(36);
  const duplicate = `Mergetest Payments ${stamp}`;
  const survivor = `Mergetest Payments Holdings ${stamp}`;
  const slug = `org-merge-${stamp}`;

  await signInAs(page, "regulator@casefile.demo");
  await page.goto("/en/workspace/cases/new");
  await page.getByLabel("Title", { exact: true }).fill(`Organisation merge rehearsal ${stamp}`);
  await page.getByLabel("Address").fill(slug);
  await page.getByLabel("Summary", { exact: true }).fill("A case that names the same company twice, under two names.");
  await page.locator("#nc-investigated-search").fill(duplicate);
  await page.getByRole("group", { name: "Organisation investigated" }).getByRole("button", { name: "Create a new organisation" }).click();
  await expect(page.locator("#nc-investigated-name")).toHaveValue(duplicate);
  await page.locator("#nc-authority-search").fill(survivor);
  await page.getByRole("group", { name: /^Authority/ }).getByRole("button", { name: "Create a new organisation" }).click();
  await page.locator("#nc-authority-kind").selectOption("company");
  await page.getByLabel("How the case came to light").selectOption("media_report");
  await page.getByLabel("Received on").fill("2024-08-14");
  await page.getByRole("button", { name: "Open the case" }).click();
  opened.push(slug);
  await expect(page).toHaveURL(new RegExp(`/en/workspace/cases/${slug}$`));

  // The list finds the duplicate; its page lists the case, as investigated.
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Organisations" }).click();
  await page.getByLabel("Search organisations").fill(duplicate);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByTestId("organization-list").getByRole("link", { name: duplicate, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(duplicate);
  const cases = page.getByTestId("organization-cases");
  await expect(cases.locator(`li[data-slug="${slug}"] [data-role]`)).toHaveText(["Investigated"]);
  expect(await axe()).toEqual([]);

  // Merging it with itself is not offered; the survivor is searched, the preview counts what moves.
  await page.getByText("Merge this organisation into another").click();
  await page.getByLabel("The organisation to keep").fill(survivor);
  await page.getByRole("list", { name: "Organisations to keep" }).getByRole("button", { name: survivor }).click();
  await expect(page.getByTestId("merge-preview").locator('[data-role="investigated"]')).toHaveText("1 case as investigated");
  await page.getByRole("button", { name: "Merge", exact: true }).click();
  await expect(page.getByTestId("merged-banner")).toContainText(`This organisation was merged into ${survivor}`);
  await expect(page.getByTestId("organization-cases")).toHaveCount(0);

  // The survivor now holds the case in both roles, and the duplicate's name as an alias.
  // Loaded afresh, so the "Merged." toast (still fading in) is not what axe measures.
  const survivorPage = await page.getByTestId("merged-banner").getByRole("link", { name: survivor }).getAttribute("href");
  await page.goto(survivorPage!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(survivor);
  await expect(page.getByTestId("organization-cases").locator(`li[data-slug="${slug}"] [data-role]`)).toHaveText(["Investigated", "Authority"]);
  await expect(page.getByTestId("organization-record")).toContainText(duplicate);
  expect(await axe()).toEqual([]);

  // The list no longer shows the duplicate; searching its name finds the survivor.
  await page.goto(`/en/workspace/organisations?q=${encodeURIComponent(duplicate)}`);
  await expect(page.getByTestId("organization-list").getByRole("link")).toHaveText([survivor]);

  // Undo from the survivor's page: the case is the duplicate's again.
  await page.getByTestId("organization-list").getByRole("link", { name: survivor }).click();
  await page.getByTestId("organization-merges").getByRole("button", { name: "Undo this merge" }).click();
  await expect(page.getByTestId("organization-merges")).toHaveCount(0);
  await expect(page.getByTestId("organization-cases").locator(`li[data-slug="${slug}"] [data-role]`)).toHaveText(["Authority"]);
  await page.goto(`/en/workspace/cases/${slug}`);
  await expect(page.locator("main dd").getByText(survivor, { exact: true })).toBeVisible();
  // The case names each organisation with a link to its page.
  await page.locator("main dd").getByRole("link", { name: duplicate, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(duplicate);
  await expect(page.getByTestId("organization-cases").locator(`li[data-slug="${slug}"] [data-role]`)).toHaveText(["Investigated"]);
});

test("a case officer sees organisations but is offered no merge", async ({ page }) => {
  await signInAs(page, "officer@casefile.demo");
  await page.goto("/en/workspace/organisations?q=Alipay");
  await page.getByTestId("organization-list").getByRole("link", { name: "Alipay", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Alipay");
  await expect(page.getByText("Edit this organisation")).toBeVisible();
  await expect(page.getByText("Merge this organisation into another")).toHaveCount(0);
});

test("a search that matches nothing says so; an unknown organisation is a 404", async ({ page }) => {
  await signInAs(page, "regulator@casefile.demo");
  await page.goto("/ko/workspace/organisations?q=%EC%97%86%EB%8A%94%EA%B8%B0%EA%B4%80zz");
  await expect(page.getByRole("heading", { name: "일치하는 기관 없음" })).toBeVisible();
  await page.goto("/ko/workspace/organisations?q=%EA%B8%88%EA%B0%90%EC%9B%90");
  await expect(page.getByTestId("organization-list").getByRole("link")).toHaveText(["금융감독원"]);
  expect((await page.request.get("/en/workspace/organisations/no-such-organisation")).status()).toBe(404);
});
