// One file's trip to POST /api/cases/<slug>/evidence: the bytes as the raw body (so the browser
// reports progress and can abort), the record's fields in the query string. XMLHttpRequest, not
// fetch: fetch has no upload progress.
import { z } from "zod";

export interface UploadFields {
  title: string;
  titleKo: string;
  kind: string;
  receivedOn: string;
  providedBy: string;
  sensitivity: string;
  description: string;
  descriptionKo: string;
}

/** Why an upload failed, as a message key under `evidence.` with its values, or the server's own words per field. */
export type UploadFailure = { key: string; values?: Record<string, string | number> } | { fieldErrors: Record<string, string> };

/** Browsers and servers refuse very long addresses (Node: 16 KB of headers); long descriptions go in after the upload, through the record's form. */
export const MAX_UPLOAD_URL = 8_000;

export function uploadUrl(slug: string, fields: UploadFields, fileName: string): string {
  const query = new URLSearchParams({ fileName });
  for (const [name, value] of Object.entries(fields)) if (value.trim() !== "") query.set(name, value);
  return `/api/cases/${encodeURIComponent(slug)}/evidence?${query}`;
}

const refusal = z.object({ message: z.string().optional(), fieldErrors: z.record(z.string(), z.array(z.string()).optional()).optional() });

/** Reads the server's refusal: a file error is a key under evidence.errors (worded here in the page's language), a field error its message. */
export function readRefusal(status: number, body: string, maxMegabytes: number): UploadFailure {
  let parsed: z.infer<typeof refusal> | null = null;
  try {
    const result = refusal.safeParse(JSON.parse(body));
    parsed = result.success ? result.data : null;
  } catch {
    parsed = null;
  }
  const fileKey = parsed?.fieldErrors?.file?.[0];
  if (fileKey?.startsWith("evidence.errors.")) {
    const key = fileKey.slice("evidence.".length);
    if (key === "errors.tooLarge") return { key, values: { limit: maxMegabytes } };
    if (key === "errors.typeMismatch") {
      // The media types are named in the server's message: "… content (image/png) does not match its declared type (application/pdf)."
      const [found = "?", claimed = "?"] = [...(parsed?.message ?? "").matchAll(/\(([^()]+)\)/g)].map((m) => m[1]);
      return { key, values: { found, claimed } };
    }
    return { key };
  }
  if (status === 413) return { key: "errors.tooLarge", values: { limit: maxMegabytes } };
  const fieldErrors = Object.entries(parsed?.fieldErrors ?? {}).flatMap(([field, messages]) => (messages?.[0] ? [[field, messages[0]] as const] : []));
  if (fieldErrors.length > 0) return { fieldErrors: Object.fromEntries(fieldErrors) };
  if (status === 403 || status === 404 || status === 401) return { key: "upload.notAllowed" };
  return { key: "upload.failed" };
}

export interface UploadHandle {
  done: Promise<{ ok: true } | { ok: false; failure: UploadFailure }>;
  cancel: () => void;
}

/** Sends one file; `onProgress` gets 0–100. Cancelling aborts the request: the server keeps nothing of it. */
export function sendUpload(options: { url: string; file: File; maxMegabytes: number; onProgress: (percent: number) => void }): UploadHandle {
  const xhr = new XMLHttpRequest();
  const done = new Promise<{ ok: true } | { ok: false; failure: UploadFailure }>((resolve) => {
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress(Math.floor((event.loaded / event.total) * 100));
    };
    xhr.onload = () => resolve(xhr.status === 201 ? { ok: true } : { ok: false, failure: readRefusal(xhr.status, xhr.responseText, options.maxMegabytes) });
    xhr.onerror = () => resolve({ ok: false, failure: { key: "upload.networkFailed" } });
    xhr.onabort = () => resolve({ ok: false, failure: { key: "errors.cancelled" } });
    xhr.open("POST", options.url);
    xhr.send(options.file);
  });
  return { done, cancel: () => xhr.abort() };
}
