import "server-only";
import type { z } from "zod";
import { defineAction } from "@/lib/actions/execute-action";
import { fail } from "@/lib/actions/result";
import type { Viewer } from "@/lib/auth/permissions";
import type { Finding } from "@/lib/generated/prisma/client";
import { versionedItems } from "@/lib/cases/versioned-items";
import { articleLinksOf } from "@/lib/legal-articles/links";
import { findingReferenceLinks } from "@/lib/evidence/finding-references";
import { citesSource } from "@/lib/sources/citation";
import { changeFindingStatusSchema, createFindingSchema, findingRefSchema, updateFindingSchema } from "./schema";
import { canChangeStatus } from "./status";

const findings = versionedItems<Finding, "finding">({ model: "finding", entityType: "finding", noun: "finding", section: "findings", checkInput: citesSource, links: [articleLinksOf("finding"), findingReferenceLinks] });

/** Confirming or withdrawing a finding is audited as what it is ("finding.confirmed"). */
function changeFindingStatus(viewer: Viewer, input: z.output<typeof changeFindingStatusSchema>) {
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

/** Each finding mutation with its schema: wrapped as server actions in actions.ts, driven directly by tests. */
export const findingActions = {
  create: findings.createAction(createFindingSchema, { createdBy: "authorId" }),
  update: findings.updateAction("findingId", updateFindingSchema),
  changeStatus: defineAction(changeFindingStatusSchema, changeFindingStatus),
  ...findings.deleteActions("findingId", findingRefSchema),
};
