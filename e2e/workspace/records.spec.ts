import { e2eDatabase } from "../support/database";
import { expect, test } from "../support/fixtures";
import { signInAs } from "../support/session";

test("the reference case's chart reaches 54.2 billion cumulative, is marked modelled, and its table matches the API", async ({ page }) => {
  await signInAs(page, "regulator@casefile.demo");
  await page.goto("/en/workspace/cases/kakao-pay-alipay-2024/series");
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await expect(page.getByText("Modelled (reconstructed, not observed): dashed and hatched")).toBeVisible();
  await expect(page.getByTestId("series-total")).toHaveText("Total in view: 54.2 billion");

  await page.getByLabel("Cumulative total").check();
  await page.getByRole("button", { name: "View as table" }).click();
  const table = page.getByTestId("chart-table");
  await expect(table.locator("tbody tr").last()).toContainText("54,200,000,000");

  const api = (await (await page.request.get("/api/cases/kakao-pay-alipay-2024/series?bucket=month")).json()) as { points: { start: string; records: number | null }[] };
  const rows = await table.locator("tbody tr").count();
  expect(rows).toBe(api.points.length);
  const firstCells = await table.locator("tbody tr").first().locator("td").allTextContents();
  expect(firstCells[1]).toBe(api.points[0]!.records!.toLocaleString("en-US"));
  expect(firstCells[3]).toBe("Modelled");
});

test("the series API refuses nonsense ranges and strangers", async ({ page, playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get("/api/cases/kakao-pay-alipay-2024/series")).status()).toBe(401);
  await anonymous.dispose();
  await signInAs(page, "officer@casefile.demo");
  expect((await page.request.get("/api/cases/kakao-pay-alipay-2024/series?from=2024-01-01&to=2023-01-01")).status()).toBe(400);
  expect((await page.request.get("/api/cases/kakao-pay-alipay-2024/series?bucket=fortnight")).status()).toBe(400);
  expect((await page.request.get("/api/cases/demo-telecom-api-exposure/series")).status()).toBe(404);
  const ok = await page.request.get("/api/cases/kakao-pay-alipay-2024/series?bucket=year");
  expect(ok.headers()["cache-control"]).toContain("private");
  const again = await page.request.get("/api/cases/kakao-pay-alipay-2024/series?bucket=year", { headers: { "If-None-Match": ok.headers()["etag"]! } });
  expect(again.status()).toBe(304);

  // The import route refuses what a cross-site form or script could send.
  const importUrl = "/api/cases/kakao-pay-alipay-2024/series/import";
  const csv = "day,records\n2024-01-01,1\n";
  expect((await page.request.post(importUrl, { data: csv, headers: { "Content-Type": "text/plain" } })).status()).toBe(415);
  expect((await page.request.post(importUrl, { data: csv, headers: { "Content-Type": "text/csv", Origin: "https://evil.example" } })).status()).toBe(403);
});

test("an import with a bad line names the line and writes nothing; the fixed file imports with a diff summary", async ({ page }) => {
  await signInAs(page, "officer@casefile.demo");
  await page.goto("/en/workspace/cases/demo-fitness-location-broker/series");
  await expect(page.getByTestId("series-total")).toBeVisible();
  const totalBefore = await page.getByTestId("series-total").textContent();

  const paste = page.getByLabel("Or paste the CSV");
  await paste.fill("day,records\n2023-03-01,100\n2023-03-02,-5\n2023-03-03,300\n");
  await page.getByRole("button", { name: "Import" }).click();
  const result = page.getByTestId("import-result");
  await expect(result).toContainText("Nothing was imported: 1 problem in the file.");
  await expect(result).toContainText("Line 3: Records cannot be negative.");
  await page.reload();
  await expect(page.getByTestId("series-total")).toHaveText(totalBefore ?? "");

  await page.getByLabel("Or paste the CSV").fill("day,records\n2023-03-01,100\n2023-03-02,200\n2023-03-03,300\n");
  await page.getByRole("button", { name: "Import" }).click();
  await expect(result).toContainText("Imported 3 rows: 0 days added, 3 changed, 0 unchanged.");
  await expect(result).toContainText("SHA-256 of the file:");
  await page.getByLabel("Or paste the CSV").fill("day,records\n2023-03-01,100\n2023-03-02,200\n2023-03-03,300\n");
  await page.getByRole("button", { name: "Import" }).click();
  await expect(result).toContainText("0 days added, 0 changed, 3 unchanged.");

  await page.goto("/en/workspace/cases/demo-fitness-location-broker/activity?kind=series");
  await expect(page.locator('li[data-action="series.imported"]').first()).toContainText("Demo Case Officer imported records per day");
});

