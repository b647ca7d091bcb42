import { NextResponse } from "next/server";
import { z } from "zod";
import { auditExport, caseFileJson, caseFileZip, loadCaseFile } from "@/lib/export/case-file";
import { caseRoute } from "@/lib/http/route-handler";

const query = z.object({ format: z.enum(["zip", "json"], { error: "Use zip or json." }).default("zip") });

// GET /api/cases/<slug>/export?format=zip|json — the whole case file, for those who may take it
// away (case.export: not administrators, who only read cases); every export is audited.
export const GET = caseRoute({ query, permission: "case.export" }, async ({ viewer, query: { format }, params: { slug }, found }) => {
  const file = await loadCaseFile(viewer, found.incident.id, found.access);
  await auditExport(viewer, found.incident.id, format);
  const stamp = new Date().toISOString().slice(0, 10);
  const headers = { "Cache-Control": "private, no-store", "Content-Disposition": `attachment; filename="${slug}-${stamp}.${format}"` };
  if (format === "json") return new NextResponse(caseFileJson(file), { headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
  return new NextResponse(Buffer.from(caseFileZip(file)), { headers: { ...headers, "Content-Type": "application/zip" } });
});
