import { SectionBackLink } from "@/components/workspace/section-back-link";
import type { SectionViewProps } from "@/lib/cases/sections";

// A stand-in so the section's item route compiles: the file-page helper's branch replaces this
// file with the file's own page (preview, custody log, verify, delete and restore, versions).
export async function EvidenceFilePage({ slug }: SectionViewProps & { itemId: string }) {
  return <SectionBackLink slug={slug} section="evidence" />;
}
