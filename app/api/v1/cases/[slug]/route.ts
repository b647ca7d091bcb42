import { apiCaseRoute } from "@/lib/api/api-route";
import { readCaseWithRecord } from "@/lib/api/read-case";

// GET /api/v1/cases/<slug>: the case and its record, as its owner's session would see them.
export const GET = apiCaseRoute({ scope: "cases:read", action: "case.view", summary: "Read a case with its record" }, async ({ viewer, found }) =>
  Response.json(await readCaseWithRecord(viewer, found), { headers: { "Cache-Control": "private, no-store", ETag: `"${found.incident.version}"` } }),
);
