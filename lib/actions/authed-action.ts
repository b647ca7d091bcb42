import "server-only";
import type { z } from "zod";
import { getViewer } from "@/lib/auth/viewer";
import { executeAction, type ActionDefinition } from "./execute-action";
import type { ActionResult } from "./result";

/**
 * The only way to build a server action: reads the session (checked against the database),
 * parses the input with the shared zod schema, then runs the mutation, which checks the
 * permission for the case it touches. A request without a valid session never reaches `run`.
 */
export function authedAction<S extends z.ZodType, T>(action: ActionDefinition<S, T>) {
  return async (input: unknown): Promise<ActionResult<T>> => executeAction(await getViewer(), action, input);
}
