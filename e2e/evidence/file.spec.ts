import { deflateSync } from "node:zlib";
import type { APIResponse, Page } from "@playwright/test";
import { e2eDatabase } from "../support/database";
import { expect, test } from "../support/fixtures";
import { casesOpenedHere } from "../support/opened-cases";
import { uploadEvidenceFile, type EvidenceUpload } from "../support/evidence";
import { signInAs } from "../support/session";

// An evidence file's own page, on a case this spec opens: previews (an image, a text file), a
// hostile SVG and HTML file that must never act in Casefile's origin, linking, verifying, the
// custody log, and (for a regulator) a refused deletion answered by a new version.
const opened = casesOpenedHere();
const slug = `e2e-evidence-file-${Date.now()}`;
const FINDING = "Customer data went abroad without consent";
const CONFIRMED = "Hashes were reversible";

test.beforeAll(async () => {
  const db = e2eDatabase();
  try {
    const org = await db.organization.create({ data: { slug: `${slug}-org`, name: "Evidence Test Pay", kind: "company" } });
    const incident = await db.incident.create({ data: { slug, title: "E2E: evidence files", summary: "A case for the evidence file page.", investigatedOrgId: org.id } });
    opened.push(slug);
    const officer = await db.user.findUniqueOrThrow({ where: { email: "officer@casefile.demo" } });
    await db.caseAssignment.create({ data: { incidentId: incident.id, userId: officer.id } });
    await db.finding.create({ data: { incidentId: incident.id, title: FINDING, body: "Established.", severity: "high" } });
    await db.finding.create({ data: { incidentId: incident.id, title: CONFIRMED, body: "Established.", severity: "high", status: "confirmed" } });
  } finally {
    await db.$disconnect();
  }
});

/** A small solid-colour PNG, built here so the test needs no fixture file. */
function png(size: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(size * 3, Buffer.from([0x1d, 0x4e, 0xd8]))]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: size }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", pixels), chunk("IEND", Buffer.alloc(0))]);
}

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" onload="document.title='pwned'"><script>window.parent.postMessage('pwned','*');document.cookie='x=pwned'</script></svg>`;
const HTML = `<!doctype html><html><body><script>document.cookie='x=pwned';window.parent.postMessage('pwned','*');window.top.document.title='pwned';console.log('pwned')</script></body></html>`;

const upload = async (page: Page, file: Omit<EvidenceUpload, "kind">) => (await uploadEvidenceFile(page, slug, { ...file, kind: "company_reply" })).id;

const fileUrl = (id: string) => `/api/cases/${slug}/evidence/${id}`;
const filePage = (id: string, locale = "en") => `/${locale}/workspace/cases/${slug}/evidence/${id}`;

function expectSafeHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["content-security-policy"]).toMatch(/^sandbox;/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["content-disposition"]).toMatch(/^attachment;/);
  expect(headers["content-type"]).toBe("application/octet-stream");
}

