import { apiDocument } from "@/lib/api/openapi/api-document";

// GET /api/v1/openapi.json: the API's OpenAPI 3.1 description, generated from the zod schemas
// the routes check. Public: it describes the API, not any case.
export const GET = async () => Response.json(apiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
