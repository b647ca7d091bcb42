import "server-only";
import { revalidatePath } from "next/cache";

/** After any change to a case's contents: every page of the case workspace shows it next time. */
export function afterCaseChange<T>(result: T): T {
  revalidatePath("/[locale]/workspace/cases/[slug]", "layout");
  return result;
}
