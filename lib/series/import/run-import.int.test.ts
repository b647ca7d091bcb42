import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { makeCase } from "@/tests/support/factories";
import { runSeriesImport, type ImportOptions } from "./run-import";

const url = () => inject("databaseUrl");
let incident: { id: string; slug: string };

beforeAll(async () => {
  const created = await makeCase();
  incident = await prisma.incident.update({
    where: { id: created.id },
    data: { conductStart: new Date("2020-01-01T00:00:00Z"), conductStartPrecision: "month", conductEnd: new Date("2020-12-31T00:00:00Z"), conductEndPrecision: "month" },
  });
});
afterAll(() => prisma.$disconnect());

function run(csv: string | Buffer, extra: Partial<ImportOptions> = {}) {
  return runSeriesImport({
    databaseUrl: url(),
    source: Readable.from([typeof csv === "string" ? Buffer.from(csv) : csv]),
    incident: { id: incident.id },
    defaultProvenance: "reported",
    actor: { id: null, label: "test" },
    fileName: "test.csv",
    ...extra,
  });
}

const series = () => prisma.dailyRecordCount.findMany({ where: { incidentId: incident.id }, orderBy: { day: "asc" }, select: { day: true, records: true, provenance: true } });

describe("importing records per day", () => {
  it("imports a file, records its SHA-256, audits it, and keeps the monthly rollup in step", async () => {
    const csv = "day,records\n2020-01-01,100\n2020-01-02,200\n2020-02-01,300\n";
    const outcome = await run(csv);
    expect(outcome).toMatchObject({ ok: true, rows: 3, added: 3, changed: 0, unchanged: 0, sha256: createHash("sha256").update(csv).digest("hex") });
    expect((await series()).map((d) => Number(d.records))).toEqual([100, 200, 300]);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { incidentId: incident.id, action: "series.imported" }, orderBy: { id: "desc" } });
    expect(audit.after).toMatchObject({ sha256: createHash("sha256").update(csv).digest("hex"), added: 3 });
    const months = await prisma.monthlyRecordTotal.findMany({ where: { incidentId: incident.id }, orderBy: { month: "asc" } });
    expect(months.map((m) => [m.month.toISOString().slice(0, 7), Number(m.records), m.days])).toEqual([
      ["2020-01", 300, 2],
      ["2020-02", 300, 1],
    ]);
  });

  it("re-importing replaces the same days and reports what changed", async () => {
    const outcome = await run("day,records,provenance\n2020-01-01,100,reported\n2020-01-02,250,verified\n2020-03-01,7,reported\n");
    expect(outcome).toMatchObject({ ok: true, added: 1, changed: 1, unchanged: 1 });
    const stored = await series();
    expect(stored.find((d) => d.day.toISOString().startsWith("2020-01-02"))).toMatchObject({ records: 250n, provenance: "verified" });
    expect(stored).toHaveLength(4);
  });

  it("reports every bad line with its number, and writes nothing", async () => {
    const before = await series();
    const outcome = await run("day,records\n2020-04-01,5\n2020-04-02,-3\n2020-04-03,1.5\n2020-04-04,7\n2020-04-01,9\n2021-06-01,1\n2020-02-30,1\n");
    expect(outcome.ok).toBe(false);
    if (outcome.ok || outcome.reason !== "invalid") throw new Error("expected errors");
    expect(outcome.errors.map((e) => [e.line, e.message])).toEqual([
      [3, "Records cannot be negative."],
      [4, '"1.5" is not a whole number of records.'],
      [6, "2020-04-01 appears more than once (first on line 2)."],
      [7, "2021-06-01 is outside the case's period (2020-01-01 – 2020-12-31)."],
      [8, '"2020-02-30" is not a date (use YYYY-MM-DD).'],
    ]);
    expect(await series()).toEqual(before);
  });

  it("counts lines as a spreadsheet would, blank lines and Windows line ends included", async () => {
    const outcome = await run("day,records\r\n\r\n2020-04-01,5\r\n\r\n2020-04-02,x\r\n");
    expect(outcome.ok === false && outcome.reason === "invalid" && outcome.errors).toEqual([{ line: 5, message: '"x" is not a whole number of records.' }]);
  });

  it.each([
    ["an empty file", "", /The file is empty/],
    ["a value over several lines", 'day,records\n2020-01-01,"5\n6"\n', /^A value runs over several lines/],
    ["a wrong header", "date,count\n2020-01-01,5\n", /first line must be the header/],
    ["a header without rows", "day,records\n", /no rows/],
    ["a UTF-16 file", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("day,records\n", "utf16le")]), /UTF-16/],
    ["a binary file", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), /binary/],
    ["an unclosed quote", 'day,records\n"2020-01-01,5\n', /^The CSV is malformed/],
    ["a case column on a single-case import", "case,day,records\nx,2020-01-01,5\n", /case column/],
  ])("refuses %s clearly and writes nothing", async (_name, csv, message) => {
    const before = await series();
    const outcome = await run(csv);
    expect(outcome).toMatchObject({ ok: false, reason: "invalid" });
    expect(outcome.ok === false && outcome.reason === "invalid" && outcome.errors[0]?.message).toMatch(message);
    expect(await series()).toEqual(before);
  });

  it("gives the line of a file-level problem, not line 1", async () => {
    const multi = await run('day,records\n2020-01-01,5\n2020-01-02,"5\n6"\n');
    expect(multi.ok === false && multi.reason === "invalid" && multi.errors[0]).toEqual({ line: 3, message: "A value runs over several lines. Each line must be one day." });
    const quote = await run('day,records\n2020-01-01,5\n2020-01-02,5\n"2020-01-03,5\n');
    expect(quote.ok === false && quote.reason === "invalid" && quote.errors[0]?.line).toBe(4);
  });

  it("refuses a file above the size limit without reading it all", async () => {
    const big = "day,records\n" + "2020-05-01,1\n".repeat(20_000);
    const outcome = await run(big, { maxBytes: 50_000 });
    expect(outcome.ok === false && outcome.reason === "invalid" && outcome.errors[0]?.message).toMatch(/larger than/);
  });

  it("a cancelled import leaves nothing behind", async () => {
    const before = await series();
    const controller = new AbortController();
    const lines = Array.from({ length: 200_000 }, (_, i) => `2020-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")},${i}`);
    const source = Readable.from((function* () {
      yield Buffer.from("day,records\n");
      for (let i = 0; i < lines.length; i += 1000) yield Buffer.from(lines.slice(i, i + 1000).join("\n") + "\n");
    })());
    const outcome = await runSeriesImport({
      databaseUrl: url(),
      source,
      incident: { id: incident.id },
      defaultProvenance: "reported",
      actor: { id: null, label: "test" },
      signal: controller.signal,
      onProgress: ({ rows }) => {
        if (rows > 10_000) controller.abort();
      },
    });
    expect(outcome).toEqual({ ok: false, reason: "cancelled" });
    expect(await series()).toEqual(before);
  });

  it("imports several cases from one file with a case column, and names unknown cases", async () => {
    const other = await makeCase();
    const bad = await runSeriesImport({
      databaseUrl: url(),
      source: Readable.from([Buffer.from(`case,day,records\n${other.slug},2021-01-01,1\nno-such-case,2021-01-01,2\n`)]),
      incident: null,
      defaultProvenance: "reported",
      actor: { id: null, label: "test" },
    });
    expect(bad.ok === false && bad.reason === "invalid" && bad.errors).toEqual([{ line: 3, message: 'There is no case "no-such-case".' }]);
    const good = await runSeriesImport({
      databaseUrl: url(),
      source: Readable.from([Buffer.from(`case,day,records\n${other.slug},2021-01-01,1\n${incident.slug},2020-06-01,2\n`)]),
      incident: null,
      defaultProvenance: "modelled",
      actor: { id: null, label: "test" },
    });
    expect(good).toMatchObject({ ok: true, rows: 2, added: 2 });
    expect(good.ok && good.cases).toHaveLength(2);
  });
});

