// A link's custody row records what it pointed at by kind and id (audit-fields.ts hides the id);
// the custody log names that record too. Pure: the titles come in as a map.
import type { AuditEventDescription } from "@/lib/audit/describe-audit-event";

interface LinkRow {
  id: bigint;
  before: unknown;
  after: unknown;
}

const targetIdOf = (row: LinkRow): string | null => {
  for (const side of [row.after, row.before]) {
    if (side && typeof side === "object" && !Array.isArray(side)) {
      const id = (side as Record<string, unknown>).targetId;
      if (typeof id === "string") return id;
    }
  }
  return null;
};

/** The ids of the records the rows link to or unlink from. */
export function linkedRecordIds(rows: readonly LinkRow[]): string[] {
  return [...new Set(rows.flatMap((row) => targetIdOf(row) ?? []))];
}

/** Each link row's description gains a line naming its record (when it is still known), after the kind. */
export function nameLinkedRecords(entries: AuditEventDescription[], rows: readonly LinkRow[], options: { titles: ReadonlyMap<string, string>; label: string }): AuditEventDescription[] {
  const byId = new Map(rows.map((row) => [row.id.toString(), targetIdOf(row)]));
  return entries.map((entry) => {
    const targetId = byId.get(entry.id);
    const title = targetId ? options.titles.get(targetId) : undefined;
    if (!title) return entry;
    const at = entry.changes.findIndex((c) => c.field === "target");
    const changes = [...entry.changes];
    changes.splice(at + 1, 0, { kind: "value", field: "targetTitle", label: options.label, value: title });
    return { ...entry, changes };
  });
}
