import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import type { Viewer } from "@/lib/auth/permissions";
import type { Provenance } from "@/lib/generated/prisma/enums";
import { makeCase, makeViewer } from "@/tests/support/factories";
import { getAllCasesSeries } from "./get-all-series";
import { getCaseSeries } from "./get-case-series";

let officer: Viewer;
let caseA: string;
let caseB: string;

const days = (incidentId: string, list: [string, number, Provenance][]) =>
  prisma.dailyRecordCount.createMany({ data: list.map(([day, records, provenance]) => ({ incidentId, day: new Date(day), records: BigInt(records), provenance })) });

beforeAll(async () => {
  officer = await makeViewer("case_officer");
  caseA = (await makeCase({ assignTo: [officer.id] })).id;
  caseB = (await makeCase({ assignTo: [officer.id] })).id;
  const hidden = (await makeCase()).id;
  const deleted = (await makeCase({ assignTo: [officer.id] })).id;
  await days(caseA, [
    ["2021-01-30", 10, "reported"],
    ["2021-01-31", 20, "reported"],
    // February 2021: no data at all (a gap)
    ["2021-03-01", 5, "modelled"],
    ["2021-03-02", 5, "reported"],
  ]);
  await days(caseB, [
    ["2021-01-15", 100, "verified"],
    ["2022-06-01", 1_000, "verified"],
  ]);
  await days(hidden, [["2021-01-15", 1_000_000, "verified"]]);
  await days(deleted, [["2021-01-15", 1_000_000, "verified"]]);
  await prisma.incident.update({ where: { id: deleted }, data: { deletedAt: new Date() } });
});
afterAll(() => prisma.$disconnect());

describe("one case's series", () => {
  it("sums days per bucket in SQL, keeps gaps as gaps and marks the weakest provenance", async () => {
    const series = await getCaseSeries(caseA, { bucket: "month" });
    expect(series.extent).toEqual({ first: "2021-01-30", last: "2021-03-02" });
    expect(series.points.map((p) => [p.start, p.records, p.provenance])).toEqual([
      ["2021-01-01", 30, "reported"],
      ["2021-02-01", null, null],
      ["2021-03-01", 10, "modelled"],
    ]);
    expect(series.total).toBe(40);
  });

  it("buckets by day and week within a range", async () => {
    const byDay = await getCaseSeries(caseA, { bucket: "day", from: "2021-01-31", to: "2021-02-02" });
    expect(byDay.points.map((p) => p.records)).toEqual([20, null, null]);
    const byWeek = await getCaseSeries(caseA, { bucket: "week" });
    // 2021-01-30 and 31 are a Saturday and Sunday: the week starting Monday 25 January.
    expect(byWeek.points[0]).toMatchObject({ start: "2021-01-25", records: 30 });
    expect(byWeek.points.at(-1)).toMatchObject({ start: "2021-03-01", records: 10 });
  });
});

describe("the series across cases", () => {
  it("sums the cases the viewer may see, month by month, from the rollup", async () => {
    const series = await getAllCasesSeries(officer, { bucket: "month", to: "2021-04-30" });
    expect(series.points.map((p) => [p.start, p.records, p.provenance])).toEqual([
      ["2021-01-01", 130, "reported"],
      ["2021-02-01", null, null],
      ["2021-03-01", 10, "modelled"],
      ["2021-04-01", null, null],
    ]);
    expect(series.extent).toEqual({ first: "2021-01-01", last: "2022-06-30" });
  });

  it("sums whole months into years, and widens a range to whole months", async () => {
    const years = await getAllCasesSeries(officer, { bucket: "year" });
    expect(years.points.map((p) => [p.start, p.records])).toEqual([
      ["2021-01-01", 140],
      ["2022-01-01", 1_000],
    ]);
    const range = await getAllCasesSeries(officer, { bucket: "month", from: "2021-03-15", to: "2021-03-16" });
    expect([range.from, range.to]).toEqual(["2021-03-01", "2021-03-31"]);
    expect(range.total).toBe(10);
  });

  it("keeps following the daily table when days are replaced or removed", async () => {
    await prisma.dailyRecordCount.update({ where: { incidentId_day: { incidentId: caseB, day: new Date("2022-06-01") } }, data: { records: 7n } });
    expect((await getAllCasesSeries(officer, { bucket: "year", from: "2022-01-01" })).total).toBe(7);
    await prisma.dailyRecordCount.delete({ where: { incidentId_day: { incidentId: caseB, day: new Date("2022-06-01") } } });
    const after = await getAllCasesSeries(officer, { bucket: "year" });
    expect(after.extent?.last).toBe("2021-03-31");
  });

  it("offers only month and year", async () => {
    await expect(getAllCasesSeries(officer, { bucket: "day" })).rejects.toThrow(RangeError);
  });

  it("reads every case for an administrator, who reads cases without changing them", async () => {
    const [admin, regulator] = await Promise.all([makeViewer("admin"), makeViewer("regulator")]);
    expect(await getAllCasesSeries(admin, { bucket: "year" })).toEqual(await getAllCasesSeries(regulator, { bucket: "year" }));
  });
});
