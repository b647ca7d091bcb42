import "server-only";
import type { z } from "zod";
import { executeAction, type ActionDefinition } from "@/lib/actions/execute-action";
import { afterCaseChange } from "@/lib/actions/revalidate-case";
import type { ApiScope } from "@/lib/api-tokens/scopes";
import type { Action } from "@/lib/auth/permissions";
import { actionResponse, versionFromIfMatch } from "./action-response";
import { apiCaseRoute } from "./api-route";
import { problemResponse } from "./problem";

/**
 * A POST that adds an item to the case through the section's own definition (the same schema,
 * permission check and audit as the server action): the case comes from the address, never the
 * body. `versioned`: the write needs `If-Match` with the version it was based on (412 when stale).
 */
export function caseItemWrite<S extends z.ZodType, T>(options: {
  definition: ActionDefinition<S, T>;
  scope?: ApiScope;
  action?: Action;
  /** An item of the case named in the address (an estimate to revise): its segment, the input field, and whether it is this case's. */
  item?: { param: string; field: string; belongs: (incidentId: string, itemId: string) => Promise<boolean> };
  versioned?: boolean;
  present?: (data: T) => unknown;
  summary: string;
}) {
  const reserved = ["incidentId", ...(options.item ? [options.item.field] : []), ...(options.versioned ? ["version"] : [])];
  return apiCaseRoute<undefined, { slug: string } & Record<string, string>>(
    {
      scope: options.scope ?? "cases:write",
      action: options.action ?? "record.edit",
      body: { schema: options.definition.schema, reserved },
      ifMatch: options.versioned,
      summary: options.summary,
      success: { status: 201, description: "Created." },
    },
    async ({ request, viewer, body, params, found }) => {
      const input: Record<string, unknown> = { ...body, incidentId: found.incident.id };
      if (options.item) {
        const itemId = params[options.item.param] ?? "";
        if (!(await options.item.belongs(found.incident.id, itemId))) return problemResponse("not-found", "No such item in this case.");
        input[options.item.field] = itemId;
      }
      if (options.versioned) {
        const version = versionFromIfMatch(request);
        if (version instanceof Response) return version;
        input.version = version;
      }
      return actionResponse(afterCaseChange(await executeAction(viewer, options.definition, input)), { status: 201, present: options.present });
    },
  );
}
