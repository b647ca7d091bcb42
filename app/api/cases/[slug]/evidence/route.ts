import { NextResponse } from "next/server";
import { ActionError } from "@/lib/actions/result";
import { evidenceMaxBytes, evidenceStore } from "@/lib/evidence/evidence-store";
import { uploadEvidenceQuery } from "@/lib/evidence/schema";
import { scheduleExtraction, scheduleStaleExtractionRetry } from "@/lib/evidence/extraction/schedule-extraction";
import { uploadEvidence } from "@/lib/evidence/upload-evidence";
import { caseRoute } from "@/lib/http/route-handler";
import { requestBodyReadable } from "@/lib/http/request-body-readable";

// POST /api/cases/<slug>/evidence?title=…&kind=…&fileName=…  (body: the file's bytes, as is)
// The file is the raw body so a browser's XMLHttpRequest can send a File and report upload
// progress (and abort it: the Cancel button); the record's fields travel in the query string.
// Answers 201 with the new record (its text extraction `pending`, run after the answer), or
// 400/413 with a message key under evidence.errors.
export const POST = caseRoute({ query: uploadEvidenceQuery, permission: "evidence.upload", sameOriginOnly: true }, async ({ request, viewer, query, found }) => {
  const maxBytes = evidenceMaxBytes();
  const tooLarge = () => NextResponse.json({ error: "invalid", message: `The file is larger than ${maxBytes / 1024 / 1024} MB.`, fieldErrors: { file: ["evidence.errors.tooLarge"] } }, { status: 413 });
  // A declared length over the limit is refused before a byte is read; the store enforces the limit again while streaming.
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) return tooLarge();
  if (!request.body) return NextResponse.json({ error: "invalid", message: "The file is empty.", fieldErrors: { file: ["evidence.errors.empty"] } }, { status: 400 });
  try {
    const uploaded = await uploadEvidence({
      store: evidenceStore(),
      viewer,
      incidentId: found.incident.id,
      metadata: query,
      declaredType: request.headers.get("content-type"),
      source: requestBodyReadable(request.body),
      maxBytes,
      signal: request.signal,
    });
    // The record is committed: its text is extracted after this answer (state `pending` until then).
    if (uploaded.extraction === "pending") scheduleExtraction(uploaded.id);
    scheduleStaleExtractionRetry();
    return NextResponse.json(uploaded, { status: 201 });
  } catch (error) {
    if (error instanceof ActionError && error.fieldErrors?.file?.[0] === "evidence.errors.tooLarge") return tooLarge();
    throw error;
  }
});
