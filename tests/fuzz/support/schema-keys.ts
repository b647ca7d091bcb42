// The field names a zod schema reads, at any depth, so generated arguments use the real names
// (and real ids for the id fields) and get past "missing field" into the rules and handlers.
import fc from "fast-check";
import type { z } from "zod";

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
}

export function schemaKeys(schema: z.ZodType, into = new Set<string>()): Set<string> {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  for (const [key, child] of Object.entries(def.shape ?? {})) {
    into.add(key);
    schemaKeys(child, into);
  }
  for (const child of [...(def.options ?? []), def.innerType, def.in, def.out, def.element, def.left, def.right]) if (child) schemaKeys(child, into);
  return into;
}

interface ValueDef extends Def {
  entries?: Record<string, string>;
  values?: unknown[];
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: ValueDef } })._zod.def;

/**
 * A value the schema would likely accept, built from its definition (enums pick a member, ids
 * come from `ids`, dates are past days), so the fuzz reaches the handlers and their checks.
 */
export function plausible(schema: z.ZodType, ids: Record<string, string>, key = ""): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case "string":
      if (/id$/i.test(key)) return fc.constantFrom(...(ids[key] ? [ids[key]] : Object.values(ids)));
      if (/(on|date|asof|day|start|end|at)$/i.test(key)) return fc.constantFrom("2024-01-15", "2023-06-01", "2024-08-13");
      if (/url|link/i.test(key)) return fc.constant("https://example.org/source");
      if (/email/i.test(key)) return fc.constantFrom("fuzz@casefile.test", "someone@example.org");
      return fc.constantFrom("A fuzzed value", "Art. 1 of the act", "1000", "25,000,000");
    case "number":
    case "int":
      return fc.constantFrom(1, 2, 3);
    case "bigint":
      return fc.constantFrom(0n, 1000n);
    case "boolean":
      return fc.boolean();
    case "enum":
      return fc.constantFrom(...Object.values(def.entries!));
    case "literal":
      return fc.constantFrom(...def.values!);
    case "object":
      return fc.record(Object.fromEntries(Object.entries(def.shape!).map(([k, child]) => [k, plausible(child, ids, k)])));
    case "optional":
      return fc.oneof({ arbitrary: plausible(def.innerType!, ids, key), weight: 3 }, fc.constant(undefined));
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return plausible(def.innerType!, ids, key);
    case "pipe":
      return defOf(def.in!).type === "transform" ? plausible(def.out!, ids, key) : plausible(def.in!, ids, key);
    case "array":
      return fc.array(plausible(def.element!, ids, key), { maxLength: 2 });
    case "union":
      return fc.oneof(...def.options!.map((o) => plausible(o, ids, key)));
    case "intersection":
      return plausible(def.left!, ids, key);
    default:
      return fc.constant("x");
  }
}
