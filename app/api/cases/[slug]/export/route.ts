import { NextResponse } from "next/server";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { evidenceStore } from "@/lib/evidence/evidence-store";
import { auditExport, caseFileJson, caseFileZip, loadCaseFile } from "@/lib/export/case-file";
import { loadEvidenceBundle } from "@/lib/export/evidence-bundle";
import { caseRoute } from "@/lib/http/route-handler";

const query = z.object({ format: z.enum(["zip", "json"], { error: "Use zip or json." }).default("zip") });

// GET /api/cases/<slug>/export?format=zip|json — the whole case file, for those who may take it
// away (case.export: not administrators, who only read cases); every export is audited. The zip
// also carries the evidence files' bytes (for those who may download them) and a manifest,
// streamed: nothing the size of a file is held in memory.
export const GET = caseRoute({ query, permission: "case.export" }, async ({ viewer, query: { format }, params: { slug }, found }) => {
  const incidentId = found.incident.id;
  const file = await loadCaseFile(viewer, incidentId, found.access);
  const stamp = new Date().toISOString().slice(0, 10);
  const headers = { "Cache-Control": "private, no-store", "Content-Disposition": `attachment; filename="${slug}-${stamp}.${format}"` };
  if (format === "json") {
    await auditExport(viewer, { incidentId, format });
    return new NextResponse(caseFileJson(file), { headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
  }
  const store = evidenceStore();
  const bundle = can(viewer, "evidence.view", found.access) ? await loadEvidenceBundle({ incidentId, withBytes: can(viewer, "evidence.download", found.access), store }) : null;
  await auditExport(viewer, { incidentId, format, evidence: bundle });
  return new Response(caseFileZip(file, bundle && { bundle, store }), { headers: { ...headers, "Content-Type": "application/zip" } });
});
