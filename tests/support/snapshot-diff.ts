// Field-by-field comparison of two published snapshots of the same case written by different
// hands (the seed and a person typing it in): ids differ, and lists may come in another order, so
// lists are matched by what their items say, not by position.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface SnapshotDifference {
  path: string;
  expected: Json | undefined;
  actual: Json | undefined;
}

/** Keys that name a row rather than say something about the case; they differ between databases. */
const IDENTITY_KEYS = new Set(["id"]);

/** How each list's items are matched: by the first of these fields that the item has. */
const MATCH_BY = ["quote", "name", "title", "label", "key", "occurredOn", "month"];

function matchKey(item: Json): string {
  if (item && typeof item === "object" && !Array.isArray(item)) {
    for (const field of MATCH_BY) {
      const value = item[field];
      if (typeof value === "string" || typeof value === "number") return `${field}=${value}`;
    }
  }
  return JSON.stringify(item);
}

function walk(expected: Json | undefined, actual: Json | undefined, path: string, out: SnapshotDifference[]): void {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const byKey = new Map(actual.map((item) => [matchKey(item), item]));
    const seen = new Set<string>();
    for (const item of expected) {
      const key = matchKey(item);
      seen.add(key);
      walk(item, byKey.get(key), `${path}[${key}]`, out);
    }
    for (const [key, item] of byKey) if (!seen.has(key)) out.push({ path: `${path}[${key}]`, expected: undefined, actual: item });
    return;
  }
  const isObject = (v: Json | undefined): v is { [key: string]: Json } => typeof v === "object" && v !== null && !Array.isArray(v);
  if (isObject(expected) && isObject(actual)) {
    for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
      if (IDENTITY_KEYS.has(key)) continue;
      walk(expected[key], actual[key], path ? `${path}.${key}` : key, out);
    }
    return;
  }
  // An optional field absent on one side and null on the other says the same thing.
  if ((expected ?? null) === (actual ?? null)) return;
  out.push({ path, expected, actual });
}

export function snapshotDifferences(expected: unknown, actual: unknown): SnapshotDifference[] {
  const out: SnapshotDifference[] = [];
  walk(expected as Json, actual as Json, "", out);
  return out;
}

/**
 * The differences not named in `allowed` (path pattern → why the difference is right). A named
 * difference that no longer occurs is reported too, so the list cannot go stale.
 */
export function unexplainedDifferences(differences: SnapshotDifference[], allowed: readonly { path: RegExp; why: string }[]) {
  const unexplained = differences.filter((d) => !allowed.some((a) => a.path.test(d.path)));
  const stale = allowed.filter((a) => !differences.some((d) => a.path.test(d.path))).map((a) => `no longer differs: ${a.path} (${a.why})`);
  return { unexplained, stale };
}
