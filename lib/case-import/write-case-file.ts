// Writes a checked case file as a new case, inside the caller's transaction: organisations matched
// by slug or created, the case itself (reported, internal: its workflow starts here), then its
// record, each reference remapped to the new rows' ids. What the file's rows said about when they
// were written and deleted is kept (the file is the record); who wrote them is not, since those
// people belong to the other installation, and edit counters start again at 1.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseFileData } from "./case-file-schema";
import { normalizeArticleNumber } from "@/lib/legal-articles/citation";
import { readCitationCode } from "@/lib/legal-articles/format-citation";

type Tx = Prisma.TransactionClient;

/** Days per INSERT: a statement each, so the rollup triggers run a few times, not once per day. */
const DAYS_PER_STATEMENT = 5_000;

async function resolveOrganizations(tx: Tx, organizations: CaseFileData["organizations"]) {
  const slugs = organizations.map((o) => o.slug);
  const existing = new Set((await tx.organization.findMany({ where: { slug: { in: slugs } }, select: { slug: true } })).map((o) => o.slug));
  // ON CONFLICT DO NOTHING: an organisation another import creates meanwhile is matched, not a failure.
  const missing = organizations.filter((o) => !existing.has(o.slug));
  await tx.organization.createMany({ data: missing.map(({ id: _id, ...o }) => o), skipDuplicates: true });
  // A merged-away organisation lives on in its survivor, at the end of however many merges
  // followed (A into B, then B into C): the new case names the survivor.
  const survivors = await tx.$queryRaw<{ slug: string; id: string }[]>`
    WITH RECURSIVE chain AS (
      SELECT slug, id, "mergedIntoId", 0 AS depth FROM organizations WHERE slug = ANY(${slugs})
      UNION ALL
      SELECT chain.slug, o.id, o."mergedIntoId", chain.depth + 1 FROM chain JOIN organizations o ON o.id = chain."mergedIntoId" WHERE chain.depth < 100
    )
    SELECT slug, id FROM chain WHERE "mergedIntoId" IS NULL`;
  const bySlug = new Map(survivors.map((o) => [o.slug, o.id]));
  const ids = new Map(organizations.map((o) => [o.id, bySlug.get(o.slug) as string]));
  return { ids, matched: existing.size, created: missing.map((o) => o.name) };
}

/**
 * The file's library citations ("PIPA Art. 17(1)") against this installation's library: those it
 * has become links again; the others stay as free text, as written, so nothing is lost.
 */
async function libraryFor(tx: Tx, codes: string[]) {
  const wanted = codes.map((code) => ({ code, parsed: readCitationCode(code) }));
  const keys = wanted.flatMap(({ parsed }) => (parsed ? [{ lawCode: parsed.lawCode, numberKey: normalizeArticleNumber(parsed.number) ?? parsed.number }] : []));
  const found = keys.length ? await tx.legalArticle.findMany({ where: { OR: keys }, select: { id: true, lawCode: true, numberKey: true } }) : [];
  const byKey = new Map(found.map((a) => [`${a.lawCode} ${a.numberKey}`, a.id]));
  const idOf = (code: string) => {
    const parsed = readCitationCode(code);
    return parsed ? byKey.get(`${parsed.lawCode} ${normalizeArticleNumber(parsed.number) ?? parsed.number}`) : undefined;
  };
  return {
    split(list: string[]) {
      const ids = [...new Set(list.map(idOf).filter((id): id is string => id !== undefined))];
      return { ids, free: list.filter((code) => idOf(code) === undefined) };
    },
  };
}