describe("when the database cannot be reached", () => {
  it("fails as the connection fails, and lets go of the file", async () => {
    const source = Readable.from([Buffer.from("day,records\n2020-01-01,5\n")]);
    await expect(run("", { databaseUrl: "postgresql://nobody@127.0.0.1:1/none", source })).rejects.toThrow(/ECONNREFUSED/);
    expect(source.destroyed).toBe(true);
  });
});

describe("two imports of one case at once", () => {
  it("run one after the other: both succeed, and the second's diff counts the first's rows", async () => {
    const target = await makeCase();
    // 300 days: 28 a month from January 2021.
    const csv = (records: number) =>
      "day,records\n" + Array.from({ length: 300 }, (_, i) => `2021-${String(1 + Math.floor(i / 28)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")},${records}`).join("\n") + "\n";
    const importOnce = (records: number) =>
      runSeriesImport({ databaseUrl: url(), source: Readable.from([Buffer.from(csv(records))]), incident: { id: target.id }, defaultProvenance: "reported", actor: { id: null, label: "test" } });
    const [a, b] = await Promise.all([importOnce(1), importOnce(2)]);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    // Whichever ran second found all 300 days already there and changed them.
    expect([a.added + b.added, a.changed + b.changed]).toEqual([300, 300]);
    const stored = await prisma.dailyRecordCount.findMany({ where: { incidentId: target.id }, select: { records: true } });
    expect(stored).toHaveLength(300);
    expect(new Set(stored.map((d) => d.records)).size).toBe(1);
  });
});

describe("cancelling after the file has been read", () => {
  it("stops the merge and leaves nothing behind", async () => {
    const cases = await Promise.all(Array.from({ length: 100 }, () => makeCase()));
    const controller = new AbortController();
    async function* file() {
      yield Buffer.from("case,day,records\n");
      for (const c of cases) {
        yield Buffer.from(Array.from({ length: 2_000 }, (_, d) => `${c.slug},${new Date(Date.UTC(2015, 0, 1 + d)).toISOString().slice(0, 10)},${d}\n`).join(""));
      }
    }
    // Cancel once the rows are being written: the merge itself must stop and roll back.
    const outcome = await runSeriesImport({
      databaseUrl: url(),
      source: Readable.from(file()),
      incident: null,
      defaultProvenance: "reported",
      actor: { id: null, label: "test" },
      signal: controller.signal,
      onPhase: (phase) => {
        if (phase === "writing") setTimeout(() => controller.abort(), 20);
      },
    });
    expect(outcome).toEqual({ ok: false, reason: "cancelled" });
    const ids = cases.map((c) => c.id);
    expect(await prisma.dailyRecordCount.count({ where: { incidentId: { in: ids } } })).toBe(0);
    expect(await prisma.seriesImport.count({ where: { incidentId: { in: ids } } })).toBe(0);
    expect(await prisma.monthlyRecordTotal.count({ where: { incidentId: { in: ids } } })).toBe(0);
  });
});
