import "server-only";
import type { Prisma, Statement } from "@/lib/generated/prisma/client";
import { versionedItems } from "@/lib/cases/versioned-items";
import { citesSource } from "@/lib/sources/citation";
import { requireCaseParty } from "./parties";
import { createStatementSchema, statementRefSchema, updateStatementSchema } from "./schema";

/** A statement cites one of the case's live sources and is made by one of the case's organisations. */
async function checkStatement(tx: Prisma.TransactionClient, input: { incidentId: string; data: Record<string, unknown>; before?: Record<string, unknown> }) {
  await citesSource(tx, input);
  await requireCaseParty(tx, input.incidentId, input.data.organizationId, input.before?.organizationId);
}

const statements = versionedItems<Statement, "statement">({ model: "statement", entityType: "statement", noun: "statement", section: "statements", checkInput: checkStatement });

/** Each statement mutation with its schema: wrapped as server actions in actions.ts, driven directly by tests. */
export const statementActions = {
  create: statements.createAction(createStatementSchema),
  update: statements.updateAction("statementId", updateStatementSchema),
  ...statements.deleteActions("statementId", statementRefSchema),
};
