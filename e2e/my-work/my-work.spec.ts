// Regulator 1 proposes a workflow step; regulator 2 signs in, lands on My work, sees the header
// badge count it and the proposal listed with how long it has waited, and its link opens the
// Workflow tab at that proposal, where they see what the step changes and approve in the dialog;
// regulator 1 is told, in the inbox and by mail. Then My work and the inbox are photographed in
// both languages.
import { e2eDatabase } from "../support/database";
import { expect, test } from "../support/fixtures";
import { casesOpenedHere } from "../support/opened-cases";
import { demoUser, signInAs, signInWithForm } from "../support/session";

const opened = casesOpenedHere();

test("a proposal waits for the second regulator on My work, counted in the header badge; they open it, approve it in the dialog, and the proposer is told", async ({ page, browser, axe }) => {
  const db = e2eDatabase();
  const word = `Waiting${Date.now().toString(36)}`;
  const slug = word.toLowerCase();
  opened.push(slug);
  try {
    const org = await db.organization.create({ data: { slug: `${slug}-org`, name: `${word} Org`, kind: "company" } });
    await db.incident.create({ data: { slug, title: `${word} case`, summary: "A case whose dismissal waits for a second regulator.", investigatedOrgId: org.id, isDemo: true } });
  } finally {
    await db.$disconnect();
  }

  const first = await browser.newPage();
  await signInAs(first, "regulator@casefile.demo");
  await first.goto(`/en/workspace/cases/${slug}/workflow`);
  await first.locator("li[data-transition]").filter({ hasText: "Dismiss the case" }).getByRole("button").click();
  const dialog = first.getByRole("dialog", { name: "Dismiss the case" });
  await dialog.getByLabel("Reason").fill("No personal data was involved after all.");
  await dialog.getByRole("button", { name: "Send for approval" }).click();
  await expect(first.getByTestId("pending-proposal")).toBeVisible();
  await first.close();

  const user = demoUser("regulator2@casefile.demo");
  await signInWithForm(page, user.email, user.password);
  await expect(page).toHaveURL(/\/en\/workspace\/my-work$/);
  const row = page.getByTestId("mw-approval").filter({ hasText: `${word} case` });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(/waiting \d+ minutes?/);
  await expect(row).toContainText("Proposed by Demo Regulator");
  // Alone in this run the proposal is the only thing that needs regulator 2; other specs running
  // beside it may add theirs, so the badge is compared with everything listed as waiting.
  const waiting = Number((await page.getByTestId("mw-approvals").getByText(/ in all$/).textContent())?.match(/\d+/)?.[0]);
  expect(waiting).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId("my-work-badge")).toHaveText(String(waiting));
  await expect(page.getByRole("link", { name: `My work, ${waiting} ${waiting === 1 ? "item needs" : "items need"} you` })).toBeVisible();
  expect(await axe()).toEqual([]);

  await row.getByRole("link", { name: "Workflow step: Dismiss the case" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/workspace/cases/${slug}/workflow#wf-pending$`));
  await expect(page.getByTestId("pending-proposal")).toContainText("Dismiss the case");
  await expect(page.getByTestId("pending-proposal")).toContainText("No personal data was involved after all.");

  // What approving changes, then the dialog that names it.
  await expect(page.getByTestId("step-preview").getByTestId("step-state")).toContainText("→ Dismissed");
  await page.getByTestId("pending-proposal").getByRole("button", { name: "Approve" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Approve this step?" });
  await expect(confirm).toContainText("Approving moves the case to Dismissed.");
  await confirm.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByTestId("pending-proposal")).toHaveCount(0);

  // Regulator 1 hears of it: an unread row in the inbox that links to the Workflow tab, and a mail
  // in their language in the outbox (no SMTP here: the worker keeps it for /admin/mail).
  const proposer = await browser.newPage();
  await signInAs(proposer, "regulator@casefile.demo");
  await proposer.goto("/en/workspace/inbox");
  const told = proposer.getByTestId("inbox-row").filter({ hasText: `Demo Second Regulator approved your proposal on ${word} case` });
  await expect(told).toHaveCount(1);
  await expect(told).toContainText("Unread");
  await expect(told.getByRole("link").first()).toHaveAttribute("href", new RegExp(`/en/workspace/cases/${slug}/workflow`));
  const mailDb = e2eDatabase();
  try {
    const regulator1 = await mailDb.user.findUniqueOrThrow({ where: { email: "regulator@casefile.demo" } });
    const note = await mailDb.notification.findFirstOrThrow({ where: { recipientId: regulator1.id, kind: "proposal_decided", incident: { slug } }, include: { mail: true } });
    expect(note.mail).toMatchObject({ to: "regulator@casefile.demo", locale: regulator1.locale });
    expect(note.mail?.subject).toContain(`${word} case`);
    await expect.poll(async () => (await mailDb.mailMessage.findUniqueOrThrow({ where: { id: note.mailId! } })).status, { timeout: 30_000 }).toBe("kept");
  } finally {
    await mailDb.$disconnect();
  }
  await proposer.close();
});

test("My work and the inbox read in English and Korean, on a desk and on a phone", async ({ browser }) => {
  // Something in each list; none of it counts in the badge (the task is due later, the mention read).
  const db = e2eDatabase();
  const made: { tasks: string[]; notes: string[] } = { tasks: [], notes: [] };
  try {
    const me = await db.user.findUniqueOrThrow({ where: { email: "regulator2@casefile.demo" } });
    const other = await db.user.findUniqueOrThrow({ where: { email: "regulator@casefile.demo" } });
    const kakao = await db.incident.findUniqueOrThrow({ where: { slug: "kakao-pay-alipay-2024" } });
    const path = `/workspace/cases/${kakao.slug}`;
    const later = new Date(Date.now() + 5 * 86_400_000);
    made.tasks.push((await db.task.create({ data: { incidentId: kakao.id, title: "Ask Alipay for the processing contract", assigneeId: me.id, createdById: other.id, dueOn: new Date(Date.UTC(later.getUTCFullYear(), later.getUTCMonth(), later.getUTCDate())) } })).id);
    for (const [kind, readAt, params] of [
      ["proposal_waiting", null, {}],
      ["task_assigned", null, {}],
      ["mention", new Date(), {}],
      ["clock_due", new Date(), { state: "overdue" }],
    ] as const) {
      made.notes.push((await db.notification.create({ data: { recipientId: me.id, actorId: kind === "clock_due" ? null : other.id, kind, incidentId: kakao.id, path, params, readAt } })).id);
    }
  } finally {
    await db.$disconnect();
  }
  for (const locale of ["en", "ko"] as const) {
    for (const width of [1280, 390]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await signInAs(page, "regulator2@casefile.demo");
      await page.goto(`/${locale}/workspace/my-work`);
      await expect(page.getByRole("heading", { level: 1, name: locale === "en" ? "My work" : "내 업무" })).toBeVisible();
      await page.screenshot({ path: `test-results/screenshots/my-work-${locale}-${width}.png`, fullPage: true });
      await page.goto(`/${locale}/workspace/inbox`);
      await expect(page.getByRole("heading", { level: 1, name: locale === "en" ? "Inbox" : "알림함" })).toBeVisible();
      await page.screenshot({ path: `test-results/screenshots/inbox-${locale}-${width}.png`, fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      await page.close();
    }
  }
  const cleanup = e2eDatabase();
  try {
    await cleanup.notification.deleteMany({ where: { id: { in: made.notes } } });
    await cleanup.task.deleteMany({ where: { id: { in: made.tasks } } });
  } finally {
    await cleanup.$disconnect();
  }
});
