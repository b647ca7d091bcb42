// Puts a file into a case's evidence as an officer would (the real upload path, into the given store).
import { Readable } from "node:stream";
import type { Viewer } from "@/lib/auth/permissions";
import type { BlobStore } from "@/lib/evidence/evidence-store";
import { uploadEvidence } from "@/lib/evidence/upload-evidence";

export function addEvidence(options: { store: BlobStore; viewer: Viewer; incidentId: string; bytes: Buffer; fileName: string; title: string; declaredType?: string }) {
  return uploadEvidence({
    store: options.store,
    viewer: options.viewer,
    incidentId: options.incidentId,
    metadata: {
      title: options.title,
      titleKo: null,
      description: null,
      descriptionKo: null,
      kind: "inspection_report",
      receivedOn: new Date("2024-08-13T00:00:00Z"),
      providedBy: "Financial Supervisory Service",
      sensitivity: "high",
      fileName: options.fileName,
      supersedesId: null,
    },
    declaredType: options.declaredType ?? "text/plain",
    source: Readable.from([options.bytes]),
    maxBytes: 200 * 1024 * 1024,
  });
}
