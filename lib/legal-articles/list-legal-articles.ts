import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { CitedArticle } from "./format-citation";

export interface LegalArticleChoice extends CitedArticle {
  id: string;
}

/** By law, then by article in reading order (2 before 17, 17 before 17-2). */
const byLawAndNumber = (a: LegalArticleChoice, b: LegalArticleChoice) => a.lawCode.localeCompare(b.lawCode) || a.number.localeCompare(b.number, "en", { numeric: true });

const CHOICE = { id: true, lawCode: true, lawName: true, lawNameKo: true, number: true, title: true, titleKo: true, url: true } as const;

/**
 * The whole library, by law and article. It is a few hundred rows at most (the articles an
 * authority cites), so the picker searches it in the browser, in both languages, without a round trip.
 */
export async function listLegalArticles(): Promise<LegalArticleChoice[]> {
  const rows = await prisma.legalArticle.findMany({ select: CHOICE });
  return rows.sort(byLawAndNumber);
}

/** The library page's rows: the choices plus what its edit forms need. */
export async function listLibrary(): Promise<(LegalArticleChoice & { version: number; lawVersion: string | null })[]> {
  const rows = await prisma.legalArticle.findMany({ select: { ...CHOICE, version: true, lawVersion: true } });
  return rows.sort(byLawAndNumber);
}
