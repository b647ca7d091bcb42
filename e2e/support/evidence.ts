// Putting a file into a case's evidence as the signed-in user, the way the Evidence section's
// upload panel sends it: the bytes as the body, the record's fields in the query string.
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

export interface EvidenceUpload {
  title: string;
  fileName: string;
  /** The Content-Type the browser would declare. */
  type: string;
  body: Buffer | string;
  kind?: string;
  receivedOn?: string;
}

/** What the upload route answers with 201. */
export interface UploadedEvidence {
  id: string;
  sha256: string;
  extraction: string;
}

/** Uploads and answers the new record (fails the test unless the server answers 201). */
export async function uploadEvidenceFile(page: Page, slug: string, file: EvidenceUpload): Promise<UploadedEvidence> {
  const query = new URLSearchParams({ title: file.title, fileName: file.fileName, kind: file.kind ?? "other", ...(file.receivedOn ? { receivedOn: file.receivedOn } : {}) });
  const response = await page.request.post(`/api/cases/${slug}/evidence?${query}`, { data: Buffer.from(file.body), headers: { "content-type": file.type } });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as UploadedEvidence;
}
