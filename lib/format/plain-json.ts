// Records as plain JSON, the one conversion for audit rows, conflict answers, exports and CSV
// cells: dates as ISO strings (an invalid date as null, like JSON.stringify), BIGINT counts and
// Prisma Decimals as strings (no digit is lost).

export type PlainJson = string | number | boolean | null | PlainJson[] | { [key: string]: PlainJson };

export function toPlainJson(value: unknown): PlainJson {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "object" && "toFixed" in value && typeof (value as { toString: unknown }).toString === "function" && !Array.isArray(value)) {
    // Prisma Decimal
    return (value as { toString(): string }).toString();
  }
  if (Array.isArray(value)) return value.map(toPlainJson);
  if (typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlainJson(v)]));
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}
