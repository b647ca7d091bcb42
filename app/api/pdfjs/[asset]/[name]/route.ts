import { readFile } from "node:fs/promises";
import path from "node:path";
import { pdfjsAssetsDir } from "@/lib/evidence/pdfjs-assets";
import { viewerRoute, notFoundResponse } from "@/lib/http/route-handler";

// GET /api/pdfjs/cmaps/<name>.bcmap and /api/pdfjs/standard_fonts/<name>: the character maps and
// standard fonts pdf.js reads when a PDF names a font it does not embed (Korean documents often
// use predefined CJK CMaps such as UniKS-UCS2-H). Served from the installed pdfjs-dist, so the
// preview never reaches another site; for signed-in users, who are the only ones who preview.
const ASSETS = { cmaps: /^[A-Za-z0-9_.-]+\.bcmap$/, standard_fonts: /^[A-Za-z0-9_-]+\.(pfb|ttf)$/ } as const;

export const GET = viewerRoute<undefined, { asset: string; name: string }>({}, async ({ params }) => {
  const pattern = ASSETS[params.asset as keyof typeof ASSETS];
  if (!pattern || !pattern.test(params.name)) return notFoundResponse();
  const bytes = await readFile(path.join(pdfjsAssetsDir(), params.asset, params.name)).catch(() => null);
  if (!bytes) return notFoundResponse();
  return new Response(new Uint8Array(bytes), {
    headers: { "Content-Type": "application/octet-stream", "Cache-Control": "private, max-age=86400, immutable", "X-Content-Type-Options": "nosniff" },
  });
});
