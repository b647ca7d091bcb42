import { NextResponse } from "next/server";
import { z } from "zod";
import { importCaseFile, type ImportOutcome } from "@/lib/case-import/import-case-file";
import { problem } from "@/lib/case-import/case-file-problems";
import { readBodyAtMost } from "@/lib/http/read-body";
import { CASE_FILE_IMPORT_MAX_BYTES } from "@/lib/http/request-limits";
import { viewerRoute } from "@/lib/http/route-handler";

// POST /api/cases/import?slug=…&fileName=…  (body: the export's case.json, as application/json)
// Opens a new case from a case file, or answers why not: the file's problems by JSON path (400,
// or 413 for a file over the limit), an address in use (409) or not valid (400). Nothing is
// written unless the whole file is good; the new case's creation is audited with it.
const query = z.object({
  slug: z.string().max(200).optional().transform((slug) => (slug?.trim() ? slug.trim() : null)),
  fileName: z.string().optional().transform((name) => (name ? name.slice(0, 200) : null)),
});

const STATUS: Record<Exclude<ImportOutcome, { ok: true }>["reason"], number> = { invalid: 400, slugInvalid: 400, slugTaken: 409 };

export const POST = viewerRoute({ query, permission: "case.create", sameOriginOnly: true }, async ({ request, viewer, query: { slug, fileName } }) => {
  // A cross-site form cannot send application/json without a CORS preflight, which this route never grants.
  if (!request.headers.get("content-type")?.startsWith("application/json")) {
    return NextResponse.json({ error: "invalid", message: "Send the case file as application/json." }, { status: 415 });
  }
  const bytes = await readBodyAtMost(request, CASE_FILE_IMPORT_MAX_BYTES);
  if (bytes === "too large") {
    const tooLarge: ImportOutcome = { ok: false, reason: "invalid", problems: [problem("", "fileTooLarge", { maxMb: CASE_FILE_IMPORT_MAX_BYTES / 1024 / 1024 })], more: 0 };
    return NextResponse.json(tooLarge, { status: 413 });
  }
  const outcome = await importCaseFile(viewer, { bytes, fileName, slug });
  return NextResponse.json(outcome, { status: outcome.ok ? 201 : STATUS[outcome.reason] });
});
