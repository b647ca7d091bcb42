// What every server action returns. Expected failures are values, not exceptions, so forms can
// show them next to the right field; only the unexpected is thrown (and logged).
export type ActionErrorCode = "unauthenticated" | "not_found" | "forbidden" | "invalid" | "conflict" | "unexpected";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: ActionErrorCode; message: string; fieldErrors?: Record<string, string[] | undefined> };

export class ActionError extends Error {
  constructor(
    readonly code: Exclude<ActionErrorCode, "unexpected">,
    message: string,
    readonly fieldErrors?: Record<string, string[] | undefined>,
  ) {
    super(message);
    this.name = "ActionError";
  }
}

export const fail = (code: Exclude<ActionErrorCode, "unexpected">, message: string, fieldErrors?: Record<string, string[] | undefined>): never => {
  throw new ActionError(code, message, fieldErrors);
};
