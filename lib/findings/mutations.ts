import "server-only";
import { defineAction } from "@/lib/actions/execute-action";
import type { z } from "zod";
import { fail } from "@/lib/actions/result";
import type { Viewer } from "@/lib/auth/permissions";
import type { Finding } from "@/lib/generated/prisma/client";
import { versionedItems } from "@/lib/cases/versioned-items";
import { changeFindingStatusSchema, createFindingSchema, findingRefSchema, updateFindingSchema } from "./schema";
import { canChangeStatus } from "./status";

const findings = versionedItems<Finding>({ model: "finding", entityType: "finding", noun: "finding", editPermission: "finding.edit" });

export function createFinding(viewer: Viewer, { incidentId, ...fields }: z.output<typeof createFindingSchema>) {
  return findings.create(viewer, { incidentId, data: { ...fields, authorId: viewer.id } });
}

export function updateFinding(viewer: Viewer, { findingId, version, ...fields }: z.output<typeof updateFindingSchema>) {
  return findings.update(viewer, { id: findingId, version, data: fields });
}

/** Confirming or withdrawing a finding is audited as what it is ("finding.confirmed"). */
export function changeFindingStatus(viewer: Viewer, input: z.output<typeof changeFindingStatusSchema>) {
  return findings.update(viewer, {
    id: input.findingId,
    version: input.version,
    data: { status: input.status, statusReason: input.reason },
    verb: input.status,
    check: (before) => {
      if (!canChangeStatus(before.status, input.status)) {
        const message = `A ${before.status} finding cannot become ${input.status}.`;
        fail("invalid", message, { status: [message] });
      }
    },
  });
}

export const deleteFinding = (viewer: Viewer, input: z.output<typeof findingRefSchema>) => findings.softDelete(viewer, { id: input.findingId, version: input.version });
export const restoreFinding = (viewer: Viewer, input: z.output<typeof findingRefSchema>) => findings.restore(viewer, { id: input.findingId, version: input.version });

/** Each finding mutation with its schema: wrapped as server actions in actions.ts, driven directly by tests. */
export const findingActions = {
  create: defineAction(createFindingSchema, createFinding),
  update: defineAction(updateFindingSchema, updateFinding),
  changeStatus: defineAction(changeFindingStatusSchema, changeFindingStatus),
  delete: defineAction(findingRefSchema, deleteFinding),
  restore: defineAction(findingRefSchema, restoreFinding),
};