export async function writeCaseFile(tx: Tx, file: CaseFileData, slug: string) {
  const organizations = await resolveOrganizations(tx, file.organizations);
  const org = (id: string) => organizations.ids.get(id) as string;
  const optionalOrg = (id: string | null) => (id === null ? null : org(id));

  const library = await libraryFor(tx, [file.incident.articles, ...file.findings.map((f) => f.articles)].flat());
  const { slug: _fileSlug, investigatedOrgId, authorityId, articles: caseArticles, ...incident } = file.incident;
  const caseCites = library.split(caseArticles);
  const created = await tx.incident.create({
    data: {
      ...incident,
      legalBasisExamined: [...caseCites.free, ...incident.legalBasisExamined],
      slug,
      investigatedOrgId: org(investigatedOrgId),
      authorityId: optionalOrg(authorityId),
      workflowState: "reported",
      visibility: "internal",
    },
  });
  const incidentId = created.id;
  await tx.incidentLegalArticle.createMany({ data: caseCites.ids.map((articleId, position) => ({ incidentId, articleId, position })) });

  const sourceIds = new Map<string, string>();
  for (const { id, ...source } of file.sources) {
    sourceIds.set(id, (await tx.source.create({ data: { ...source, incidentId }, select: { id: true } })).id);
  }
  const source = (id: string | null) => (id === null ? null : (sourceIds.get(id) as string));

  await tx.incidentRecipient.createMany({ data: file.recipients.map(({ id: _id, ...r }) => ({ ...r, incidentId, organizationId: org(r.organizationId) })) });
  await tx.incidentFigure.createMany({ data: file.figures.map((f) => ({ ...f, incidentId, organizationId: optionalOrg(f.organizationId), sourceId: source(f.sourceId) })) });
  await tx.statement.createMany({ data: file.statements.map((s) => ({ ...s, incidentId, organizationId: org(s.organizationId), sourceId: source(s.sourceId) })) });
  for (const { articles, ...f } of file.findings) {
    const cites = library.split(articles);
    const finding = await tx.finding.create({ data: { ...f, legalArticles: [...cites.free, ...f.legalArticles], incidentId, sourceId: source(f.sourceId) }, select: { id: true } });
    await tx.findingLegalArticle.createMany({ data: cites.ids.map((articleId, position) => ({ findingId: finding.id, articleId, position })) });
  }
  await tx.dataCategory.createMany({ data: file.data_categories.map((c) => ({ ...c, incidentId })) });
  await tx.timelineEvent.createMany({ data: file.timeline.map((e) => ({ ...e, incidentId, sourceId: source(e.sourceId) })) });

  // An estimate is its revisions, grouped by the file's estimate id, in the file's order.
  const estimates = new Map<string, CaseFileData["estimate_revisions"]>();
  for (const r of file.estimate_revisions) estimates.set(r.estimateId, [...(estimates.get(r.estimateId) ?? []), r]);
  for (const revisions of estimates.values()) {
    const first = revisions[0] as CaseFileData["estimate_revisions"][number];
    const createdAt = revisions.reduce((earliest, r) => (r.createdAt < earliest ? r.createdAt : earliest), first.createdAt);
    await tx.populationEstimate.create({
      data: {
        incidentId,
        label: first.estimate,
        createdAt,
        deletedAt: first.estimateDeletedAt,
        revisions: { create: revisions.map(({ estimateId: _estimateId, estimate: _label, estimateDeletedAt: _deletedAt, ...r }) => ({ ...r, sourceId: source(r.sourceId) })) },
      },
    });
  }

  for (let i = 0; i < file.records_per_day.length; i += DAYS_PER_STATEMENT) {
    await tx.dailyRecordCount.createMany({ data: file.records_per_day.slice(i, i + DAYS_PER_STATEMENT).map((d) => ({ ...d, incidentId })) });
  }

  return {
    incident: created,
    organizations: { matched: organizations.matched, created: organizations.created.length },
    organizationsCreated: organizations.created,
    counts: {
      sources: file.sources.length,
      figures: file.figures.length,
      recipients: file.recipients.length,
      statements: file.statements.length,
      findings: file.findings.length,
      dataCategories: file.data_categories.length,
      estimates: estimates.size,
      timeline: file.timeline.length,
      recordsPerDay: file.records_per_day.length,
    },
  };
}
