import "server-only";
import { revalidatePath } from "next/cache";
import type { ActionResult } from "./result";

/**
 * After a successful change to a case: every page of the case workspace shows it next time.
 * A refused save does not refresh the page, so a conflict panel stays on screen with the user's
 * unsaved text.
 */
export function afterCaseChange<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath("/[locale]/workspace/cases/[slug]", "layout");
  return result;
}
