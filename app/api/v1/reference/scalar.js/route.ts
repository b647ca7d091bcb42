import { readFile } from "node:fs/promises";
import { scalarBundlePath } from "@/lib/api/openapi/reference-page";

// GET /api/v1/reference/scalar.js: Scalar's standalone bundle from node_modules (same origin, no CDN).
export const GET = async () =>
  new Response(new Uint8Array(await readFile(scalarBundlePath())), {
    headers: { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "public, max-age=86400", "X-Content-Type-Options": "nosniff" },
  });
