import type { Browser, Locator, Page } from "@playwright/test";
import { modelEvenDailySeries } from "@/lib/series/model-daily-series";
import { snapshotDifferences, unexplainedDifferences } from "@/tests/support/snapshot-diff";
import { e2eDatabase } from "../support/database";
import { expect, test } from "../support/fixtures";
import { openAddForm } from "../support/forms";
import { signInAs } from "../support/session";
import { ARTICLES, CASE, CATEGORIES, ESTIMATE, EVENTS, FIGURES, FINDINGS, RECIPIENT, SLUG, SOURCE, STATEMENTS } from "./reference-case-from-article.data";

// The reference case typed in from the article, through the browser only, on an installation
// with no cases (the "first-day" project): a regulator opens it, an officer records it, two
// regulators take it to "findings issued" and publish it. Its public JSON must then say what the
// seeded reference case's first published version says, field by field, in both languages;
// every difference is fixed or named below with its reason.

// A form control that is not there fails the step after half a minute, not at the end of the test.
test.use({ actionTimeout: 30_000 });

// Differences allowed between the typed-in case and the seeded one, each with its reason. None
// today: each one found was fixed (the records total a figure can now state; the seed's figure
// keys, now made from the label as the browser makes them; the findings' library articles, now
// added from the picker).
const ALLOWED: { path: RegExp; why: string }[] = [];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A form control by its label, with or without the "(optional)" the form adds. */
const control = (scope: Page | Locator, label: string) => scope.getByLabel(new RegExp(`^${escape(label)}\\s*(\\(optional\\))?$`));

async function set(scope: Page | Locator, label: string, value: string | boolean | undefined) {
  if (value === undefined) return;
  if (typeof value === "boolean") return scope.getByRole("checkbox", { name: label }).setChecked(value);
  const field = control(scope, label);
  if (await field.evaluate((el) => el.tagName === "SELECT")) await field.selectOption(value);
  else await field.fill(value);
}

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signInAs(page, email, "firstDay");
  return page;
}

/** Creates an organisation inline in a picker (none exists on the first day). */
async function newOrganization(picker: Locator, org: { name: string; nameKo: string; kind: string; country: string; sector: string }) {
  await picker.getByRole("button", { name: "Create a new organisation" }).click();
  await set(picker, "Name", org.name);
  await set(picker, "Name in Korean", org.nameKo);
  await set(picker, "Kind", org.kind);
  await set(picker, "Country", org.country);
  await set(picker, "Sector", org.sector);
}

async function submit(page: Page, button: string) {
  await page.getByRole("button", { name: button }).click();
  await expect(page.getByRole("status").filter({ hasText: /Saved\.|Added\./ }).or(page.getByText(/^(Saved|Added)\./)).first()).toBeVisible();
}

