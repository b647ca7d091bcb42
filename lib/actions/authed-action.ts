import "server-only";
import type { z } from "zod";
import { getViewer } from "@/lib/auth/viewer";
import { rememberWrite } from "@/lib/db/read-after-write";
import { executeAction, type ActionDefinition } from "./execute-action";
import { unavailableResult, type ActionResult } from "./result";

/**
 * The only way to build a server action: reads the session (checked against the database),
 * parses the input with the shared zod schema, then runs the mutation, which checks the
 * permission for the case it touches. A request without a valid session never reaches `run`.
 */
export function authedAction<S extends z.ZodType, T>(action: ActionDefinition<S, T>) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    let viewer;
    try {
      viewer = await getViewer();
    } catch (error) {
      // The session is checked against the database, so a database outage shows up here first.
      const unavailable = unavailableResult(error);
      if (unavailable) return unavailable;
      throw error;
    }
    const result = await executeAction(viewer, action, input);
    // This user's next reads must see what was saved, even from the read replica.
    if (result.ok) await rememberWrite();
    return result;
  };
}
