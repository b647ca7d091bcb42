// The fuzz tests' proof that a refused request changed nothing is only as good as the
// fingerprint: it must see an insert, an update, a delete, and not a rolled-back change.
import { afterAll, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { makeCase } from "@/tests/support/factories";
import { changedTables, dataFingerprint } from "./support/db-fingerprint";

afterAll(() => prisma.$disconnect());

it("notices every insert, update and delete, and ignores a rolled-back change", async () => {
  const incident = await makeCase();
  let before = await dataFingerprint();
  const finding = await prisma.finding.create({ data: { incidentId: incident.id, title: "T", body: "B", severity: "low" } });
  expect(changedTables(before, await dataFingerprint())).toEqual(["findings"]);

  before = await dataFingerprint();
  await prisma.finding.update({ where: { id: finding.id }, data: { title: "T2" } });
  expect(changedTables(before, await dataFingerprint())).toEqual(["findings"]);

  before = await dataFingerprint();
  await prisma.finding.delete({ where: { id: finding.id } });
  expect(changedTables(before, await dataFingerprint())).toEqual(["findings"]);

  before = await dataFingerprint();
  await expect(
    prisma.$transaction(async (tx) => {
      await tx.finding.create({ data: { incidentId: incident.id, title: "Never", body: "B", severity: "low" } });
      throw new Error("refused");
    }),
  ).rejects.toThrow("refused");
  expect(changedTables(before, await dataFingerprint())).toEqual([]);
});
