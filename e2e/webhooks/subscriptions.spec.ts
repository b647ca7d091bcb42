import { expect, test } from "../support/fixtures";
import { e2eDatabase } from "../support/database";
import { signInAs } from "../support/session";

// Subscriptions are seeded straight into the database (the e2e machine has no network, so a
// public name would not resolve): one disabled after failing, with a delivery log, at a public
// address literal, so "Enable again" passes the outbound check without DNS.
const stamp = Date.now();
const url = `https://93.184.216.34/casefile-${stamp}`;
let subscriptionId = "";
// A second one, enabled, for the owner controls (pause, replace the secret, delete).
const controlledUrl = `https://93.184.216.34/casefile-controls-${stamp}`;
let controlledId = "";

test.beforeAll(async () => {
  const db = e2eDatabase();
  try {
    const owner = await db.user.findUniqueOrThrow({ where: { email: "regulator@casefile.demo" } });
    const incident = await db.incident.findFirstOrThrow({ where: { slug: "kakao-pay-alipay-2024" } });
    const sub = await db.webhookSubscription.create({
      data: { ownerId: owner.id, url, events: ["case.opened", "publication.published"], secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", enabled: false, disabledAt: new Date(), disabledReason: "failing", consecutiveFailures: 11 },
    });
    subscriptionId = sub.id;
    // Only series imports, which no test here makes: nothing is sent to it before it is paused.
    const controlled = await db.webhookSubscription.create({ data: { ownerId: owner.id, url: controlledUrl, events: ["series.imported"], secret: "whsec_b2xkIHNlY3JldCBvZiAyNCBieXRlcyEhIQ==" } });
    controlledId = controlled.id;
    const payload = { type: "publication.published", id: `evt_${stamp}`, timestamp: new Date().toISOString(), data: { case: { id: incident.id, slug: incident.slug }, version: 1 } };
    await db.webhookDelivery.createMany({
      data: [
        { subscriptionId: sub.id, messageId: `msg_${stamp}_a`, eventType: "publication.published", incidentId: incident.id, payload, status: "given_up", attempts: 11, lastStatusCode: 503, lastError: "HTTP 503" },
        { subscriptionId: sub.id, messageId: `msg_${stamp}_b`, eventType: "case.opened", incidentId: incident.id, payload: { ...payload, type: "case.opened" }, status: "delivered", attempts: 1, lastStatusCode: 200, deliveredAt: new Date() },
      ],
    });
  } finally {
    await db.$disconnect();
  }
});

test("a regulator subscribes (a private address is refused, in both languages), reads the log, enables again and replays", async ({ page, axe }) => {
  await signInAs(page, "regulator@casefile.demo");
  await page.goto("/en/workspace");
  await page.getByRole("link", { name: "Webhooks", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/workspace\/webhooks$/);
  expect(await axe()).toEqual([]);

  await page.getByRole("button", { name: "Subscribe" }).click();
  await expect(page.getByText("Choose at least one event.")).toBeVisible();
  await page.getByLabel("Address (https)").fill("https://169.254.169.254/latest/meta-data");
  await page.getByRole("checkbox", { name: /Case opened/ }).check();
  await page.getByRole("button", { name: "Subscribe" }).click();
  await expect(page.locator("#w-url-error")).toContainText("This address is private, loopback or link-local");

  await page.goto("/ko/workspace/webhooks");
  await page.getByLabel("주소 (https)").fill("https://[::1]/hook");
  await page.getByRole("checkbox", { name: /사건 개시/ }).check();
  await page.getByRole("button", { name: "구독" }).click();
  await expect(page.locator("#w-url-error")).toContainText("사설·루프백·링크 로컬 주소");

  await page.goto("/en/workspace/webhooks");
  await page.getByRole("link", { name: `Delivery log: ${url}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(url);
  await expect(page.getByTestId("delivery-row")).toHaveCount(2);
  await expect(page.getByTestId("delivery-log")).toContainText("HTTP 503");
  await expect(page.getByTestId("webhook-disabled-reason")).toContainText("every delivery failed for 24 hours");
  expect(await axe()).toEqual([]);
  // The secret is there for its owner, behind a button the keyboard reaches.
  await page.getByRole("button", { name: "Show secret" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("webhook-secret")).toHaveText("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

  await expect(page.getByRole("button", { name: "Send again", exact: true })).toHaveCount(0);
  await page.getByTestId("enable-webhook").click();
  await expect(page.getByText("The subscription is enabled again.")).toBeVisible();
  await expect(page.getByTestId("webhook-status")).toHaveText("Enabled");
  await page.getByRole("button", { name: `Send again: msg_${stamp}_b` }).click();
  await expect(page.getByText("Queued to be sent again, as a new message.")).toBeVisible();
  await expect(page.getByTestId("delivery-row")).toHaveCount(3);
  // Keep the e2e machine from trying a public address for the rest of the run.
  const db = e2eDatabase();
  try {
    await db.webhookSubscription.update({ where: { id: subscriptionId }, data: { enabled: false, disabledReason: "failing", disabledAt: new Date() } });
  } finally {
    await db.$disconnect();
  }
});

test("its owner pauses a subscription, replaces its secret and deletes it, asked first for the last two (English and Korean)", async ({ page, axe }, testInfo) => {
  const shot = async (name: string) => {
    const file = testInfo.outputPath(`webhooks-${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    await testInfo.attach(`webhooks-${name}`, { path: file, contentType: "image/png" });
  };
  await signInAs(page, "regulator@casefile.demo");
  await page.goto(`/en/workspace/webhooks/${controlledId}`);
  await expect(page.getByTestId("webhook-status")).toHaveText("Enabled");
  await page.getByTestId("pause-webhook").click();
  await expect(page.getByText("The subscription is paused. Nothing is sent until it is enabled again.")).toBeVisible();
  await expect(page.getByTestId("webhook-status")).toHaveText("Paused");
  await expect(page.getByTestId("webhook-disabled-reason")).toContainText("Paused by its owner on");
  await expect(page.getByTestId("enable-webhook")).toBeVisible();

  await page.getByRole("button", { name: "Show secret" }).click();
  const before = "whsec_b2xkIHNlY3JldCBvZiAyNCBieXRlcyEhIQ==";
  await expect(page.getByTestId("webhook-secret")).toHaveText(before);
  // Cancel changes nothing; confirming replaces it.
  await page.getByTestId("rotate-webhook-secret").click();
  const dialog = page.getByRole("alertdialog", { name: "Replace the signing secret?" });
  await expect(dialog).toBeVisible();
  expect(await axe()).toEqual([]);
  await shot("paused-rotate-dialog-en-1280");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("webhook-secret")).toHaveText(before);
  await page.getByTestId("rotate-webhook-secret").click();
  await dialog.getByRole("button", { name: "Replace secret" }).click();
  await expect(page.getByText("The signing secret was replaced.")).toBeVisible();
  await expect(page.getByTestId("webhook-secret")).not.toHaveText(before);
  await expect(page.getByTestId("webhook-secret")).toHaveText(/^whsec_[A-Za-z0-9+/]{32}$/);

  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto(`/ko/workspace/webhooks/${controlledId}`);
  await expect(page.getByTestId("webhook-status")).toHaveText("일시 중지됨");
  await shot("paused-ko-390");
  await page.getByRole("button", { name: "구독 삭제" }).click();
  const confirmDelete = page.getByRole("alertdialog", { name: "이 구독을 삭제할까요?" });
  await expect(confirmDelete).toContainText(controlledUrl);
  await shot("delete-dialog-ko-390");
  await confirmDelete.getByRole("button", { name: "삭제", exact: true }).click();
  await expect(page).toHaveURL(/\/ko\/workspace\/webhooks$/);
  await expect(page.getByText("구독을 삭제했습니다.")).toBeVisible();
  await expect(page.getByTestId("webhook-list")).not.toContainText(controlledUrl);
  expect((await page.goto(`/en/workspace/webhooks/${controlledId}`))?.status()).toBe(404);
});

test("an administrator sees every subscription with its owner but not its secret; a case officer has no webhooks", async ({ page }) => {
  await signInAs(page, "admin@casefile.demo");
  await page.goto("/en/workspace/webhooks");
  await expect(page.getByTestId("webhook-list")).toContainText("Demo Regulator");
  await page.goto(`/en/workspace/webhooks/${subscriptionId}`);
  await expect(page.getByTestId("delivery-log")).toBeVisible();
  await expect(page.getByRole("button", { name: "Show secret" })).toHaveCount(0);

  await page.context().clearCookies();
  await signInAs(page, "officer@casefile.demo");
  for (const path of ["/en/workspace/webhooks", `/en/workspace/webhooks/${subscriptionId}`]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
  await page.goto("/en/workspace");
  await expect(page.getByRole("link", { name: "Webhooks", exact: true })).toHaveCount(0);
});

test("screenshots: subscriptions and a delivery log at 1280 and 390 px, in English and Korean", async ({ page }, testInfo) => {
  await signInAs(page, "regulator@casefile.demo");
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const locale of ["en", "ko"]) {
      for (const [name, path] of [["list", "/workspace/webhooks"], ["log", `/workspace/webhooks/${subscriptionId}`]] as const) {
        await page.goto(`/${locale}${path}`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${name} ${locale} ${width} scrolls sideways`).toBe(true);
        const file = testInfo.outputPath(`webhooks-${name}-${locale}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        await testInfo.attach(`webhooks-${name}-${locale}-${width}`, { path: file, contentType: "image/png" });
      }
    }
  }
});
