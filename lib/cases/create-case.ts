import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineAction } from "@/lib/actions/execute-action";
import { refuseField } from "@/lib/actions/result";
import { requireJurisdiction } from "@/lib/jurisdictions/require-jurisdiction";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { assertCan } from "@/lib/auth/assert-can";
import type { Viewer } from "@/lib/auth/permissions";
import { actorOf, recordAudit } from "@/lib/audit/record-audit";
import { auditOrganizationCreated, resolveOrganization } from "@/lib/organisations/resolve-organization";
import { writeAssignment } from "@/lib/users/mutations";
import { writeArticleLinks } from "@/lib/legal-articles/links";
import { draftOf, findPossibleDuplicates } from "./find-possible-duplicates";
import { createCaseSchema, type CreateCaseInput } from "./schema";
import { emitWebhookEvent } from "@/lib/webhooks/emit";

type Tx = Prisma.TransactionClient;

/** Refuses a slug another case holds. Deleted cases keep their slug (they can be restored), so they count. */
export async function requireFreeSlug(tx: Tx, slug: string): Promise<void> {
  if (await tx.incident.findUnique({ where: { slug }, select: { id: true } })) refuseField("slug", "validation.slug.taken");
}

/**
 * Runs a write of a case's slug: a unique-index violation is the slug, taken by someone who
 * saved between the check and the write (a case's other unique keys are fresh ids).
 */
export async function refusingTakenSlug<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) refuseField("slug", "validation.slug.taken");
    throw error;
  }
}

/** The officers to assign: each an active case officer, or the form is refused; staffing is the viewer's to do. */
async function requireOfficers(tx: Tx, viewer: Viewer, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  assertCan(viewer, "assignment.manage");
  const officers = await tx.user.findMany({ where: { id: { in: unique }, role: "case_officer", active: true }, select: { id: true, email: true } });
  if (officers.length !== unique.length) refuseField("officerIds", "validation.case.officers");
  return officers;
}

/**
 * Opens a case in the `reported` state: the organisations it names (any created inline), the
 * case, its officers, and an audit row for each, in one transaction. When open cases look like
 * the same one, the regulator must have confirmed that this is a new case.
 */
async function createCase(viewer: Viewer, input: CreateCaseInput) {
  assertCan(viewer, "case.create");
  return refusingTakenSlug(() =>
    prisma.$transaction(async (tx) => {
      await requireFreeSlug(tx, input.slug);
      await requireJurisdiction(tx, input.jurisdiction);
      const officers = await requireOfficers(tx, viewer, input.officerIds);
      const investigated = await resolveOrganization(tx, input.investigated, "investigated");
      const authority = input.authority ? await resolveOrganization(tx, input.authority, "authority") : null;
      if (!input.confirmedNew) {
        const duplicates = await findPossibleDuplicates(tx, viewer, draftOf({ ...input, organizationId: investigated.id }));
        if (duplicates.total > 0) refuseField("confirmedNew", "validation.case.confirmNew");
      }
      const { investigated: _i, authority: _a, officerIds: _o, confirmedNew: _c, articleIds, ...fields } = input;
      const incident = await tx.incident.create({
        data: { ...fields, investigatedOrgId: investigated.id, authorityId: authority?.id ?? null, workflowState: "reported", visibility: "internal" },
      });
      await auditOrganizationCreated(tx, viewer, investigated.created, incident.id);
      await auditOrganizationCreated(tx, viewer, authority?.created ?? null, incident.id);
      const articles = await writeArticleLinks(tx, "incident", incident.id, articleIds ?? []);
      await recordAudit(tx, { actor: actorOf(viewer), action: "incident.created", entityType: "incident", entityId: incident.id, incidentId: incident.id, after: { ...incident, articles } });
      for (const officer of officers) await writeAssignment(tx, viewer, incident, officer);
      await emitWebhookEvent(tx, { type: "case.opened", incidentId: incident.id });
      return { id: incident.id, slug: incident.slug };
    }),
  );
}

export const createCaseAction = defineAction(createCaseSchema, createCase);
