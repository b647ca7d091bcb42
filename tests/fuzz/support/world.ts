// The data the fuzz runs against: one user per role with a real session and cookie, a case the
// officer is assigned to with one of every item, and a published case with a series.
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { CLOCK_KINDS } from "@/lib/enums";
import { executeAction } from "@/lib/actions/execute-action";
import type { Viewer } from "@/lib/auth/permissions";
import { defaultSelection } from "@/lib/publishing/build-snapshot";
import { publishingActions } from "@/lib/publishing/mutations";
import { CASE_SECTIONS } from "@/lib/cases/sections";
import { organizationActions } from "@/lib/organisations/mutations";
import { makeCase, makeViewer, unique } from "@/tests/support/factories";
import { SESSION_COOKIE, sessionCookie } from "./fake-request";

export const VIEWER_KINDS = ["anonymous", "forged cookie", "revoked session", "admin", "regulator", "officer", "unassigned officer"] as const;
export type ViewerKind = (typeof VIEWER_KINDS)[number];

export interface World {
  cookies: Record<ViewerKind, Record<string, string>>;
  viewers: Partial<Record<ViewerKind, Viewer>>;
  slugs: { assigned: string; published: string; deleted: string };
  /** The company the published case investigates (the company feed's published one). */
  publishedOrganisationSlug: string;
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
  const sanction = await prisma.sanction.create({ data: { incidentId: id, type: "fine", subjectName: "Test Org", proposedAmountMinor: 5n, status: "proposed" } });
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
  // The company the published case investigates, so the company feed meets a published one.
  const publishedOrganisation = await prisma.organization.findUniqueOrThrow({ where: { id: published.investigatedOrgId }, select: { slug: true } });

  // A jurisdiction of the fuzz's own, so edits to its rules leave Korea's (which other tests count on) alone.
  const letters = randomBytes(6).toString("hex").replace(/[0-9a-f]/g, (c) => "ABCDEFGHIJKLMNOP"[parseInt(c, 16)]!);
  const jurisdiction = await prisma.jurisdiction.create({
    data: { code: `F${letters.slice(0, 7)}`, name: "Fuzzland", nameKo: "퍼즈", timeZone: "UTC", rules: { create: CLOCK_KINDS.map((kind) => ({ kind, length: 5 })) } },
    include: { rules: true },
  });
  // A library article, so generated arguments can name a real one (its number is unique per run).
  const article = await prisma.legalArticle.create({ data: { lawCode: `FUZZ${Date.now()}`, lawName: "Fuzz Act", number: "1", numberKey: "1", title: "Fuzz article" } });

  // A comment, so the comment actions (edit, delete) meet a real one.
  const comment = await prisma.comment.create({ data: { incidentId: id, authorId: officer.id, body: "A fuzz comment." } });

  const deleted = await makeCase();
  await prisma.incident.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });

  // Two organisations and a standing merge of a third pair, so the organisation actions (edit,
  // merge, undo) meet real ids: a merge that can happen, and a merge record that can be undone.
  const [duplicate, survivor, mergedAway, kept] = await Promise.all(
    ["Fuzz Duplicate", "Fuzz Survivor", "Fuzz Merged", "Fuzz Kept"].map((name) => prisma.organization.create({ data: { slug: unique("org"), name: unique(name), kind: "company" } })),
  );
  const merged = await executeAction(regulator, organizationActions.merge, { duplicateId: mergedAway!.id, survivorId: kept!.id });
  if (!merged.ok) throw new Error(`Could not merge: ${merged.message}`);

  // A mail that failed for good, so the mail actions (retry) meet a real id.
  const mail = await prisma.mailMessage.create({ data: { to: `${unique("fuzz")}@test.casefile`, locale: "en", subject: "Fuzz mail", text: "…", status: "failed", attempts: 3, lastError: "550 refused" } });

  // A webhook subscription of the regulator's with one delivery, so the webhook actions and the
  // /api/v1/webhooks routes meet real ids. Its address is a public literal: enabling it again
  // passes the outbound check without DNS; nothing here runs a worker, so nothing is sent.
  const subscription = await prisma.webhookSubscription.create({ data: { ownerId: regulator.id, url: "https://93.184.216.34/casefile-fuzz", events: ["series.imported"], secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" } });
  const delivery = await prisma.webhookDelivery.create({ data: { subscriptionId: subscription.id, messageId: `msg_${unique("fuzz")}`, eventType: "series.imported", incidentId: id, payload: { type: "series.imported" }, status: "delivered" } });

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
    publishedOrganisationSlug: publishedOrganisation.slug,
    ids: {
      incidentId: id,
      ...itemIds,
      sanctionId: sanction.id,
      versionId: version.id,
      userId: unassigned.id,
      publishedIncidentId: published.id,
      ruleId: jurisdiction.rules[0]!.id,
      organizationId: assigned.investigatedOrgId,
      duplicateId: duplicate!.id,
      survivorId: survivor!.id,
      auditId: merged.data.auditId,
      articleId: article.id,
      commentId: comment.id,
      assigneeId: officer.id,
      targetId: itemIds.findingId!,
      mailId: mail.id,
      subscriptionId: subscription.id,
      webhookId: subscription.id,
      deliveryId: delivery.id,
    },
  };
}
