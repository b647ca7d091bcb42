import { apiCaseRoute } from "@/lib/api/api-route";
import { readPublications } from "@/lib/api/read-case";

// GET /api/v1/cases/<slug>/publications: the public summary's versions that went out.
export const GET = apiCaseRoute({ scope: "publications:read", action: "case.view", summary: "Read the versions of the case's public summary that went out" }, async ({ found }) =>
  Response.json(await readPublications(found.incident.id), { headers: { "Cache-Control": "private, no-store" } }),
);
