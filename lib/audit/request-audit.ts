// A row a request owes the audit trail (an API token's use), written in the same transaction as
// the first change the request records, so the change and the record of who asked commit
// together. A request that records no change (a read, a refusal) writes the row itself after.
import { AsyncLocalStorage } from "node:async_hooks";
import type { AuditEntry } from "./record-audit";

interface PendingRow {
  entry: AuditEntry;
  written: boolean;
}

const pending = new AsyncLocalStorage<PendingRow>();

/** Runs `run` owing `entry`; answers what `run` answers and whether the row went into a change's transaction. */
export async function withRequestAudit<T>(entry: AuditEntry, run: () => Promise<T>): Promise<{ result: T; written: boolean }> {
  const row: PendingRow = { entry, written: false };
  const result = await pending.run(row, run);
  return { result, written: row.written };
}

/** The row this request still owes, once: recordAudit adds it to the transaction it writes in. */
export function takeRequestAudit(): AuditEntry | null {
  const row = pending.getStore();
  if (!row || row.written) return null;
  row.written = true;
  return row.entry;
}
