import "server-only";
// Adding and editing library articles. Not tied to a case: the permission is the viewer's
// (article.add, article.edit), and the audit row has no case.
import { defineAction } from "@/lib/actions/execute-action";
import { fail, refuseField } from "@/lib/actions/result";
import { assertCan } from "@/lib/auth/assert-can";
import type { Viewer } from "@/lib/auth/permissions";
import { actorOf, recordAudit } from "@/lib/audit/record-audit";
import { conflictError } from "@/lib/cases/versioned-items";
import { prisma } from "@/lib/db/prisma";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import type { LegalArticle, Prisma } from "@/lib/generated/prisma/client";
import { normalizeArticleNumber } from "./citation";
import { createLegalArticleSchema, type CreateLegalArticleInput, updateLegalArticleSchema, type UpdateLegalArticleInput } from "./schema";

type Fields = CreateLegalArticleInput;

const columns = (input: Fields) => ({ ...input, numberKey: normalizeArticleNumber(input.number) ?? input.number });

/** The unique index decides (a check first would race): an article already in the library is refused on its number. */
async function refusingDuplicate<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) refuseField("number", "validation.legalArticle.exists");
    throw error;
  }
}

async function createLegalArticle(viewer: Viewer, input: CreateLegalArticleInput): Promise<LegalArticle> {
  assertCan(viewer, "article.add");
  return refusingDuplicate(() =>
    prisma.$transaction(async (tx) => {
      const article = await tx.legalArticle.create({ data: columns(input) });
      await recordAudit(tx, { actor: actorOf(viewer), action: "legal_article.created", entityType: "legal_article", entityId: article.id, after: article });
      return article;
    }),
  );
}

async function updateLegalArticle(viewer: Viewer, input: UpdateLegalArticleInput): Promise<LegalArticle> {
  assertCan(viewer, "article.edit");
  const { articleId, version, ...fields } = input;
  return refusingDuplicate(() =>
    prisma.$transaction(async (tx: Prisma.TransactionClient) => {
      const before = await tx.legalArticle.findUnique({ where: { id: articleId } });
      if (!before) return fail("not_found", "No such article.");
      // A decided sanction's citations are part of the decision (the sanctions guard triggers keep
      // its links): the article they name cannot be renumbered or moved to another law under it.
      const renamed = columns(fields).lawCode !== before.lawCode || columns(fields).numberKey !== before.numberKey;
      if (renamed && (await tx.sanctionLegalArticle.count({ where: { articleId, sanction: { status: { in: ["decided", "superseded"] } } } })) > 0) {
        refuseField("number", "validation.legalArticle.decided");
      }
      const { count } = await tx.legalArticle.updateMany({ where: { id: articleId, version }, data: { ...columns(fields), version: { increment: 1 } } });
      if (count === 0) throw await conflictError(tx, "legal_article", articleId, await tx.legalArticle.findUniqueOrThrow({ where: { id: articleId } }));
      const after = await tx.legalArticle.findUniqueOrThrow({ where: { id: articleId } });
      await recordAudit(tx, { actor: actorOf(viewer), action: "legal_article.updated", entityType: "legal_article", entityId: articleId, before, after });
      return after;
    }),
  );
}

/** Each library mutation with its schema: wrapped as server actions in actions.ts, driven directly by tests. */
export const legalArticleActions = {
  create: defineAction(createLegalArticleSchema, createLegalArticle),
  update: defineAction(updateLegalArticleSchema, updateLegalArticle),
};
