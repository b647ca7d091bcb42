import "server-only";
// The ordered links from a finding, a case or a sanction to library articles: replaced as a whole
// when the item is saved, inside the item's transaction. The audit row lists them as citations.
import { refuseField } from "@/lib/actions/result";
import type { Prisma } from "@/lib/generated/prisma/client";
import { citationCode } from "./format-citation";

type Tx = Prisma.TransactionClient;
type LinkOwner = "finding" | "incident" | "sanction";

const ORDER = { position: "asc" } as const;
const WITH_ARTICLE = { article: { select: { lawCode: true, number: true } } } as const;

/** The kit's `links` for an owner kind (lib/cases/versioned-items.ts). */
export const articleLinksOf = (owner: LinkOwner) => ({
  field: "articleIds",
  write: (tx: Tx, ownerId: string, value: unknown) => writeArticleLinks(tx, owner, ownerId, value as string[]),
  read: (tx: Tx, ownerId: string) => readArticleLinks(tx, owner, ownerId),
});

/** The owner's citations, in order ("PIPA Art. 17(1)"), for audit rows. */
export async function readArticleLinks(tx: Tx, owner: LinkOwner, ownerId: string): Promise<string[]> {
  const rows =
    owner === "finding"
      ? await tx.findingLegalArticle.findMany({ where: { findingId: ownerId }, orderBy: ORDER, include: WITH_ARTICLE })
      : owner === "incident"
        ? await tx.incidentLegalArticle.findMany({ where: { incidentId: ownerId }, orderBy: ORDER, include: WITH_ARTICLE })
        : await tx.sanctionLegalArticle.findMany({ where: { sanctionId: ownerId }, orderBy: ORDER, include: WITH_ARTICLE });
  return rows.map((row) => citationCode(row.article));
}

/**
 * Replaces the owner's links with `articleIds`, in that order. An id that is not in the library
 * refuses the whole save (nothing is written), worded for the form's `articleIds` field.
 */
export async function writeArticleLinks(tx: Tx, owner: LinkOwner, ownerId: string, articleIds: readonly string[]): Promise<string[]> {
  const articles = articleIds.length ? await tx.legalArticle.findMany({ where: { id: { in: [...articleIds] } }, select: { id: true } }) : [];
  if (articles.length !== new Set(articleIds).size) refuseField("articleIds", "validation.legalArticle.missing");
  const rows = articleIds.map((articleId, position) => ({ articleId, position }));
  if (owner === "finding") {
    await tx.findingLegalArticle.deleteMany({ where: { findingId: ownerId } });
    await tx.findingLegalArticle.createMany({ data: rows.map((row) => ({ ...row, findingId: ownerId })) });
  } else if (owner === "incident") {
    await tx.incidentLegalArticle.deleteMany({ where: { incidentId: ownerId } });
    await tx.incidentLegalArticle.createMany({ data: rows.map((row) => ({ ...row, incidentId: ownerId })) });
  } else {
    await tx.sanctionLegalArticle.deleteMany({ where: { sanctionId: ownerId } });
    await tx.sanctionLegalArticle.createMany({ data: rows.map((row) => ({ ...row, sanctionId: ownerId })) });
  }
  return readArticleLinks(tx, owner, ownerId);
}