// The server refuses these after the first chunk, while the browser may still be sending; the
// run's reporter (e2e/support/server-errors-reporter.ts) fails it if that breaks the server's
// process (it used to log "uncaughtException: … ReadableStream is already closed" each time).
test("a UTF-16 or binary file is refused with a clear message", async ({ page }) => {
  await signInAs(page, "officer@casefile.demo");
  await page.goto("/en/workspace/cases/demo-fitness-location-broker/series");
  await expect(page.getByTestId("series-total")).toBeVisible();
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("day,records\n2023-03-01,100\n", "utf16le")]);
  const binary = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), Buffer.alloc(300, 7)]);
  const result = page.getByTestId("import-result");
  for (const [name, buffer, message] of [
    ["utf16.csv", utf16, "Line 1: The file is UTF-16. Save it as UTF-8 CSV and import it again."],
    ["image.csv", binary, "Line 1: This does not look like a CSV file (it contains binary data)."],
  ] as const) {
    await page.getByLabel("CSV file").setInputFiles({ name, mimeType: "text/csv", buffer });
    await page.getByRole("button", { name: "Import" }).click();
    await expect(result).toContainText("Nothing was imported: 1 problem in the file.");
    await expect(result).toContainText(message);
  }
});

// What the server did is read from the database, not through page.request: that client keeps
// its connection from before the upload, and reusing it after more than the server's keep-alive
// (5 s, longer than this test takes on a slow machine) could meet the server closing it: a
// "read ECONNRESET" that says nothing about the import.
test("a long import shows progress and can be cancelled, leaving nothing behind", async ({ page }) => {
  // Reading the first part of the file alone takes seconds on a slow machine (see below).
  test.slow();
  const db = e2eDatabase();
  try {
    await signInAs(page, "regulator@casefile.demo");
    const CASE = "demo-insurer-claims-sharing";
    const { id: incidentId } = await db.incident.findUniqueOrThrow({ where: { slug: CASE }, select: { id: true } });
    const stored = () => db.dailyRecordCount.findMany({ where: { incidentId }, orderBy: { day: "asc" }, select: { day: true, records: true, provenance: true, importId: true } });
    const before = await stored();
    const importsBefore = await db.seriesImport.count({ where: { incidentId } });
    await page.goto(`/en/workspace/cases/${CASE}/series`);
    await expect(page.getByTestId("series-total")).toBeVisible();
    // A valid file that would change every day of the case's period (1 record a day), made slow to
    // read by two million blank lines, which the importer skips.
    const days = Array.from({ length: 395 }, (_, i) => new Date(Date.UTC(2025, 5, 1) + i * 86_400_000).toISOString().slice(0, 10));
    const csv = `day,records\n${days.map((d) => `${d},1`).join("\n")}\n${"\n".repeat(2_000_000)}`;
    await page.getByLabel("CSV file").setInputFiles({ name: "long.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Import" }).click();
    // The first report comes once the server has parsed its first piece of the upload.
    await expect(page.getByTestId("import-progress")).toContainText("395 rows read", { timeout: 60_000 });
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByTestId("import-result")).toContainText("Import cancelled. Nothing was written.");
    // The import holds its own database connection until it has rolled back (or, wrongly,
    // committed): wait for that rather than for a guessed number of seconds.
    const importing = async () => (await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = 'casefile-import' AND datname = current_database()`)[0]!.n;
    await expect.poll(importing, { timeout: 60_000 }).toBe(0n);
    expect(await stored()).toEqual(before);
    expect(await db.seriesImport.count({ where: { incidentId } })).toBe(importsBefore);
    await page.goto(`/en/workspace/cases/${CASE}/activity`);
    await expect(page.getByText("Every change to this case, newest first.")).toBeVisible();
    await expect(page.locator('li[data-action="series.imported"]')).toHaveCount(0);
  } finally {
    await db.$disconnect();
  }
});
