import { NextResponse, type NextRequest } from "next/server";
import { getViewer } from "@/lib/auth/viewer";
import { auditExport, caseFileJson, caseFileZip, loadCaseFile } from "@/lib/export/case-file";
import { findCaseForViewer } from "@/lib/cases/case-access";
import { withDatabaseErrors } from "@/lib/db/database-errors-response";

// GET /api/cases/<slug>/export?format=zip|json — the whole case file, for those who may see the
// case; every export is audited.
export const GET = withDatabaseErrors(async (request: NextRequest, { params }: { params: Promise<{ slug: string }> }) => {
  const viewer = await getViewer();
  if (!viewer) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
  const { slug } = await params;
  const found = await findCaseForViewer(viewer, slug);
  if (!found) return NextResponse.json({ error: "not_found" }, { status: 404 });
  const format = request.nextUrl.searchParams.get("format") ?? "zip";
  if (format !== "zip" && format !== "json") return NextResponse.json({ error: "invalid", fieldErrors: { format: ["Use zip or json."] } }, { status: 400 });

  const file = await loadCaseFile(found.incident.id);
  await auditExport(viewer, found.incident.id, format);
  const stamp = new Date().toISOString().slice(0, 10);
  const headers = { "Cache-Control": "private, no-store", "Content-Disposition": `attachment; filename="${slug}-${stamp}.${format}"` };
  if (format === "json") return new NextResponse(caseFileJson(file), { headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
  return new NextResponse(Buffer.from(caseFileZip(file)), { headers: { ...headers, "Content-Type": "application/zip" } });
});
