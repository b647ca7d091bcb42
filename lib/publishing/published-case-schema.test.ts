import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { fullSnapshot, oldSnapshot } from "@/tests/support/public-snapshot-fixtures";
import { publishedCaseValidator as schemaValidator } from "@/tests/support/published-case-validator";
import type { PublishedDocument } from "./open-data";
import type { PublicSnapshot } from "./snapshot";
import { publishedCaseJsonSchema, publishedDocumentSchema } from "./published-case-schema";

// The zod schema and the TypeScript type describe the same document, both ways (the schema also
// reads the first versions, which had `state` and no `stage`).
type Parsed = z.output<typeof publishedDocumentSchema>;
const parsed: Parsed = {} as PublishedDocument;
const typed: Omit<PublicSnapshot, "stage"> = {} as Omit<Parsed["case"], "stage" | "state">;

const history = [{ number: 1, publishedAt: "2026-01-01T00:00:00.000Z", correctionNote: null, corrections: [] }, { number: 2, publishedAt: "2026-02-01T09:00:00.000Z", correctionNote: "Fixed", corrections: [{ figure: "people" as const, previous: 1, current: 2 }] }];
const doc = (snapshot: unknown) => ({ version: 2, publishedAt: "2026-02-01T09:00:00.000Z", history, case: snapshot });

describe("the published document's JSON Schema", () => {
  it("is a valid Draft 2020-12 schema with its own address", () => {
    const schema = publishedCaseJsonSchema("https://casefile.example");
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe("https://casefile.example/schemas/published-case.json");
    expect(() => schemaValidator()).not.toThrow();
    expect(typed && parsed).toBeDefined();
  });

  it("accepts a version with every optional field, and one published before they existed", () => {
    const validate = schemaValidator();
    for (const snapshot of [fullSnapshot, oldSnapshot]) {
      expect(validate(doc(snapshot)), JSON.stringify(validate.errors)).toBe(true);
      expect(publishedDocumentSchema.safeParse(doc(snapshot)).success).toBe(true);
    }
  });

  it("refuses what no published version is: a missing title, a day that is no day, an unknown field, an amount as a number", () => {
    const validate = schemaValidator();
    const bad = [
      { ...fullSnapshot, title: undefined },
      { ...fullSnapshot, period: { ...fullSnapshot.period, start: "2024-02-30" } },
      { ...fullSnapshot, secret: "internal" },
      { ...fullSnapshot, sanctions: [{ ...fullSnapshot.sanctions[0], amount: 15 }] },
      { ...fullSnapshot, findings: [{ ...fullSnapshot.findings[0], internalNote: "x" }] },
    ];
    for (const snapshot of bad) {
      expect(validate(doc(JSON.parse(JSON.stringify(snapshot)))), JSON.stringify(snapshot).slice(0, 80)).toBe(false);
      expect(publishedDocumentSchema.safeParse(doc(JSON.parse(JSON.stringify(snapshot)))).success).toBe(false);
    }
  });
});
