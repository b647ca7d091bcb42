import { expect, test } from "../support/fixtures";
import { e2eDatabase } from "../support/database";
import { signInAs } from "../support/session";
import { enqueueJob } from "@/lib/jobs/enqueue-job";

// The e2e server runs without SMTP_URL, like the demo: `npm start`'s worker keeps mails instead
// of sending them, and an administrator reads them at /admin/mail. Mails are put in the outbox
// the way the app does (the row and its mail.send job in one transaction).
const stamp = Date.now();
const keptTo = `officer-${stamp}@casefile.demo`;
const failedTo = `refused-${stamp}@casefile.demo`;
let keptId = "";
let failedId = "";

test.beforeAll(async () => {
  const db = e2eDatabase();
  try {
    keptId = await db.$transaction(async (tx) => {
      const mail = await tx.mailMessage.create({ data: { to: keptTo, locale: "ko", subject: "사건 배정: 카카오페이", text: "사건에 배정되었습니다.\nhttp://localhost/ko/workspace/cases/kakao-pay-alipay-2024" } });
      await enqueueJob(tx, "mail.send", { mailId: mail.id });
      return mail.id;
    });
    const failed = await db.mailMessage.create({ data: { to: failedTo, locale: "en", subject: "Task due tomorrow", text: "A task is due tomorrow.", status: "failed", attempts: 9, lastError: "EENVELOPE: 550 5.1.1 <refused@casefile.demo>: Recipient address rejected", lastAttemptAt: new Date() } });
    failedId = failed.id;
    // Two more for the screenshots: failed for good, and waiting for its next attempt.
    await db.mailMessage.createMany({
      data: [
        { to: `gone-${stamp}@casefile.demo`, locale: "ko", subject: "기한 임박: 이의신청 기간", text: "…", status: "failed", attempts: 9, lastError: "EENVELOPE: 550 5.1.1 <gone@casefile.demo>: Recipient address rejected", lastAttemptAt: new Date() },
        { to: `later-${stamp}@casefile.demo`, locale: "en", subject: "A proposal is waiting for you", text: "…", status: "queued", attempts: 2, lastError: "ECONNECTION: connect ECONNREFUSED 10.0.0.25:587", lastAttemptAt: new Date() },
      ],
    });
  } finally {
    await db.$disconnect();
  }
});

test("the worker beside the web server keeps the demo's mail; an administrator reads it and retries a failed one", async ({ page, axe }) => {
  await signInAs(page, "admin@casefile.demo");
  await page.goto("/en/workspace");
  await page.getByRole("link", { name: "Mail", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/admin\/mail$/);
  await expect(page.getByTestId("no-smtp")).toContainText("No mail server is configured");
  const kept = page.locator(`[data-mail="${keptId}"]`);
  await expect(async () => {
    await page.reload();
    await expect(kept.locator('[data-status="Kept (not sent)"]')).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  expect(await axe()).toEqual([]);

  await kept.getByRole("link", { name: "사건 배정: 카카오페이" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("사건 배정: 카카오페이");
  await expect(page.locator("pre")).toContainText("사건에 배정되었습니다.");
  expect(await axe()).toEqual([]);

  await page.goto("/en/admin/mail/problems");
  const failed = page.locator(`[data-mail="${failedId}"]`);
  await expect(failed).toContainText("550 5.1.1");
  await expect(failed.locator('[data-status="Failed"]')).toBeVisible();
  expect(await axe()).toEqual([]);
  await failed.getByRole("button", { name: `Retry the mail to ${failedTo}` }).click();
  await expect(page.getByText("The mail is queued to be sent again.")).toBeVisible();

  const db = e2eDatabase();
  try {
    await expect.poll(async () => (await db.mailMessage.findUniqueOrThrow({ where: { id: failedId } })).status, { timeout: 60_000 }).toBe("kept");
    expect(await db.auditEvent.count({ where: { action: "mail.retried", entityId: failedId } })).toBe(1);
  } finally {
    await db.$disconnect();
  }
});

test("mail pages are for administrators only", async ({ page }) => {
  await signInAs(page, "regulator@casefile.demo");
  for (const path of ["/en/admin/mail", "/en/admin/mail/problems", `/en/admin/mail/${keptId}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await expect(page.getByRole("link", { name: "Mail", exact: true })).toHaveCount(0);
});

test("screenshots: the outbox, a mail and mail problems at 1280 and 390 px, in English and Korean", async ({ page }, testInfo) => {
  await signInAs(page, "admin@casefile.demo");
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const locale of ["en", "ko"]) {
      for (const [name, path] of [["outbox", "/admin/mail"], ["mail", `/admin/mail/${keptId}`], ["problems", "/admin/mail/problems"]] as const) {
        await page.goto(`/${locale}${path}`);
        const file = testInfo.outputPath(`mail-${name}-${locale}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        await testInfo.attach(`mail-${name}-${locale}-${width}`, { path: file, contentType: "image/png" });
      }
    }
  }
});
