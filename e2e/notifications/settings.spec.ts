import { expect, test } from "../support/fixtures";
import { signInAs } from "../support/session";

test("a user opens their notification settings from the inbox, changes them, and finds them saved", async ({ page, axe }) => {
  await signInAs(page, "officer@casefile.demo");
  await page.goto("/en/workspace");
  await page.getByRole("link", { name: "Inbox" }).click();
  await page.getByRole("link", { name: "Notification settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  const clock = page.getByTestId("delivery-clock_due");
  await expect(clock).toContainText("A deadline on my case is due within 7 days, or overdue");
  await expect(clock.getByRole("radio", { name: /Daily digest/ })).toBeChecked();
  await expect(page.getByTestId("delivery-mention").getByRole("radio", { name: /Immediately/ })).toBeChecked();
  expect(await axe()).toEqual([]);

  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`settings-en-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  await clock.getByRole("radio", { name: /Immediately/ }).check();
  await page.getByTestId("delivery-comment_reply").getByRole("radio", { name: /Off/ }).check();
  await page.getByLabel("Language of the mails").selectOption("ko");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Your notification settings are saved.")).toBeVisible();

  await page.goto("/ko/workspace/settings/notifications");
  await expect(page.getByRole("heading", { level: 1, name: "알림" })).toBeVisible();
  await expect(page.getByTestId("delivery-clock_due").getByRole("radio", { name: /즉시/ })).toBeChecked();
  await expect(page.getByTestId("delivery-comment_reply").getByRole("radio", { name: /받지 않음/ })).toBeChecked();
  await expect(page.getByLabel("메일 언어")).toHaveValue("ko");
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`settings-ko-${width}.png`), fullPage: true });
  }
});

test("someone signed out is sent to sign in, and comes back to the settings", async ({ page }) => {
  await page.goto("/en/workspace/settings/notifications");
  await expect(page).toHaveURL(/sign-in/);
});
