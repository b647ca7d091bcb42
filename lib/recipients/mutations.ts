import "server-only";
import type { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import type { IncidentRecipient } from "@/lib/generated/prisma/client";
import { defineAction } from "@/lib/actions/execute-action";
import { ActionError } from "@/lib/actions/result";
import type { Viewer } from "@/lib/auth/permissions";
import { requireCaseAction } from "@/lib/cases/case-guard";
import { versionedItems } from "@/lib/cases/versioned-items";
import { auditOrganizationCreated, resolveOrganization } from "@/lib/organisations/resolve-organization";
import { createRecipientSchema, recipientRefSchema, updateRecipientSchema } from "./schema";
import { isUniqueViolation } from "@/lib/db/unique-violation";

const recipients = versionedItems<IncidentRecipient>({ model: "incidentRecipient", entityType: "recipient", noun: "recipient", section: "recipients" });

/** What the form needs back: the item's id and version (a row's DECIMAL stake does not cross to the browser). */
const ref = (row: IncidentRecipient) => ({ id: row.id, version: row.version });

/** The partial unique index incident_recipients_live_org: one live row per organisation per case. */
async function oncePerCase<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ActionError("invalid", "This organisation is already a recipient in this case.", { organization: ["validation.recipient.duplicate"] });
    }
    throw error;
  }
}

async function createRecipient(viewer: Viewer, input: z.output<typeof createRecipientSchema>) {
  return oncePerCase(() =>
    prisma.$transaction(async (tx) => {
      await requireCaseAction(tx, viewer, input.incidentId, recipients.editPermission);
      const { incidentId, organization, ...fields } = input;
      const org = await resolveOrganization(tx, organization, "organization");
      const row = await tx.incidentRecipient.create({ data: { ...fields, incidentId, organizationId: org.id } });
      await auditOrganizationCreated(tx, viewer, org.created, incidentId);
      await recipients.audit(tx, viewer, "created", null, row);
      return ref(row);
    }),
  );
}

async function updateRecipient(viewer: Viewer, input: z.output<typeof updateRecipientSchema>) {
  return oncePerCase(() =>
    prisma.$transaction(async (tx) => {
      const before = await recipients.loadLive(tx, input.recipientId);
      await requireCaseAction(tx, viewer, before.incidentId, recipients.editPermission);
      const { recipientId, version, organization, ...fields } = input;
      const org = await resolveOrganization(tx, organization, "organization");
      const after = await recipients.saveVersioned(tx, { id: recipientId, version, data: { ...fields, organizationId: org.id } });
      await auditOrganizationCreated(tx, viewer, org.created, before.incidentId);
      await recipients.audit(tx, viewer, "updated", before, after);
      return ref(after);
    }),
  );
}

const removal = recipients.deleteActions("recipientId", recipientRefSchema);

/** Each recipient mutation with its schema: wrapped as server actions in actions.ts, driven directly by tests. */
export const recipientActions = {
  create: defineAction(createRecipientSchema, createRecipient),
  update: defineAction(updateRecipientSchema, updateRecipient),
  delete: defineAction(recipientRefSchema, async (viewer, input) => ref(await removal.delete.run(viewer, input))),
  // Restoring clashes when the organisation was added again meanwhile.
  restore: defineAction(recipientRefSchema, (viewer, input) => oncePerCase(async () => ref(await removal.restore.run(viewer, input)))),
};
