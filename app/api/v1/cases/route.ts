import { caseActions } from "@/lib/cases/mutations";
import { parseCaseListParams } from "@/lib/cases/case-list-query";
import { searchCases } from "@/lib/cases/search-cases";
import { executeAction } from "@/lib/actions/execute-action";
import { afterCaseChange } from "@/lib/actions/revalidate-case";
import { actionResponse } from "@/lib/api/action-response";
import { apiRoute } from "@/lib/api/api-route";

// GET /api/v1/cases?q=&state=&org=&recipient=&category=&from=&to=&dates=&clock=&sort=&cursor=&limit=
// The case list's own query and search (keyset paging: `nextCursor`), for the token's owner.
export const GET = apiRoute({ scope: "cases:read", action: "case.list", query: parseCaseListParams, summary: "List and search cases" }, async ({ viewer, query }) =>
  Response.json(await searchCases(viewer, query), { headers: { "Cache-Control": "private, no-store" } }),
);

// POST /api/v1/cases: opens a case through the new-case form's own definition.
export const POST = apiRoute({ scope: "cases:write", action: "case.create", body: { schema: caseActions.create.schema }, summary: "Open a case", success: { status: 201, description: "The case was opened." } }, async ({ viewer, body }) =>
  actionResponse(afterCaseChange(await executeAction(viewer, caseActions.create, body)), { status: 201 }),
);
