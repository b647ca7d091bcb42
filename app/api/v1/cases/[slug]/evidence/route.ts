import { ActionError } from "@/lib/actions/result";
import { actionErrorProblem } from "@/lib/api/action-response";
import { apiCaseRoute } from "@/lib/api/api-route";
import { problemResponse } from "@/lib/api/problem";
import { evidenceMaxBytes, evidenceStore } from "@/lib/evidence/evidence-store";
import { scheduleExtraction, scheduleStaleExtractionRetry } from "@/lib/evidence/extraction/schedule-extraction";
import { uploadEvidenceQuery } from "@/lib/evidence/schema";
import { uploadEvidence } from "@/lib/evidence/upload-evidence";
import { requestBodyReadable } from "@/lib/http/request-body-readable";

// POST /api/v1/cases/<slug>/evidence?title=…&kind=…&fileName=…  (body: the file's bytes)
// The workspace's upload path (uploadEvidence: streamed, hashed, size-limited, audited).
export const POST = apiCaseRoute(
  { scope: "evidence:write", action: "evidence.upload", query: uploadEvidenceQuery, summary: "Upload an evidence file (raw bytes; record fields in the query)", rawBody: { contentType: "application/octet-stream", description: "The file's bytes, as they are." }, success: { status: 201, description: "The file's record." } },
  async ({ request, viewer, query, found }) => {
    const maxBytes = evidenceMaxBytes();
    if (Number(request.headers.get("content-length") ?? 0) > maxBytes) return problemResponse("body-too-large", `The file may be at most ${maxBytes} bytes.`);
    if (!request.body) return problemResponse("invalid-body", "The file is empty.");
    try {
      const uploaded = await uploadEvidence({ store: evidenceStore(), viewer, incidentId: found.incident.id, metadata: query, declaredType: request.headers.get("content-type"), source: requestBodyReadable(request.body), maxBytes, signal: request.signal });
      if (uploaded.extraction === "pending") scheduleExtraction(uploaded.id);
      scheduleStaleExtractionRetry();
      return Response.json(uploaded, { status: 201 });
    } catch (error) {
      if (error instanceof ActionError && error.fieldErrors?.file?.[0] === "evidence.errors.tooLarge") return problemResponse("body-too-large", `The file may be at most ${maxBytes} bytes.`);
      if (error instanceof ActionError) return actionErrorProblem(error);
      throw error;
    }
  },
);
