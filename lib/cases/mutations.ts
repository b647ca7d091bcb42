import "server-only";
import { defineAction } from "@/lib/actions/execute-action";
import type { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import type { Incident } from "@/lib/generated/prisma/client";
import { fail } from "@/lib/actions/result";
import { can, type Viewer } from "@/lib/auth/permissions";
import { caseRefSchema, updateCaseSchema } from "./schema";
import { versionedItems } from "./versioned-items";

const cases = versionedItems<Incident>({ model: "incident", entityType: "incident", noun: "case", section: "overview", caseIdOf: (row) => row.id });

/** A deleted case is restored by those who see every case (it has no live assignments to check). */
async function restoreCase(viewer: Viewer, input: z.output<typeof caseRefSchema>) {
  return prisma.$transaction(async (tx) => {
    const before = await cases.loadLive(tx, input.incidentId, { deleted: true });
    if (!can(viewer, "case.restore", { assignedUserIds: [] })) fail("not_found", "No such case.");
    const after = await cases.saveVersioned(tx, { id: before.id, version: input.version, data: { deletedAt: null }, deleted: true });
    await cases.audit(tx, viewer, "restored", before, after);
    return after;
  });
}

/** Deleting a case is soft: it disappears from lists and pages but is kept, and a regulator can restore it. */
export const caseActions = {
  update: cases.updateAction("incidentId", updateCaseSchema),
  delete: cases.deleteActions("incidentId", caseRefSchema).delete,
  restore: defineAction(caseRefSchema, restoreCase),
};
