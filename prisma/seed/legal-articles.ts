// The library articles the reference case cites. The article names no provision: these are the
// ones its findings plainly engage (personal credit information provided without consent, and
// a provision Kakao Pay defends as entrustment under its consignment agreement), recorded as an
// inference. Links go to the official register's search (law.go.kr), which survives amendments.
import type { Prisma } from "@/lib/generated/prisma/client";
import { lawByCode } from "@/lib/legal-articles/laws";

type Tx = Prisma.TransactionClient;

const CIUPA = lawByCode("CIUPA")!;

const REFERENCE_ARTICLES = {
  consent: {
    lawCode: CIUPA.code,
    lawName: CIUPA.name,
    lawNameKo: CIUPA.nameKo,
    number: "32",
    numberKey: "32",
    title: "Consent to the provision and use of personal credit information",
    titleKo: "개인신용정보의 제공·활용에 대한 동의",
    url: CIUPA.url,
  },
  entrustment: {
    lawCode: CIUPA.code,
    lawName: CIUPA.name,
    lawNameKo: CIUPA.nameKo,
    number: "17",
    numberKey: "17",
    title: "Entrustment of processing",
    titleKo: "처리의 위탁",
    url: CIUPA.url,
  },
} as const;

/** Puts the reference case's articles in the library (once; an existing one is kept as edited) and answers their ids. */
export async function seedLegalArticles(tx: Tx): Promise<Record<keyof typeof REFERENCE_ARTICLES, string>> {
  const ids = {} as Record<keyof typeof REFERENCE_ARTICLES, string>;
  for (const [key, article] of Object.entries(REFERENCE_ARTICLES) as [keyof typeof REFERENCE_ARTICLES, (typeof REFERENCE_ARTICLES)[keyof typeof REFERENCE_ARTICLES]][]) {
    const row = await tx.legalArticle.upsert({ where: { lawCode_numberKey: { lawCode: article.lawCode, numberKey: article.numberKey } }, update: {}, create: article });
    ids[key] = row.id;
  }
  return ids;
}
