// The data the fuzz runs against: one user per role with a real session and cookie, a case the
// officer is assigned to with one of every item, and a published case with a series.
import { prisma } from "@/lib/db/prisma";
import { executeAction } from "@/lib/actions/execute-action";
import type { Viewer } from "@/lib/auth/permissions";
import { defaultSelection } from "@/lib/publishing/build-snapshot";
import { publishingActions } from "@/lib/publishing/mutations";
import { CASE_SECTIONS } from "@/lib/cases/sections";
import { makeCase, makeViewer } from "@/tests/support/factories";
import { SESSION_COOKIE, sessionCookie } from "./fake-request";

export const VIEWER_KINDS = ["anonymous", "forged cookie", "revoked session", "admin", "regulator", "officer", "unassigned officer"] as const;
export type ViewerKind = (typeof VIEWER_KINDS)[number];

export interface World {
  cookies: Record<ViewerKind, Record<string, string>>;
  viewers: Partial<Record<ViewerKind, Viewer>>;
  slugs: { assigned: string; published: string; deleted: string };
  /** Real ids to put into generated arguments, so some requests get past "not found". */
  ids: Record<string, string>;
}

async function cookieFor(viewer: Viewer) {
  return { [SESSION_COOKIE]: await sessionCookie({ userId: viewer.id, sessionId: viewer.sessionId, email: viewer.email }) };
}

export async function buildWorld(): Promise<World> {
  const [admin, regulator, regulator2, officer, unassigned, revoked] = await Promise.all([
    makeViewer("admin"),
    makeViewer("regulator"),
    makeViewer("regulator"),
    makeViewer("case_officer"),
    makeViewer("case_officer"),
    makeViewer("regulator"),
  ]);
  await prisma.userSession.update({ where: { id: revoked.sessionId }, data: { revokedAt: new Date() } });

  const assigned = await makeCase({ assignTo: [officer.id] });
  const id = assigned.id;
  // One item of every case section (the registry's sample, created through its own action), so
  // generated arguments can name a real item.
  const itemIds: Record<string, string> = {};
  for (const section of CASE_SECTIONS) {
    if (!section.sample || !section.actions || !section.itemIdKey) continue;
    const created = await executeAction(regulator, (await section.actions()).create!, section.sample({ incidentId: id, organizationId: assigned.investigatedOrgId }));
    if (!created.ok) throw new Error(`Could not create a ${section.key} item: ${created.message}`);
    itemIds[section.itemIdKey] = (created.data as { id: string }).id;
  }
  // A confirmed finding lets workflow steps that need one get past their preconditions.
  await prisma.finding.update({ where: { id: itemIds.findingId }, data: { status: "confirmed" } });
  const sanction = await prisma.sanction.create({ data: { incidentId: id, type: "fine", subjectName: "Test Org", proposedAmountKrw: 5n, status: "proposed" } });
  await prisma.dailyRecordCount.createMany({
    data: ["2024-01-01", "2024-01-02", "2024-02-10"].map((day, i) => ({ incidentId: id, day: new Date(day), records: BigInt(100 + i), provenance: "reported" as const })),
  });

  const published = await makeCase();
  await prisma.dailyRecordCount.create({ data: { incidentId: published.id, day: new Date("2023-05-05"), records: 7n, provenance: "reported" } });
  const proposed = await executeAction(regulator, publishingActions.propose, { incidentId: published.id, selection: await defaultSelection(prisma, published.id) });
  if (!proposed.ok) throw new Error(`Could not propose: ${proposed.message}`);
  const version = await prisma.publicationVersion.findFirstOrThrow({ where: { incidentId: published.id } });
  const approved = await executeAction(regulator2, publishingActions.approve, { versionId: version.id });
  if (!approved.ok) throw new Error(`Could not publish: ${approved.message}`);

  // A library article, so generated arguments can name a real one (its number is unique per run).
  const article = await prisma.legalArticle.create({ data: { lawCode: `FUZZ${Date.now()}`, lawName: "Fuzz Act", number: "1", numberKey: "1", title: "Fuzz article" } });

  const deleted = await makeCase();
  await prisma.incident.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });

  return {
    cookies: {
      anonymous: {},
      "forged cookie": { [SESSION_COOKIE]: "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..forged.forged.forged" },
      "revoked session": await cookieFor(revoked),
      admin: await cookieFor(admin),
      regulator: await cookieFor(regulator),
      officer: await cookieFor(officer),
      "unassigned officer": await cookieFor(unassigned),
    },
    viewers: { admin, regulator, officer, "unassigned officer": unassigned },
    slugs: { assigned: assigned.slug, published: published.slug, deleted: deleted.slug },
    ids: {
      incidentId: id,
      ...itemIds,
      sanctionId: sanction.id,
      versionId: version.id,
      userId: unassigned.id,
      publishedIncidentId: published.id,
      articleId: article.id,
    },
  };
}
