// The API refuses fields it does not know instead of dropping them silently (a client that
// misspells a field must learn it). The action schemas are shared with the forms, which strip
// unknown keys, so the API walks the same schema and lists what it would have dropped: one
// schema, two strictnesses, no second copy of the rules.
import type { z } from "zod";

type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType; element?: z.ZodType; options?: z.ZodType[] };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The object schema a value meets, through wrappers (optional, default, pipe, refine), or null. */
function walk(schema: z.ZodType, value: unknown, path: string[]): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case "object": {
      if (!isRecord(value) || !def.shape) return [];
      const shape = def.shape;
      return Object.entries(value).flatMap(([key, child]) => (key in shape ? walk(shape[key]!, child, [...path, key]) : [[...path, key].join(".")]));
    }
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return def.innerType ? walk(def.innerType, value, path) : [];
    case "pipe": {
      // A preprocess is pipe(transform, schema): the keys are the output schema's.
      const input = def.in && defOf(def.in).type !== "transform" ? def.in : def.out;
      return input ? walk(input, value, path) : [];
    }
    case "array":
      return Array.isArray(value) && def.element ? value.flatMap((item, i) => walk(def.element!, item, [...path, String(i)])) : [];
    case "union": {
      // The option the value fits with the fewest unknown fields decides.
      const candidates = (def.options ?? []).map((option) => walk(option, value, path));
      return candidates.reduce<string[] | null>((best, c) => (best === null || c.length < best.length ? c : best), null) ?? [];
    }
    default:
      return [];
  }
}

/** Paths of the body's fields the schema does not know, plus any the route fills in itself (`reserved`). */
export function unknownFields(schema: z.ZodType, body: unknown, reserved: readonly string[] = []): string[] {
  const reservedHere = isRecord(body) ? reserved.filter((key) => key in body) : [];
  return [...reservedHere, ...walk(schema, body, []).filter((p) => !reservedHere.includes(p))];
}
