import { ActionError } from "@/lib/actions/result";
import { can, type Action, type CaseAccess, type Viewer } from "./permissions";

/**
 * Throws unless the viewer may act. For a case the viewer may not see, the answer is "not
 * found", never "forbidden", so nobody can learn which cases exist.
 */
export function assertCan(viewer: Viewer | null, action: Action, target?: CaseAccess): asserts viewer is Viewer {
  if (!viewer) throw new ActionError("unauthenticated", "Sign in first.");
  if (can(viewer, action, target)) return;
  if (target && !can(viewer, "case.view", target)) throw new ActionError("not_found", "No such case.");
  throw new ActionError("forbidden", "You are not allowed to do this.");
}
