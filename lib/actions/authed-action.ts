import "server-only";
import { z } from "zod";
import { getViewer } from "@/lib/auth/viewer";
import type { Viewer } from "@/lib/auth/permissions";
import { ActionError, type ActionResult } from "./result";

/**
 * The only way to build a server action: reads the session (checked against the database),
 * parses the input with the shared zod schema, then runs the mutation, which checks the
 * permission for the case it touches. A request without a valid session never reaches `run`.
 */
export function authedAction<S extends z.ZodType, T>(schema: S, run: (viewer: Viewer, input: z.output<S>) => Promise<T>) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    const viewer = await getViewer();
    if (!viewer) return { ok: false, error: "unauthenticated", message: "Sign in first." };
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, error: "invalid", message: "Some fields need attention.", fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
    }
    try {
      return { ok: true, data: await run(viewer, parsed.data) };
    } catch (error) {
      if (error instanceof ActionError) return { ok: false, error: error.code, message: error.message, fieldErrors: error.fieldErrors };
      console.error("Server action failed", error);
      return { ok: false, error: "unexpected", message: "Something went wrong. Nothing was saved." };
    }
  };
}
