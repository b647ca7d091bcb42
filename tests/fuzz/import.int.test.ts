// The CSV importer on its own, the one place a request body is parsed by hand: random CSV-ish
// text (quotes, separators, line breaks, a BOM), broken UTF-8 and raw bytes. Each file is
// either imported or refused as invalid, never an unexpected failure, and a refusal writes
// nothing.
import { Readable } from "node:stream";
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { runSeriesImport } from "@/lib/series/import/run-import";
import { changedTables, dataFingerprint } from "./support/db-fingerprint";
import { assertWithinBudget, timeoutFor } from "@/tests/support/property-budget";
import { fuzzBudget } from "./support/fuzz-config";
import { body, nearlyValidCsv, validCsv } from "./support/hostile";
import { buildWorld, type World } from "./support/world";

let world: World;
beforeAll(async () => {
  world = await buildWorld();
});
afterAll(() => prisma.$disconnect());

const enc = new TextEncoder();
const csvish = fc.string({ unit: fc.constantFrom(",", '"', "\n", "\r", "a", "1", "2", "-", "\uFEFF", " ", "\t", "é", "\u0000"), maxLength: 80 }).map((s) => enc.encode(`day,records\n${s}`));

// Each run is an import (its own connection, a transaction, a fingerprint of every table before
// and after): about 0.2 s on this 2-core machine, and several times that on a slow or busy machine. The run count
// gives way to the budget there, as long as enough runs fit in it to mean something.
const BUDGET = fuzzBudget({ runs: 150, minRuns: 40, seconds: 75 });

it("every file is imported or refused as invalid, and a refusal writes nothing", { timeout: timeoutFor(BUDGET) }, async () => {
  const outcomes = new Map<string, number>();
  const completed = await assertWithinBudget(
    fc.asyncProperty(
      fc.oneof(csvish, nearlyValidCsv().map((s) => enc.encode(s)), validCsv().map((s) => enc.encode(s)), body()),
      fc.integer({ min: 1, max: 64 }),
      async (bytes, chunkSize) => {
        const chunks = Array.from({ length: Math.ceil(bytes.length / chunkSize) }, (_, i) => Buffer.from(bytes.subarray(i * chunkSize, (i + 1) * chunkSize)));
        const before = await dataFingerprint();
        const outcome = await runSeriesImport({
          databaseUrl: process.env.DATABASE_URL!,
          source: Readable.from(chunks),
          incident: { id: world.ids.incidentId! },
          defaultProvenance: "reported",
          actor: { id: world.viewers.officer!.id, label: world.viewers.officer!.email },
          fileName: "fuzz.csv",
          maxBytes: 1024 * 1024,
        });
        const key = outcome.ok ? "imported" : outcome.reason;
        outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
        expect(["imported", "invalid"]).toContain(key);
        if (!outcome.ok) expect(changedTables(before, await dataFingerprint())).toEqual([]);
      },
    ),
    BUDGET,
  );
  console.info(`series import, ${completed} runs: ${[...outcomes].sort().map(([k, n]) => `${k}×${n}`).join(", ")}`);
});
