// The open-data document of a published summary: the snapshot as published, with its version
// history. GET /cases/<slug>.json serves it whole (its JSON Schema: published-case-schema.ts);
// the zip (open-data-zip.ts) cuts it into tidy tables. Pure, so tests reach it directly.
import type { PublicSnapshot } from "./snapshot";

export interface PublishedDocument {
  version: number;
  publishedAt: string;
  history: { number: number; publishedAt: string; correctionNote: string | null; corrections: { figure: "people" | "records"; previous: number; current: number }[] }[];
  case: PublicSnapshot;
}

/** The document of a published case as `getPublishedCase` reads it. */
export function publishedDocument(published: {
  version: number;
  publishedAt: Date;
  history: { number: number; publishedAt: Date; correctionNote: string | null; corrections: PublishedDocument["history"][number]["corrections"] }[];
  raw: PublicSnapshot;
}): PublishedDocument {
  return {
    version: published.version,
    publishedAt: published.publishedAt.toISOString(),
    history: published.history.map((h) => ({ ...h, publishedAt: h.publishedAt.toISOString() })),
    case: published.raw,
  };
}
