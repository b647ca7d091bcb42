import "server-only";
import { workspaceReadClient } from "@/lib/db/read-after-write";
import type { PrismaClient } from "@/lib/db/create-client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Viewer } from "@/lib/auth/permissions";
import { evidenceCaseHitsSql, type EvidenceCaseHitRow } from "@/lib/evidence/search-evidence-sql";
import { searchWords } from "@/lib/evidence/search-words";
import { encodeCursor, type CaseListQuery } from "./case-list-query";
import { caseListSql, cursorFor, type CaseListRow } from "./case-list-sql";
import { loadHeadlines } from "./load-headlines";
import { visibleCasesWhere } from "./visibility";

/** One page of the viewer's cases for the case list, with headline figures, as plain JSON. */
export async function searchCases(viewer: Viewer, query: CaseListQuery) {
  assertCan(viewer, "case.list");
  // On the read replica when it has this user's last save (lib/db/read-after-write.ts).
  const db = await workspaceReadClient();
  const rows = await db.$queryRaw<CaseListRow[]>(caseListSql(viewer, query));
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const [headlines, evidence] = await Promise.all([loadHeadlines(page.map((r) => r.id)), evidenceHits(db, viewer, query.q, page.map((r) => r.id))]);
  return {
    items: page.map((r) => {
      const h = headlines.get(r.id);
      return {
        slug: r.slug,
        title: r.title,
        titleKo: r.titleKo,
        state: r.workflowState,
        openedAt: r.openedAt.toISOString(),
        isDemo: r.isDemo,
        visibility: r.visibility,
        organization: { name: r.orgName, nameKo: r.orgNameKo },
        people: h?.people ? { value: h.people.value, provenance: h.people.provenance } : null,
        records: h?.records ? { value: h.records.value, provenance: h.records.provenance } : null,
        /** Where the search's words are in the case's evidence (the first file and page), when they are. */
        evidence: evidence.get(r.id) ?? null,
      };
    }),
    nextCursor: rows.length > query.limit && last ? encodeCursor(cursorFor(last, query.sort)) : null,
  };
}

/** For a search, the first evidence file and page holding its words in each of these cases. */
async function evidenceHits(db: PrismaClient, viewer: Viewer, q: string | undefined, incidentIds: string[]) {
  const words = searchWords(q ?? "");
  if (words.length === 0 || incidentIds.length === 0) return new Map<string, Omit<EvidenceCaseHitRow, "incidentId">>();
  const rows = await db.$queryRaw<EvidenceCaseHitRow[]>(evidenceCaseHitsSql(viewer, { words, incidentIds }));
  return new Map(rows.map(({ incidentId, ...hit }) => [incidentId, hit]));
}

export type CaseListPage = Awaited<ReturnType<typeof searchCases>>;

/** The choices for the list's filters, limited to what the viewer can see. */
export async function caseListFacets(viewer: Viewer) {
  assertCan(viewer, "case.list");
  const visible = visibleCasesWhere(viewer);
  const db = await workspaceReadClient();
  const [orgs, recipients, categories] = await Promise.all([
    db.organization.findMany({ where: { investigated: { some: visible } }, select: { id: true, name: true, nameKo: true }, orderBy: { name: "asc" } }),
    db.organization.findMany({ where: { recipientOf: { some: { deletedAt: null, incident: visible } } }, select: { id: true, name: true, nameKo: true }, orderBy: { name: "asc" } }),
    db.dataCategory.findMany({ where: { deletedAt: null, incident: visible }, distinct: ["name"], select: { name: true }, orderBy: { name: "asc" } }),
  ]);
  return { orgs, recipients, categories: categories.map((c) => c.name) };
}
