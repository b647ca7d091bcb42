// A token's scopes narrow what its owner may do; they never widen it. Each scope names the
// actions of the permission table (lib/auth/permissions.ts) it lets a token use; the table then
// decides with the owner's role and case assignments, exactly as for the owner's own session.
import { can, type Action, type CaseAccess, type Viewer } from "@/lib/auth/permissions";

export const API_SCOPES = ["cases:read", "cases:write", "series:write", "evidence:write", "publications:read", "webhooks:manage"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const SCOPE_ACTIONS: Record<ApiScope, readonly Action[]> = {
  "cases:read": ["case.list", "case.view"],
  "cases:write": ["case.create", "record.edit"],
  "series:write": ["series.import"],
  "evidence:write": ["evidence.upload"],
  "publications:read": ["case.view"],
  // One's own subscriptions; an administrator's token reaches every user's, as their page does.
  "webhooks:manage": ["webhook.manage", "webhook.manageAll"],
};

/** The one rule: the token holds `scope`, the scope covers `action`, and the owner may do it on `target`. */
export function tokenMay(options: { viewer: Viewer; scopes: readonly string[]; scope: ApiScope; action: Action; target?: CaseAccess }): boolean {
  const { viewer, scopes, scope, action, target } = options;
  return scopes.includes(scope) && SCOPE_ACTIONS[scope].includes(action) && can(viewer, action, target);
}
