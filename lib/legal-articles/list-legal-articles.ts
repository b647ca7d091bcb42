import "server-only";
import { prisma } from "@/lib/db/prisma";

export interface LegalArticleChoice {
  id: string;
  lawCode: string;
  lawName: string;
  lawNameKo: string | null;
  number: string;
  title: string | null;
  titleKo: string | null;
  url: string | null;
}

const CHOICE = { id: true, lawCode: true, lawName: true, lawNameKo: true, number: true, title: true, titleKo: true, url: true } as const;

/**
 * The whole library, by law and article. It is a few hundred rows at most (the articles an
 * authority cites), so the picker searches it in the browser, in both languages, without a round trip.
 */
export async function listLegalArticles(): Promise<LegalArticleChoice[]> {
  const rows = await prisma.legalArticle.findMany({ select: CHOICE, orderBy: [{ lawCode: "asc" }, { numberKey: "asc" }] });
  return rows.sort((a, b) => a.lawCode.localeCompare(b.lawCode) || a.number.localeCompare(b.number, "en", { numeric: true }));
}

/** One article for its edit form, with its version. */
export function getLegalArticle(id: string) {
  return prisma.legalArticle.findUnique({ where: { id } });
}
