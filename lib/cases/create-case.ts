import "server-only";
import { prisma } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import { defineAction } from "@/lib/actions/execute-action";
import { ActionError } from "@/lib/actions/result";
import { assertCan } from "@/lib/auth/assert-can";
import type { Viewer } from "@/lib/auth/permissions";
import { actorOf, recordAudit } from "@/lib/audit/record-audit";
import { auditOrganizationCreated, resolveOrganization } from "@/lib/organisations/resolve-organization";
import { draftOf, findPossibleDuplicates } from "./find-possible-duplicates";
import { createCaseSchema, type CreateCaseInput } from "./schema";

type Tx = Prisma.TransactionClient;

export const refused = (field: string, key: string) => new ActionError("invalid", "Some fields need attention.", { [field]: [key] });

/**
 * A unique-index violation while a case is written: the slug, taken by someone who saved between
 * the pre-check and the insert (a case's other unique keys are fresh ids).
 */
export const isSlugClash = (error: unknown): boolean => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

async function requireFreeSlug(tx: Tx, slug: string) {
  // Deleted cases keep their slug (they can be restored), so they count.
  if (await tx.incident.findUnique({ where: { slug }, select: { id: true } })) throw refused("slug", "validation.slug.taken");
}

/** The officers to assign: each an active case officer, or the form is refused. */
async function requireOfficers(tx: Tx, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const officers = await tx.user.findMany({ where: { id: { in: unique }, role: "case_officer", active: true }, select: { id: true, email: true } });
  if (officers.length !== unique.length) throw refused("officerIds", "validation.case.officers");
  return officers;
}

/**
 * Opens a case in the `reported` state: the organisations it names (any created inline), the
 * case, its officers, and an audit row for each, in one transaction. When open cases look like
 * the same one, the regulator must have confirmed that this is a new case.
 */
async function createCase(viewer: Viewer, input: CreateCaseInput) {
  assertCan(viewer, "case.create");
  try {
    return await prisma.$transaction(async (tx) => {
      await requireFreeSlug(tx, input.slug);
      const officers = await requireOfficers(tx, input.officerIds);
      const investigated = await resolveOrganization(tx, input.investigated, "investigated");
      const authority = input.authority ? await resolveOrganization(tx, input.authority, "authority") : null;
      if (!input.confirmedNew) {
        const duplicates = await findPossibleDuplicates(tx, viewer, draftOf({ ...input, organizationId: investigated.id }));
        if (duplicates.total > 0) throw refused("confirmedNew", "validation.case.confirmNew");
      }
      const { investigated: _i, authority: _a, officerIds: _o, confirmedNew: _c, ...fields } = input;
      const incident = await tx.incident.create({
        data: { ...fields, investigatedOrgId: investigated.id, authorityId: authority?.id ?? null, workflowState: "reported", visibility: "internal" },
      });
      await auditOrganizationCreated(tx, viewer, investigated.created, incident.id);
      await auditOrganizationCreated(tx, viewer, authority?.created ?? null, incident.id);
      await recordAudit(tx, { actor: actorOf(viewer), action: "incident.created", entityType: "incident", entityId: incident.id, incidentId: incident.id, after: incident });
      for (const officer of officers) {
        await tx.caseAssignment.create({ data: { incidentId: incident.id, userId: officer.id, assignedById: viewer.id } });
        await recordAudit(tx, {
          actor: actorOf(viewer),
          action: "assignment.created",
          entityType: "case_assignment",
          entityId: `${incident.id}:${officer.id}`,
          incidentId: incident.id,
          after: { user: officer.email, case: incident.slug },
        });
      }
      return { id: incident.id, slug: incident.slug };
    });
  } catch (error) {
    if (isSlugClash(error)) throw refused("slug", "validation.slug.taken");
    throw error;
  }
}

export const createCaseAction = defineAction(createCaseSchema, createCase);
