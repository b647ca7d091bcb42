import { expect, test } from "../support/fixtures";
import { e2eDatabase } from "../support/database";
import { casesOpenedHere } from "../support/opened-cases";
import { signInAs } from "../support/session";

// Working together on a case this spec opens itself: a regulator gives the case's officer a task
// due yesterday (overdue, said in words), "My tasks" shows each person theirs, and the officer
// discusses the case with a mention and a link, edits the comment and reads its history.
const opened = casesOpenedHere();
const slug = `e2e-collab-${Date.now().toString(36)}`;
const yesterdayInSeoul = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Seoul", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(Date.now() - 86_400_000));

test.beforeAll(async () => {
  const db = e2eDatabase();
  try {
    const officer = await db.user.findUniqueOrThrow({ where: { email: "officer@casefile.demo" } });
    const org = await db.organization.create({ data: { slug: `${slug}-org`, name: "Collab Test Payments", kind: "company" } });
    const incident = await db.incident.create({
      data: { slug, title: "E2E: working together", summary: "A case for tasks and comments.", investigatedOrgId: org.id, assignments: { create: [{ userId: officer.id }] } },
    });
    opened.push(slug);
    await db.finding.create({ data: { incidentId: incident.id, title: "Shared without consent", body: "Established.", severity: "high", status: "confirmed" } });
  } finally {
    await db.$disconnect();
  }
});

test.describe.configure({ mode: "serial" });

test("a task for another person due yesterday shows as overdue; My tasks shows each person theirs", async ({ page, axe }) => {
  await signInAs(page, "regulator@casefile.demo");
  await page.goto(`/en/workspace/cases/${slug}/tasks`);
  await expect(page.getByText("No tasks yet.")).toBeVisible();
  await page.locator("#task-new-title").fill("Ask the company for its consent records");
  await page.locator("#task-new-assigneeId").selectOption({ label: "Demo Case Officer (officer@casefile.demo)" });
  await page.locator("#task-new-dueOn").fill(yesterdayInSeoul());
  await page.locator("#task-new-linkTo").selectOption({ label: "Shared without consent" });
  await page.getByRole("button", { name: "Add a task" }).click();
  const task = page.locator("li[data-status]").filter({ hasText: "Ask the company for its consent records" });
  await expect(task).toContainText("For Demo Case Officer");
  await expect(task.locator("[data-overdue]")).toContainText("Overdue");
  await expect(task).toContainText("About: Finding “Shared without consent”");
  // The "Saved." message fades in and out; axe reads the page once it has gone.
  await expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 15_000 });
  expect(await axe()).toEqual([]);

  await page.getByRole("link", { name: "My tasks" }).click();
  await expect(page).toHaveURL(/\/tasks\?mine=1$/);
  await expect(page.getByText("No tasks for you on this case.")).toBeVisible();

  const db = e2eDatabase();
  try {
    const officer = await db.user.findUniqueOrThrow({ where: { email: "officer@casefile.demo" } });
    expect(await db.notification.count({ where: { recipientId: officer.id, kind: "task_assigned", incident: { slug } } })).toBe(1);
  } finally {
    await db.$disconnect();
  }

  await signInAs(page, "officer@casefile.demo");
  await page.goto(`/en/workspace/cases/${slug}/tasks?mine=1`);
  await expect(page.locator("li[data-status]").filter({ hasText: "Ask the company for its consent records" }).locator("[data-overdue]")).toContainText("Overdue");
});

test("a comment with a mention and a link; a mention of someone who may not see the case is refused; the edit keeps its history", async ({ page, axe }) => {
  await signInAs(page, "officer@casefile.demo");
  await page.goto(`/en/workspace/cases/${slug}`);
  const discussion = page.getByRole("region", { name: "Discussion" });
  const box = discussion.getByLabel("Comment");

  // officer2 is not assigned to this case.
  await box.fill("@officer2 could you look?");
  await discussion.getByRole("button", { name: "Post comment" }).click();
  await expect(discussion.getByText("These people cannot be mentioned here: @officer2.", { exact: false })).toBeVisible();

  await box.fill("");
  await box.pressSequentially("@regul");
  const suggestions = discussion.getByRole("listbox", { name: "People you can mention" });
  await expect(suggestions.getByRole("option").first()).toContainText("Demo Regulator");
  await box.press("Enter");
  await expect(box).toHaveValue("@regulator ");
  await box.pressSequentially("please check https://www.fss.or.kr/ and <b>this</b>.");
  await discussion.getByRole("button", { name: "Post comment" }).click();
  const comment = discussion.locator("li[id^=comment-]").first();
  await expect(comment).toContainText("@regulator please check");
  const link = comment.getByRole("link", { name: "https://www.fss.or.kr/" });
  await expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow");
  // Markup is shown as the characters typed, never as HTML.
  await expect(comment).toContainText("<b>this</b>");
  await expect(comment.locator("b")).toHaveCount(0);
  await expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 15_000 });
  expect(await axe()).toEqual([]);

  await comment.getByRole("button", { name: "Edit" }).click();
  await comment.getByLabel("Comment").fill("@regulator please check https://www.fss.or.kr/ first.");
  await comment.getByRole("button", { name: "Save" }).click();
  await expect(comment).toContainText("edited");
  await expect(comment).toContainText("first.");
  await comment.getByText("Earlier versions (1)").click();
  await expect(comment.locator("ol")).toContainText("<b>this</b>");
});

test("screenshots: tasks and the discussion at 1280 and 390 px, in English and Korean", async ({ page }, testInfo) => {
  await signInAs(page, "officer@casefile.demo");
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const locale of ["en", "ko"]) {
      for (const [name, path] of [["tasks", "/tasks"], ["discussion", ""]] as const) {
        await page.goto(`/${locale}/workspace/cases/${slug}${path}`);
        if (name === "discussion") await page.locator("section[aria-labelledby=case-discussion]").scrollIntoViewIfNeeded();
        const file = testInfo.outputPath(`${name}-${locale}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        await testInfo.attach(`${name}-${locale}-${width}`, { path: file, contentType: "image/png" });
      }
    }
  }
});
