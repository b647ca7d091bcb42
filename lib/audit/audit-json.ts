// What goes into an audit row's before/after: only the fields that changed, as plain JSON
// (lib/format/plain-json.ts: dates as ISO strings, BIGINT counts as strings so no digit is lost).
import { toPlainJson, type PlainJson } from "@/lib/format/plain-json";

export type AuditJson = { [key: string]: PlainJson };

/**
 * For an update, the fields whose values differ, before and after. For a creation (no before)
 * or a deletion (no after), the whole record on the side that exists.
 */
export function changedFields(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
  ignore: readonly string[] = ["updatedAt", "createdAt"],
): { before: AuditJson | null; after: AuditJson | null } {
  const plain = (record: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(record).filter(([k]) => !ignore.includes(k)).map(([k, v]) => [k, toPlainJson(v)])) as AuditJson;
  if (!before) return { before: null, after: after ? plain(after) : null };
  if (!after) return { before: plain(before), after: null };
  const b = plain(before);
  const a = plain(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => JSON.stringify(b[k] ?? null) !== JSON.stringify(a[k] ?? null));
  return {
    before: Object.fromEntries(keys.map((k) => [k, b[k] ?? null])),
    after: Object.fromEntries(keys.map((k) => [k, a[k] ?? null])),
  };
}
