import "server-only";
import { defineAction } from "@/lib/actions/execute-action";
import type { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import type { Incident } from "@/lib/generated/prisma/client";
import { fail, refuseField } from "@/lib/actions/result";
import { requireJurisdiction } from "@/lib/jurisdictions/require-jurisdiction";
import { can, type Viewer } from "@/lib/auth/permissions";
import { auditOrganizationCreated, resolveOrganization } from "@/lib/organisations/resolve-organization";
import { requireCaseAction } from "./case-guard";
import { readArticleLinks, writeArticleLinks } from "@/lib/legal-articles/links";
import { slugIsFixed } from "./slug-is-fixed";
import { createCaseAction, refusingTakenSlug, requireFreeSlug } from "./create-case";
import { caseRefSchema, updateCaseSchema } from "./schema";
import { versionedItems } from "./versioned-items";

const cases = versionedItems<Incident>({ model: "incident", entityType: "incident", noun: "case", section: "overview", caseIdOf: (row) => row.id });

/** Saves the case's details at the version the form was filled from; the slug only while nothing was published. */
async function updateCase(viewer: Viewer, input: z.output<typeof updateCaseSchema>) {
  return refusingTakenSlug(() =>
    prisma.$transaction(async (tx) => {
      const before = await cases.loadLive(tx, input.incidentId);
      await requireCaseAction(tx, viewer, before.id, "case.edit");
      const { incidentId: _id, version, slug, investigated, authority, articleIds, ...fields } = input;
      const data: Record<string, unknown> = { ...fields };
      if (fields.jurisdiction !== undefined) await requireJurisdiction(tx, fields.jurisdiction);
      if (slug !== undefined && slug !== before.slug) {
        if (await slugIsFixed(tx, before.id)) refuseField("slug", "validation.slug.locked");
        await requireFreeSlug(tx, slug);
        data.slug = slug;
      }
      const investigatedOrg = investigated ? await resolveOrganization(tx, investigated, "investigated") : null;
      if (investigatedOrg) data.investigatedOrgId = investigatedOrg.id;
      const authorityOrg = authority ? await resolveOrganization(tx, authority, "authority") : null;
      if (authority !== undefined) data.authorityId = authorityOrg?.id ?? null;
      const articlesBefore = articleIds ? await readArticleLinks(tx, "incident", before.id) : undefined;
      const after = await cases.saveVersioned(tx, { id: before.id, version, data });
      const linked = articleIds ? { before: articlesBefore && { articles: articlesBefore }, after: { articles: await writeArticleLinks(tx, "incident", before.id, articleIds) } } : undefined;
      await auditOrganizationCreated(tx, viewer, investigatedOrg?.created ?? null, before.id);
      await auditOrganizationCreated(tx, viewer, authorityOrg?.created ?? null, before.id);
      await cases.audit(tx, viewer, "updated", before, after, linked);
      return after;
    }),
  );
}

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
  create: createCaseAction,
  update: defineAction(updateCaseSchema, updateCase),
  delete: cases.deleteActions("incidentId", caseRefSchema).delete,
  restore: defineAction(caseRefSchema, restoreCase),
};
