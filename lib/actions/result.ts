// What every server action returns. Expected failures are values, not exceptions, so forms can
// show them next to the right field; only the unexpected is thrown (and logged).
export type ActionErrorCode = "unauthenticated" | "not_found" | "forbidden" | "invalid" | "conflict" | "unexpected";

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
    readonly code: Exclude<ActionErrorCode, "unexpected">,
    message: string,
    readonly fieldErrors?: Record<string, string[] | undefined>,
    readonly conflict?: ConflictDetails,
  ) {
    super(message);
    this.name = "ActionError";
  }
}

export const fail = (code: Exclude<ActionErrorCode, "unexpected">, message: string, fieldErrors?: Record<string, string[] | undefined>): never => {
  throw new ActionError(code, message, fieldErrors);
};
