import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { LegalArticleChoice } from "./list-legal-articles";

/** The library articles a case names as its legal bases, in the order picked. */
export async function listCaseArticles(incidentId: string): Promise<LegalArticleChoice[]> {
  const links = await prisma.incidentLegalArticle.findMany({
    where: { incidentId },
    orderBy: { position: "asc" },
    select: { article: { select: { id: true, lawCode: true, lawName: true, lawNameKo: true, number: true, title: true, titleKo: true, url: true } } },
  });
  return links.map((link) => link.article);
}
