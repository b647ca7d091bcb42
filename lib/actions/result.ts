// What every server action returns. Expected failures are values, not exceptions, so forms can
// show them next to the right field; only the unexpected is thrown (and logged).
// "unavailable": the database is down, busy, read-only or full (lib/db/database-failure.ts);
// nothing was saved and the same request may be sent again later.
import { databaseFailure } from "@/lib/db/database-failure";

export type ActionErrorCode = "unauthenticated" | "not_found" | "forbidden" | "invalid" | "conflict" | "unavailable" | "unexpected";

/** What a colleague saved in the meantime, so the user can compare before reloading. */
export interface ConflictDetails {
  current: Record<string, unknown>;
  changedBy: string | null;
  changedAt: string | null;
}

type ActionFailure = {
  ok: false;
  error: ActionErrorCode;
  message: string;
  fieldErrors?: Record<string, string[] | undefined>;
  conflict?: ConflictDetails;
};

export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

export class ActionError extends Error {
  constructor(
    readonly code: Exclude<ActionErrorCode, "unexpected" | "unavailable">,
    message: string,
    readonly fieldErrors?: Record<string, string[] | undefined>,
    readonly conflict?: ConflictDetails,
  ) {
    super(message);
    this.name = "ActionError";
  }
}

export const fail = (code: Exclude<ActionErrorCode, "unexpected" | "unavailable">, message: string, fieldErrors?: Record<string, string[] | undefined>): never => {
  throw new ActionError(code, message, fieldErrors);
};

/** Refuses the input for one field, with a message key (validation.*) the form shows beside it. */
export const refuseField = (field: string, messageKey: string): never => fail("invalid", "Some fields need attention.", { [field]: [messageKey] });

/** The answer when the database failed in a way worth retrying, or null when `error` is something else. */
export function unavailableResult(error: unknown): ActionFailure | null {
  const failure = databaseFailure(error);
  return failure ? { ok: false, error: "unavailable", message: failure.message } : null;
}
