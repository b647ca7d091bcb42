import { referencePageHtml } from "@/lib/api/openapi/reference-page";

// GET /api/v1/reference: a readable reference of the API (Scalar, served locally).
export const GET = async () =>
  new Response(referencePageHtml({ title: "Casefile API reference" }), { headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=300" } });