test("an officer previews an image and a text file, links a file to a finding, verifies it, and reads its custody log", async ({ page }, testInfo) => {
  await signInAs(page, "officer@casefile.demo");
  const image = await upload(page, { title: "Screenshot of the consent screen", fileName: "consent.png", type: "image/png", body: png(96) });
  const text = await upload(page, { title: "Server log excerpt", fileName: "transfer.log", type: "text/plain", body: "2018-06-01 sent 1200 records\n<b>not bold</b>\n" });

  await page.goto(filePage(text));
  await expect(page.getByTestId("evidence-preview-text")).toContainText("<b>not bold</b>");
  await expect(page.getByTestId("evidence-preview-text").locator("b")).toHaveCount(0);
  // One showing, one custody row: actions on the page refresh it without showing the file again.
  for (const verified of [1, 2]) {
    await page.getByRole("button", { name: "Verify now" }).click();
    await expect(page.getByTestId("custody-log").locator('li[data-action="evidence.verified"]')).toHaveCount(verified);
  }
  await expect(page.getByTestId("custody-log").locator('li[data-action="evidence.viewed"]')).toHaveCount(1);

  await page.goto(filePage(image));
  const img = page.getByTestId("evidence-preview-image");
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  await expect(page.getByTestId("evidence-download")).toHaveAttribute("href", fileUrl(image));
  await expect(page.getByTestId("evidence-sha256")).toHaveText(/^[0-9a-f]{64}$/);

  await page.getByLabel("Supports a").selectOption("finding");
  await page.getByLabel("Record", { exact: true }).selectOption({ label: FINDING });
  await page.getByLabel("Where in the file").fill("p. 12");
  await page.getByRole("button", { name: "Link", exact: true }).click();
  await expect(page.getByText("Linked.")).toBeVisible();
  const links = page.getByTestId("evidence-links");
  await expect(links.getByRole("link", { name: FINDING })).toBeVisible();
  await expect(links).toContainText("at p. 12");

  await page.getByRole("button", { name: "Verify now" }).click();
  await expect(page.getByTestId("verify-result")).toHaveAttribute("data-result", "ok");
  await expect(page.getByTestId("verify-result")).toContainText("Intact");

  const custody = page.getByTestId("custody-log");
  for (const action of ["evidence.uploaded", "evidence.viewed", "evidence.linked", "evidence.verified"]) await expect(custody.locator(`li[data-action="${action}"]`).first()).toBeVisible();
  await expect(custody.locator("li").first()).toHaveAttribute("data-action", "evidence.verified");
  await expect(custody.locator('li[data-action="evidence.linked"]')).toContainText(FINDING);
  await expect(custody.locator('li[data-action="evidence.linked"]')).toContainText("p. 12");

  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const locale of ["en", "ko"]) {
      await page.goto(filePage(image, locale));
      await expect(page.getByTestId("evidence-preview-image")).toBeVisible();
      const path = testInfo.outputPath(`evidence-file-${locale}-${width}.png`);
      await page.screenshot({ path, fullPage: true });
      await testInfo.attach(`evidence-file-${locale}-${width}`, { path, contentType: "image/png" });
    }
  }
});

test("a hostile SVG or HTML file is never shown inline and runs nothing in Casefile's origin", async ({ page, context }) => {
  await signInAs(page, "officer@casefile.demo");
  const files = [await upload(page, { title: "Hostile drawing", fileName: "drawing.svg", type: "image/svg+xml", body: SVG }), await upload(page, { title: "Hostile page", fileName: "page.html", type: "text/html", body: HTML })];
  const logged: string[] = [];
  page.on("console", (message) => logged.push(message.text()));
  // Anything posted to the app's window, and any dialog, is evidence that a script ran.
  await page.addInitScript(() => window.addEventListener("message", (event) => sessionStorage.setItem("got-message", String(event.data))));
  page.on("dialog", (dialog) => void dialog.dismiss());

  for (const id of files) {
    for (const inline of ["", "?inline=1"]) expectSafeHeaders(await page.request.get(`${fileUrl(id)}${inline}`));

    await page.goto(filePage(id));
    const title = await page.title();
    await expect(page.getByText("Files of this type are not shown here.")).toBeVisible();
    await expect(page.getByTestId("evidence-preview-image")).toHaveCount(0);
    await expect(page.getByTestId("evidence-preview-pdf")).toHaveCount(0);
    await expect(page.locator("iframe")).toHaveCount(0);

    // Opened directly (as a pasted link would), inline or not: the browser downloads it.
    for (const inline of ["", "?inline=1"]) {
      const download = page.waitForEvent("download");
      await page.goto(`${fileUrl(id)}${inline}`).catch(() => undefined);
      await (await download).cancel();
    }
    await page.goto(filePage(id));
    expect(await page.title()).toBe(title);
    expect(await page.evaluate(() => document.cookie)).not.toContain("pwned");
    expect(await page.evaluate(() => sessionStorage.getItem("got-message"))).toBeNull();
  }
  expect((await context.cookies()).filter((c) => c.value.includes("pwned"))).toEqual([]);
  expect(logged.filter((m) => m.includes("pwned"))).toEqual([]);
});

