// What goes into an audit row's before/after: only the fields that changed, as plain JSON
// (dates as ISO strings, BIGINT counts as strings so no digit is lost).

export type AuditJson = { [key: string]: AuditValue };
type AuditValue = string | number | boolean | null | AuditValue[] | { [key: string]: AuditValue };

export function toAuditValue(value: unknown): AuditValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "object" && "toFixed" in value && typeof (value as { toString: unknown }).toString === "function" && !Array.isArray(value)) {
    // Prisma Decimal
    return (value as { toString(): string }).toString();
  }
  if (Array.isArray(value)) return value.map(toAuditValue);
  if (typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toAuditValue(v)]));
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

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
    Object.fromEntries(Object.entries(record).filter(([k]) => !ignore.includes(k)).map(([k, v]) => [k, toAuditValue(v)])) as AuditJson;
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
