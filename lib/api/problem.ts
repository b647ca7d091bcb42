// Every error of /api/v1 is an RFC 9457 problem document (application/problem+json) with a
// stable `type` URI: clients branch on `type`, people read `title` and `detail`. The list is
// the contract, documented in docs/api.md; a type is never renamed.
export const PROBLEMS = {
  "missing-token": { status: 401, title: "No API token" },
  "malformed-token": { status: 401, title: "Malformed API token" },
  "unknown-token": { status: 401, title: "Unknown API token" },
  "expired-token": { status: 401, title: "Expired API token" },
  "revoked-token": { status: 401, title: "Revoked API token" },
  "owner-inactive": { status: 401, title: "The token's owner is deactivated" },
  "insufficient-scope": { status: 403, title: "The token lacks the scope this needs" },
  forbidden: { status: 403, title: "Not allowed" },
  "not-found": { status: 404, title: "Not found" },
  "invalid-query": { status: 400, title: "Invalid query" },
  "invalid-body": { status: 400, title: "Invalid request body" },
  "unknown-fields": { status: 400, title: "Unknown fields in the request body" },
  "unsupported-media-type": { status: 415, title: "Unsupported content type" },
  "body-too-large": { status: 413, title: "Request body too large" },
  "precondition-required": { status: 428, title: "If-Match required" },
  "precondition-failed": { status: 412, title: "The item changed since that version" },
  conflict: { status: 409, title: "Conflict" },
  "rate-limited": { status: 429, title: "Too many requests" },
  unavailable: { status: 503, title: "Service unavailable" },
} as const;

export type ProblemType = keyof typeof PROBLEMS;

const PROBLEM_TYPE_BASE = "urn:casefile:problem:";
export const problemTypeUri = (type: ProblemType): string => `${PROBLEM_TYPE_BASE}${type}`;

interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail?: string;
  [extension: string]: unknown;
}

function problemDocument(type: ProblemType, detail?: string, extensions: Record<string, unknown> = {}): ProblemDocument {
  const { status, title } = PROBLEMS[type];
  return { type: problemTypeUri(type), title, status, ...(detail ? { detail } : {}), ...extensions };
}

export function problemResponse(type: ProblemType, detail?: string, options: { extensions?: Record<string, unknown>; headers?: HeadersInit } = {}): Response {
  const body = problemDocument(type, detail, options.extensions);
  const headers = new Headers(options.headers);
  headers.set("Content-Type", "application/problem+json");
  headers.set("Cache-Control", "no-store");
  return new Response(JSON.stringify(body), { status: body.status, headers });
}
