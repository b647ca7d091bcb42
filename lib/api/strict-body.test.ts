import { describe, expect, it } from "vitest";
import { z } from "zod";
import { unknownFields } from "./strict-body";

const org = z.union([z.object({ id: z.string() }), z.object({ name: z.string(), nameKo: z.string().optional() })]);
const schema = z
  .object({
    title: z.string(),
    when: z.preprocess((v) => v, z.string().optional()),
    investigated: org,
    tags: z.array(z.object({ label: z.string() })).default([]),
    nested: z.object({ a: z.number() }).optional(),
  })
  .refine(() => true);

describe("unknown fields are refused, not ignored", () => {
  it("accepts a body with known fields only", () => {
    expect(unknownFields(schema, { title: "x", investigated: { id: "a" }, tags: [{ label: "t" }], nested: { a: 1 } })).toEqual([]);
    expect(unknownFields(schema, { title: "x", investigated: { name: "n", nameKo: "k" } })).toEqual([]);
  });

  it("names each unknown field with its path", () => {
    expect(unknownFields(schema, { title: "x", extra: 1, investigated: { id: "a" } })).toEqual(["extra"]);
    expect(unknownFields(schema, { title: "x", investigated: { id: "a" }, nested: { a: 1, b: 2 } })).toEqual(["nested.b"]);
    expect(unknownFields(schema, { title: "x", investigated: { id: "a" }, tags: [{ label: "t", colour: "red" }] })).toEqual(["tags.0.colour"]);
  });

  it("a union accepts the fields of the option that fits best", () => {
    expect(unknownFields(schema, { title: "x", investigated: { id: "a", sneaky: true } })).toEqual(["investigated.sneaky"]);
  });

  it("fields the route fills in itself count as unknown in the body", () => {
    expect(unknownFields(schema, { title: "x", investigated: { id: "a" } }, ["title"])).toEqual(["title"]);
  });

  it("leaves non-objects to the schema", () => {
    expect(unknownFields(schema, "text")).toEqual([]);
    expect(unknownFields(schema, null)).toEqual([]);
  });
});
