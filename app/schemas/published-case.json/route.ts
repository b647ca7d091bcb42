import { publicRoute } from "@/lib/http/route-handler";
import { publishedCaseJsonSchema } from "@/lib/publishing/published-case-schema";

// GET /schemas/published-case.json: the JSON Schema (Draft 2020-12) of GET /cases/<slug>.json,
// derived from the zod schema the tests hold every published snapshot to.
export const GET = publicRoute({}, async ({ request }) =>
  new Response(`${JSON.stringify(publishedCaseJsonSchema(request.nextUrl.origin), null, 2)}\n`, {
    headers: { "Content-Type": "application/schema+json; charset=utf-8", "Cache-Control": "public, max-age=60" },
  }),
);
