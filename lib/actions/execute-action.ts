import { z } from "zod";
import type { Viewer } from "@/lib/auth/permissions";
import { describeDatabaseError } from "@/lib/db/database-failure";
import { ActionError, unavailableResult, type ActionResult } from "./result";

export interface ActionDefinition<S extends z.ZodType, T> {
  schema: S;
  run: (viewer: Viewer, input: z.output<S>) => Promise<T>;
}

export function defineAction<S extends z.ZodType, T>(schema: S, run: (viewer: Viewer, input: z.output<S>) => Promise<T>): ActionDefinition<S, T> {
  return { schema, run };
}

/**
 * The body of every server action, separate from the request so tests can drive it: no viewer
 * → refused; input that fails the schema → field errors; then the mutation, whose expected
 * refusals (ActionError) become values, and so does a database that is down, busy, read-only or
 * full ("unavailable": nothing was saved, try again). Anything else is logged and reported without details.
 */
export async function executeAction<S extends z.ZodType, T>(viewer: Viewer | null, action: ActionDefinition<S, T>, input: unknown): Promise<ActionResult<T>> {
  if (!viewer) return { ok: false, error: "unauthenticated", message: "Sign in first." };
  const parsed = action.schema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, error: "invalid", message: "Some fields need attention.", fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
  }
  try {
    return { ok: true, data: await action.run(viewer, parsed.data) };
  } catch (error) {
    if (error instanceof ActionError) {
      return { ok: false, error: error.code, message: error.message, fieldErrors: error.fieldErrors, conflict: error.conflict };
    }
    const unavailable = unavailableResult(error);
    if (unavailable) {
      console.warn(`Server action refused, database unavailable: ${describeDatabaseError(error)}`);
      return unavailable;
    }
    console.error("Server action failed", error);
    return { ok: false, error: "unexpected", message: "Something went wrong. Nothing was saved." };
  }
}