test("a regulator opens the reference case from the article on an installation with no cases; published, it says what the seeded reference case says", async ({ browser }) => {
  // Some 40 forms, typed: generous, because a slow machine is not a failure.
  test.setTimeout(20 * 60_000);
  const seeded = e2eDatabase("seeded");
  const expected = await seeded.publicationVersion.findFirstOrThrow({ where: { incident: { slug: SLUG }, number: 1 }, select: { snapshot: true } });
  await seeded.$disconnect();
  const firstDay = e2eDatabase("firstDay");
  expect(await firstDay.incident.count()).toBe(0);

  const regulator = await as(browser, "regulator@casefile.demo");
  const base = `/en/workspace/cases/${SLUG}`;

  await test.step("a regulator opens the case", async () => {
    await regulator.goto("/en/workspace");
    await regulator.getByRole("link", { name: "New case" }).click();
    await expect(regulator).toHaveURL(/\/en\/workspace\/cases\/new$/);
    await set(regulator, "Title", CASE.title);
    await set(regulator, "Title in Korean", CASE.titleKo);
    await set(regulator, "Address", SLUG);
    await set(regulator, "Summary", CASE.summary);
    await set(regulator, "Summary in Korean", CASE.summaryKo);
    await newOrganization(regulator.getByRole("group", { name: "Organisation investigated" }), CASE.investigated);
    await newOrganization(regulator.getByRole("group", { name: /^Authority/ }), CASE.authority);
    await set(regulator, "How the case came to light", CASE.origin);
    await set(regulator, "Received on", CASE.receivedOn);
    await control(regulator, "Conduct started").fill(CASE.conductStart.day);
    await regulator.getByLabel(/^Precision of the start/).selectOption(CASE.conductStart.precision);
    await control(regulator, "Conduct ended").fill(CASE.conductEnd.day);
    await regulator.getByLabel(/^Precision of the end/).selectOption(CASE.conductEnd.precision);
    await regulator.getByRole("checkbox", { name: /Demo Case Officer/ }).check();
    await regulator.getByRole("button", { name: "Open the case" }).click();
    await expect(regulator).toHaveURL(new RegExp(`/en/workspace/cases/${SLUG}$`));
  });

  const officer = await as(browser, "officer@casefile.demo");

  await test.step("the officer records the recipient and the source", async () => {
    await officer.goto(`${base}/recipients`);
    await openAddForm(officer, "Add a recipient");
    await newOrganization(officer.getByRole("group", { name: "Recipient" }), RECIPIENT.organization);
    await set(officer, "Country where it was received", RECIPIENT.country);
    await set(officer, "Relationship", RECIPIENT.relationship);
    await set(officer, "Relationship in Korean", RECIPIENT.relationshipKo);
    await set(officer, "Description", RECIPIENT.description);
    await set(officer, "Description in Korean", RECIPIENT.descriptionKo);
    await submit(officer, "Add a recipient");

    await officer.goto(`${base}/sources`);
    await openAddForm(officer, "Add a source");
    await set(officer, "Kind of document", SOURCE.kind);
    await set(officer, "Title", SOURCE.title);
    await set(officer, "Title in Korean", SOURCE.titleKo);
    await set(officer, "Language of the document", SOURCE.language);
    await set(officer, "Published on", SOURCE.publishedOn.day);
    await set(officer, "How precise the date is", SOURCE.publishedOn.precision);
    await set(officer, "Note", SOURCE.note);
    await set(officer, "Note in Korean", SOURCE.noteKo);
    await submit(officer, "Add a source");
  });

  const cite = (page: Page) => set(page, "Source", SOURCE.title);
  // The first-day library is empty: the first finding to cite an article adds it from the picker.
  const added = new Set<string>();
  const pickArticle = async (page: Page, article: (typeof ARTICLES)[keyof typeof ARTICLES]) => {
    const combobox = page.getByRole("combobox", { name: "Find an article" });
    await combobox.fill(article.citation);
    if (added.has(article.citation)) {
      await expect(page.getByRole("listbox").getByRole("option").first()).toContainText(article.citation);
      await combobox.press("ArrowDown");
      await combobox.press("Enter");
    } else {
      await page.getByRole("button", { name: `Add “${article.citation}” to the library` }).click();
      const dialog = page.getByRole("dialog");
      await dialog.locator("#la-inline-title").fill(article.title);
      await dialog.locator("#la-inline-titleKo").fill(article.titleKo);
      await dialog.getByRole("button", { name: "Add an article" }).click();
      await expect(dialog).toHaveCount(0);
      added.add(article.citation);
    }
  };

  await test.step("statements and key figures, each citing the source", async () => {
    for (const s of STATEMENTS) {
      await officer.goto(`${base}/statements`);
      await officer.getByLabel("Who said it").selectOption({ label: s.party === "investigated" ? CASE.investigated.name : CASE.authority.name });
      await set(officer, "What was said", s.quote);
      await set(officer, "What was said, in Korean", s.quoteKo);
      await set(officer, "Quotation or paraphrase", s.wording);
      if (s.statedOn) await set(officer, "Said on", s.statedOn);
      await cite(officer);
      await submit(officer, "Add a statement");
    }
    for (const f of FIGURES) {
      await officer.goto(`${base}/figures`);
      await set(officer, "What it counts", f.label);
      await set(officer, "What it counts, in Korean", f.labelKo);
      await set(officer, "Value", f.value);
      await set(officer, "Unit", f.unit);
      await set(officer, "Approximate (the source says “about”)", f.approximate ?? false);
      await set(officer, "Provenance", f.provenance);
      await set(officer, "As of", f.asOf);
      await set(officer, "The case’s total of records shared", f.recordsTotal ?? false);
      await cite(officer);
      await set(officer, "Note", f.note);
      await set(officer, "Note in Korean", f.noteKo);
      await submit(officer, "Add a key figure");
    }
  });

  await test.step("data categories, with what the inspectors could reverse", async () => {
    for (const c of CATEGORIES) {
      // Each addition takes the officer to the new item's page.
      await officer.goto(`${base}/data-categories`);
      await openAddForm(officer, "Add a data category");
      await set(officer, "Name", c.name);
      await set(officer, "Name in Korean", c.nameKo);
      await set(officer, "Sensitivity", c.sensitivity);
      await set(officer, "Consent", c.consent);
      await set(officer, "Purpose claimed", c.purposeClaimed);
      await set(officer, "Purpose claimed in Korean", c.purposeClaimedKo);
      await set(officer, "Shared from", c.sharedFrom);
      await set(officer, "Protection method", c.protectionMethod);
      await set(officer, "Key or salt held by", c.keyHolder);
      await set(officer, "Identifier format", c.identifierFormat);
      await set(officer, "Inspectors’ result", c.reversibility);
      await set(officer, "Inspectors’ note", c.reversibilityNote);
      await set(officer, "Inspectors’ note in Korean", c.reversibilityNoteKo);
      await submit(officer, "Add a data category");
    }
  });

  await test.step("the population estimate, the timeline and the findings", async () => {
    await officer.goto(`${base}/estimates`);
    await openAddForm(officer, "Add an estimate");
    await set(officer, "What it counts", ESTIMATE.label);
    await set(officer, "As of", ESTIMATE.asOf);
    await set(officer, "Active", ESTIMATE.active);
    await set(officer, "Not split", ESTIMATE.unsplit);
    await set(officer, "Provenance", ESTIMATE.provenance);
    await cite(officer);
    await set(officer, "Note", ESTIMATE.note);
    await submit(officer, "Add an estimate");

    for (const e of EVENTS) {
      await officer.goto(`${base}/timeline`);
      await set(officer, "Date", e.day);
      await set(officer, "Precision", e.precision);
      await set(officer, "Kind", e.kind);
      await set(officer, "What happened", e.title);
      await set(officer, "In Korean", e.titleKo);
      await set(officer, "Details", e.description);
      await set(officer, "Details in Korean", e.descriptionKo);
      await set(officer, "What is inferred rather than stated", e.inferenceNote);
      await set(officer, "What is inferred rather than stated in Korean", e.inferenceNoteKo);
      await set(officer, "Show on the public summary", true);
      if (e.cites) await cite(officer);
      await submit(officer, "Add an event");
    }

    for (const f of FINDINGS) {
      await officer.goto(`${base}/findings`);
      await set(officer, "Title", f.title);
      await set(officer, "Title in Korean", f.titleKo);
      await set(officer, "Finding", f.body);
      await set(officer, "Finding in Korean", f.bodyKo);
      await set(officer, "Severity", f.severity);
      await cite(officer);
      if (f.article) await pickArticle(officer, ARTICLES[f.article]);
      await submit(officer, "Add a finding");
      await officer.getByRole("link", { name: f.title }).click();
      await set(officer, "New status", "confirmed");
      await set(officer, "Reason", f.statusReason);
      await submit(officer, "Change status");
    }
  });

  await test.step("the modelled records-per-day series, imported as a file", async () => {
    const days = modelEvenDailySeries({ total: 54_200_000_000n, from: CASE.conductStart.day, to: CASE.conductEnd.day });
    const csv = ["day,records,provenance", ...days.map((d) => `${d.day},${d.records},modelled`)].join("\n") + "\n";
    await officer.goto(`${base}/series`);
    await officer.getByLabel("CSV file").setInputFiles({ name: "modelled.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await officer.getByRole("button", { name: "Import" }).click();
    await expect(officer.getByTestId("import-result")).toContainText(/imported|Imported/, { timeout: 120_000 });
  });

  const regulator2 = await as(browser, "regulator2@casefile.demo");

  await test.step("two regulators take it to “findings issued” and publish it", async () => {
    const step = async (page: Page, name: string, fill: (dialog: Locator) => Promise<void>, button: string) => {
      await page.goto(`${base}/workflow`);
      await page.locator("li[data-transition]").filter({ has: page.getByText(name, { exact: true }) }).getByRole("button").click();
      const dialog = page.getByRole("dialog", { name });
      await fill(dialog);
      await dialog.getByRole("button", { name: button }).click();
    };
    await step(
      regulator,
      "Open the inspection",
      async (d) => {
        await d.getByLabel("Reason").fill("The FSS inspected Kakao Pay’s overseas payment services on site; the source does not say when the inspection began.");
        await d.getByLabel("Inspection started on").fill("2024-08-13");
      },
      "Record this step",
    );
    await expect(regulator.getByText("Recorded.")).toBeVisible();
    await step(
      regulator,
      "Issue the findings",
      async (d) => {
        await d.getByLabel("Reason").fill("The FSS released the findings of its on-site inspection.");
        await d.getByLabel("Findings issued on").fill("2024-08-13");
      },
      "Send for approval",
    );
    // The proposal is saved before the second regulator looks for it.
    await expect(regulator.getByTestId("pending-proposal")).toBeVisible();
    await regulator2.goto(`${base}/workflow`);
    await regulator2.getByTestId("pending-proposal").getByRole("button", { name: "Approve" }).click();
    await regulator2.getByRole("alertdialog").getByRole("button", { name: "Approve" }).click();
    await expect(regulator2.getByText("Approved. The case has moved on.")).toBeVisible();

    await regulator.goto(`${base}/publish`);
    await expect(regulator.getByText("Everything this version publishes has its Korean text.")).toBeVisible();
    await regulator.getByTestId("publish-composer").getByRole("button", { name: "Send for approval" }).click();
    await expect(regulator.getByText("Proposed. A second regulator will review it.")).toBeVisible();
    await regulator2.goto(`${base}/publish`);
    await regulator2.getByRole("button", { name: "Approve and publish" }).click();
    await regulator2.getByRole("alertdialog").getByRole("button", { name: "Approve and publish" }).click();
    await expect(regulator2.getByText(/^Approved\. The summary is public/)).toBeVisible();
  });

  await test.step("the public JSON says what the seeded reference case says", async () => {
    const response = await regulator.request.get(`/cases/${SLUG}.json`);
    expect(response.status()).toBe(200);
    const typed = ((await response.json()) as { case: unknown }).case;
    const { unexplained, stale } = unexplainedDifferences(snapshotDifferences(expected.snapshot, typed), ALLOWED);
    expect(unexplained).toEqual([]);
    expect(stale).toEqual([]);
  });
  await firstDay.$disconnect();
});
