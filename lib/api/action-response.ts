// A definition's result (lib/actions) as an API answer: the data, or the refusal as a problem
// document. A stale version is 412 with the version stored now, so the client can re-read.
import type { ActionError, ActionResult, ConflictDetails } from "@/lib/actions/result";
import { problemResponse } from "./problem";

function conflictProblem(message: string, conflict: ConflictDetails | undefined): Response {
  const currentVersion = typeof conflict?.current.version === "number" ? conflict.current.version : null;
  return problemResponse("precondition-failed", message, {
    extensions: { currentVersion, changedBy: conflict?.changedBy ?? null, changedAt: conflict?.changedAt ?? null },
    headers: currentVersion === null ? {} : { ETag: `"${currentVersion}"` },
  });
}

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

function failureProblem(failure: Pick<Failure, "error" | "message" | "fieldErrors" | "conflict">): Response {
  switch (failure.error) {
    case "invalid":
      return problemResponse("invalid-body", failure.message, { extensions: { errors: failure.fieldErrors ?? {} } });
    case "conflict":
      return conflictProblem(failure.message, failure.conflict);
    case "forbidden":
      return problemResponse("forbidden", failure.message);
    case "unavailable":
      return problemResponse("unavailable", failure.message, { headers: { "Retry-After": "5" } });
    case "unauthenticated":
    case "not_found":
      return problemResponse("not-found", failure.message);
    case "unexpected":
      throw new Error(failure.message);
  }
}

export const actionErrorProblem = (error: ActionError): Response => failureProblem({ error: error.code, message: error.message, fieldErrors: error.fieldErrors, conflict: error.conflict });

/** The answer for an executed definition: `status` (201 for a creation) with its data, or the problem. */
export function actionResponse<T>(result: ActionResult<T>, options: { status?: number; present?: (data: T) => unknown } = {}): Response {
  if (!result.ok) return failureProblem(result);
  const body = options.present ? options.present(result.data) : result.data;
  return new Response(JSON.stringify(body, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value)), {
    status: options.status ?? 200,
    headers: { "Content-Type": "application/json", "Cache-Control": "no-store" },
  });
}

/** The version an `If-Match` header names ("3", W/"3" or 3), "missing", or "malformed". */
function ifMatchVersion(header: string | null): number | "missing" | "malformed" {
  if (header === null || header.trim() === "") return "missing";
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  return match?.[1] ? Number(match[1]) : "malformed";
}

/** The version a write's `If-Match` names, or its problem: 428 without one, 400 when it is not a version. */
export function versionFromIfMatch(request: Request): number | Response {
  const version = ifMatchVersion(request.headers.get("if-match"));
  if (version === "missing") return problemResponse("precondition-required", "Send If-Match with the version you read (its ETag).");
  if (version === "malformed") return problemResponse("invalid-body", 'If-Match must be a version number, e.g. "3".');
  return version;
}