test("a regulator cannot delete a file that supports a confirmed finding and uploads a new version instead; another file is deleted and restored", async ({ page, context }) => {
  await signInAs(page, "regulator@casefile.demo");
  const kept = await upload(page, { title: "Hashing report", fileName: "hashing.txt", type: "text/plain", body: "Hashes were reversible.\n" });
  await page.goto(filePage(kept));

  // Two tabs on the same file: the second change of sensitivity is stale and says who changed it first.
  const stale = await context.newPage();
  await stale.goto(filePage(kept));
  await page.getByLabel("Sensitivity").selectOption("special");
  await page.getByRole("button", { name: "Change", exact: true }).click();
  await expect(page.getByText("Sensitivity changed.")).toBeVisible();
  await stale.getByLabel("Sensitivity").selectOption("low");
  await stale.getByRole("button", { name: "Change", exact: true }).click();
  await expect(stale.getByTestId("conflict-panel")).toContainText("Special category");
  await stale.close();

  await page.getByLabel("Supports a").selectOption("finding");
  await page.getByLabel("Record", { exact: true }).selectOption({ label: CONFIRMED });
  await page.getByRole("button", { name: "Link", exact: true }).click();
  await expect(page.getByTestId("evidence-links").getByRole("link", { name: CONFIRMED })).toBeVisible();

  await page.getByRole("button", { name: "Delete file" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete file" }).click();
  await expect(page.getByTestId("delete-refused")).toContainText("supports a confirmed finding");
  const newVersion = page.getByTestId("new-version");
  await expect(newVersion).toBeVisible();
  await newVersion.getByLabel("New version").setInputFiles({ name: "hashing-v2.txt", mimeType: "text/plain", buffer: Buffer.from("Hashes were reversible (corrected).\n") });
  await newVersion.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByText("New version uploaded.")).toBeVisible();
  await expect(page).not.toHaveURL(new RegExp(`${kept}$`));
  await expect(page.getByRole("link", { name: "Hashing report" })).toHaveAttribute("href", new RegExp(`${kept}$`));

  await page.goto(filePage(kept));
  await expect(page.getByTestId("superseded-note")).toBeVisible();
  await expect(page.getByTestId("evidence-preview-text")).toContainText("Hashes were reversible.");
  await expect(page.getByTestId("custody-log").locator('li[data-action="evidence.superseded"]')).toBeVisible();

  // A PDF is drawn in the page from the route's inline mode (e2e/evidence/pdf-preview.spec.ts), never framed.
  const pdf = await upload(page, { title: "Inspection report", fileName: "report.pdf", type: "application/pdf", body: "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n" });
  await page.goto(filePage(pdf));
  await expect(page.getByTestId("evidence-pdf-error")).toBeVisible();
  await expect(page.locator("iframe")).toHaveCount(0);
  const inlinePdf = await page.request.get(`${fileUrl(pdf)}?inline=1`);
  expect(inlinePdf.headers()["content-disposition"]).toMatch(/^inline;/);
  expect(inlinePdf.headers()["content-security-policy"]).toMatch(/^sandbox;/);

  const loose = await upload(page, { title: "Duplicate scan", fileName: "duplicate.txt", type: "text/plain", body: "A duplicate.\n" });
  await page.goto(filePage(loose));
  await page.getByRole("button", { name: "Delete file" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete file" }).click();
  await expect(page.getByTestId("deleted-banner")).toBeVisible();
  await page.getByRole("button", { name: "Restore file" }).click();
  await expect(page.getByTestId("deleted-banner")).toHaveCount(0);
  await expect(page.getByTestId("evidence-preview-text")).toContainText("A duplicate.");
});

test("an officer who is not on the case gets a 404 for its files", async ({ page, browser }) => {
  await signInAs(page, "officer@casefile.demo");
  const id = await upload(page, { title: "Private memo", fileName: "memo.txt", type: "text/plain", body: "Internal.\n" });
  const other = await (await browser.newContext()).newPage();
  await signInAs(other, "officer2@casefile.demo");
  expect((await other.goto(filePage(id)))?.status()).toBe(404);
  expect((await other.request.get(fileUrl(id))).status()).toBe(404);
});
