import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { scheduleStaleExtractionRetry } from "@/lib/evidence/extraction/schedule-extraction";
import { searchEvidence } from "@/lib/evidence/search-evidence";
import { evidenceSearchQuery } from "@/lib/evidence/search-query";
import { EVIDENCE_TEXT_ACTION } from "@/lib/evidence/search-evidence-sql";
import { caseRoute } from "@/lib/http/route-handler";

// GET /api/cases/<slug>/evidence/search?q=…  → { words, hits: [{ fileId, title, page, snippet, … }], pending }
// Pages of the case's live evidence files holding every word, with a snippet around the first
// hit; `pending` counts the case's files whose text is not extracted yet (their words are not
// found until it is). A search also nudges extraction runs a restart lost. Snippets are the
// files' content: the viewer needs the right to download them (EVIDENCE_TEXT_ACTION).
export const GET = caseRoute({ query: evidenceSearchQuery, permission: EVIDENCE_TEXT_ACTION }, async ({ viewer, query, found }) => {
  scheduleStaleExtractionRetry();
  const incidentId = found.incident.id;
  const [result, pending] = await Promise.all([
    searchEvidence(viewer, { q: query.q, incidentId }),
    prisma.evidenceFile.count({ where: { incidentId, deletedAt: null, extraction: "pending" } }),
  ]);
  return NextResponse.json({ ...result, pending }, { headers: { "Cache-Control": "private, no-store" } });
});
