// What the cross-case public pages (the sanctions tracker, statistics, company pages, feeds) read
// of each published case: its latest published snapshot, with the version's number and time.
// Everything here is computed from published versions only (listPublishedCases), never from the
// live tables, so a takedown removes a case from all of them at once.
import type { PublicSnapshot } from "@/lib/publishing/snapshot";

export interface PublishedCaseRef {
  raw: PublicSnapshot;
  version: number;
  publishedAt: Date;
}
