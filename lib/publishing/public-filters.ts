// The public case list's search and filters, over published snapshots only. Pure: the page, the
// tests and any later API share it. The URL holds the filters, so a filtered list is a link.
import { z } from "zod";
import { PUBLIC_STAGES } from "./public-stage";

export const publicFiltersSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  stage: z.enum(PUBLIC_STAGES).optional().catch(undefined),
  category: z.string().trim().max(200).optional().catch(undefined),
  year: z.coerce.number().int().min(1990).max(2100).optional().catch(undefined),
});
export type PublicFilters = z.output<typeof publicFiltersSchema>;

interface Filterable {
  title: string;
  titleKo: string | null;
  summary: string;
  summaryKo: string | null;
  stage: string | null;
  publishedAt: Date;
  dataCategories: { name: string; nameKo: string | null }[];
  investigated: { name: string; nameKo: string | null };
}

const fold = (s: string) => s.normalize("NFC").toLowerCase();

export function filterPublishedCases<T extends Filterable>(cases: T[], filters: PublicFilters): T[] {
  const words = filters.q ? fold(filters.q).split(/\s+/).filter(Boolean) : [];
  return cases.filter((c) => {
    if (filters.stage && c.stage !== filters.stage) return false;
    if (filters.category && !c.dataCategories.some((d) => d.name === filters.category || d.nameKo === filters.category)) return false;
    if (filters.year && c.publishedAt.getUTCFullYear() !== filters.year) return false;
    if (words.length > 0) {
      const text = fold([c.title, c.titleKo, c.summary, c.summaryKo, c.investigated.name, c.investigated.nameKo].filter(Boolean).join(" "));
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
}
