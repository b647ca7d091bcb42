// The case's sections, in tab order: the one list the tab bar, the page guards, the generic
// section routes, the export, the printable report and the test worlds read. Adding a section is
// one entry here (see docs/architecture.md, "Adding a case section"). This is the composition
// root of the workspace, so it names the section's views (components/) and actions (lib/) by
// lazy import: nothing loads until a page or test asks for it.
import "server-only";
import { randomBytes } from "node:crypto";
import type { ReactNode } from "react";
import type { ActionDefinition } from "@/lib/actions/execute-action";
import type { Action, CaseAccess, Viewer } from "@/lib/auth/permissions";
import type { Locale, MessageNamespace } from "@/lib/i18n/locales";
import type { VisibleCase } from "./case-access";
import { evidenceTables } from "@/lib/evidence/export-tables";
import { caseTables, type ExportTable } from "@/lib/export/case-tables";
import { tasksTable } from "@/lib/tasks/export-table";

/** What every section view receives: the viewer, the case as they may see it, and the request. */
export interface SectionViewProps {
  viewer: Viewer;
  incident: VisibleCase["incident"];
  access: CaseAccess;
  locale: Locale;
  slug: string;
  /** Whether the viewer may change this section's items (the entry's `edit` permission). */
  canEdit: boolean;
  searchParams: Record<string, string | string[] | undefined>;
}

/**
 * A section's views: its tab, an item's own page (`…/<segment>/<id>`), and its part of the
 * printable report; and the message namespaces their client components read, which the pages
 * hand on with them (components/i18n/client-messages.test.ts checks each list against the code).
 */
interface SectionViews {
  clientMessages: readonly MessageNamespace[];
  SectionList: (props: SectionViewProps) => Promise<ReactNode>;
  SectionItem?: (props: SectionViewProps & { itemId: string }) => Promise<ReactNode>;
  SectionReport?: (props: SectionViewProps) => Promise<ReactNode>;
}

type SectionActions = Record<string, ActionDefinition<never, unknown>>;

/** A valid "create" input for a section's items on a given case (and its investigated organisation), for the test worlds. */
type Sample = (ids: { incidentId: string; organizationId: string }) => Record<string, unknown>;

export interface CaseSection {
  key: string;
  /** The address below the case: `/workspace/cases/<slug>/<segment>`; "" for the overview. */
  segment: string;
  /** Its tab's label, `tabs.<labelKey>` in the messages. */
  labelKey: string;
  /** What the viewer needs on the case to see the tab (without it: no tab, and the page is a 404). */
  view: Action;
  /** What the viewer needs to change its items; null for sections nobody edits. */
  edit: Action | null;
  /** Whether its content can go into a public summary (on a public case its tab says that edits reach readers only through a new version). */
  publishable: boolean;
  views: () => Promise<SectionViews>;
  /** The section's server actions, with schemas, for the test worlds; `sample` builds a valid create. */
  actions?: () => Promise<SectionActions>;
  sample?: Sample;
  /** The item id field of its actions (e.g. "findingId"), so test worlds can aim at a real item. */
  itemIdKey?: string;
  /** Its tables in the case-file export. */
  exports: ExportTable[];
}

const SECTIONS = [
  {
    key: "overview",
    segment: "",
    labelKey: "overview",
    view: "case.view",
    edit: "case.edit",
    publishable: true,
    views: (): Promise<SectionViews> => import("@/components/cases/overview-section"),
    actions: async (): Promise<SectionActions> => (await import("@/lib/cases/mutations")).caseActions as never,
    exports: [caseTables.case, caseTables.organizations],
  },
  {
    key: "findings",
    segment: "findings",
    labelKey: "findings",
    view: "case.view",
    edit: "record.edit",
    publishable: true,
    views: (): Promise<SectionViews> => import("@/components/findings/findings-section"),
    actions: async (): Promise<SectionActions> => (await import("@/lib/findings/mutations")).findingActions as never,
    sample: ({ incidentId }) => ({ incidentId, title: "A finding", body: "What the inspection established.", severity: "high", legalArticles: "Art. 17", evidenceRefs: "" }),
    itemIdKey: "findingId",
    exports: [caseTables.findings],
  },
  {
    key: "dataCategories",
    segment: "data-categories",
    labelKey: "dataCategories",
    view: "case.view",
    edit: "record.edit",
    publishable: true,
    views: (): Promise<SectionViews> => import("@/components/data-categories/data-categories-section"),
    actions: async (): Promise<SectionActions> => (await import("@/lib/data-categories/mutations")).categoryActions as never,
    sample: ({ incidentId }) => ({ incidentId, name: "Mobile number", sensitivity: "high", consent: "not_obtained", protectionMethod: "hashing", keyHolder: "none", identifierFormat: "010-XXXX-XXXX", reversibility: "reversible" }),
    itemIdKey: "categoryId",
    exports: [caseTables.dataCategories],
  },
  {
    key: "recipients",
    segment: "recipients",
    labelKey: "recipients",
    view: "case.view",
    edit: "record.edit",
    publishable: true,
    views: (): Promise<SectionViews> => import("@/components/recipients/recipients-section"),
    actions: async (): Promise<SectionActions> => (await import("@/lib/recipients/mutations")).recipientActions as never,
    // A new organisation each time (names are unique), so the sample can be created again and again.
    sample: ({ incidentId }) => ({
      incidentId,
      organization: { mode: "new", name: `Sample recipient ${randomBytes(4).toString("hex")}`, kind: "company", country: "CN" },
      country: "CN",
      relationship: "Shareholder",
      stakePercent: "32",
      purposeClaimed: "Fraud detection",
      consent: "not_obtained",
      contractCovered: "yes",
    }),
    itemIdKey: "recipientId",
    exports: [caseTables.recipients],
  },
  {
    key: "estimates",
    segment: "estimates",
    labelKey: "estimates",
    view: "case.view",
    edit: "record.edit",
    publishable: true,
    views: (): Promise<SectionViews> => import("@/components/estimates/estimates-section"),
    actions: async (): Promise<SectionActions> => (await import("@/lib/estimates/mutations")).estimateActions as never,
    sample: ({ incidentId }) => ({ incidentId, label: "People affected", asOf: "2024-08-13", active: "25,000,000", unsplit: "15450000", provenance: "verified" }),
    itemIdKey: "estimateId",
    exports: [caseTables.estimateRevisions],
  },
  {
    key: "figures",
    segment: "figures",
    labelKey: "figures",
    view: "case.view",
    edit: "record.edit",
    publishable: true,
    views: (): Promise<SectionViews> => import("@/components/figures/figures-section"),
    actions: async (): Promise<SectionActions> => (await import("@/lib/figures/mutations")).figureActions as never,
    sample: ({ incidentId }) => ({ incidentId, label: "Monthly users", value: "25,000,000", unit: "people", approximate: true, provenance: "reported", asOf: "2024-08-13" }),
    itemIdKey: "figureId",
    exports: [caseTables.figures],
  },
  {
    key: "timeline",
    segment: "timeline",
    labelKey: "timeline",
    view: "case.view",
    edit: "record.edit",
    publishable: true,
    views: (): Promise<SectionViews> => import("@/components/timeline/timeline-section"),
    actions: async (): Promise<SectionActions> => (await import("@/lib/timeline/mutations")).timelineActions as never,
    sample: ({ incidentId }) => ({ incidentId, occurredOn: "2024-08-13", precision: "day", kind: "publication", title: "Findings released", isPublic: true }),
    itemIdKey: "eventId",
    exports: [caseTables.timeline],
  },
  {
    key: "statements",
    segment: "statements",
    labelKey: "statements",
    view: "case.view",
    edit: "record.edit",
    publishable: true,
    views: (): Promise<SectionViews> => import("@/components/statements/statements-section"),
    actions: async (): Promise<SectionActions> => (await import("@/lib/statements/mutations")).statementActions as never,
    sample: ({ incidentId, organizationId }) => ({ incidentId, organizationId, quote: "There was no illegal provision of information.", wording: "quotation", statedOn: "2024-08-13" }),
    itemIdKey: "statementId",
    exports: [caseTables.statements],
  },
  {
    key: "sources",
    segment: "sources",
    labelKey: "sources",
    view: "case.view",
    edit: "record.edit",
    publishable: true,
    views: (): Promise<SectionViews> => import("@/components/sources/sources-section"),
    actions: async (): Promise<SectionActions> => (await import("@/lib/sources/mutations")).sourceActions as never,
    sample: ({ incidentId }) => ({ incidentId, title: "On-site inspection results", kind: "authority_release", publisher: "Financial Supervisory Service", language: "ko", publishedOn: "2024-08-13", url: "https://www.fss.or.kr/" }),
    itemIdKey: "sourceId",
    exports: [caseTables.sources],
  },
  {
    key: "evidence",
    segment: "evidence",
    labelKey: "evidence",
    view: "evidence.view",
    edit: "evidence.edit",
    // Evidence is internal: it never reaches a public summary.
    publishable: false,
    views: (): Promise<SectionViews> => import("@/components/evidence/evidence-section"),
    // No create here: a file arrives through the upload route (POST /api/cases/<slug>/evidence), not a server action.
    actions: async (): Promise<SectionActions> => (await import("@/lib/evidence/mutations")).evidenceActions as never,
    itemIdKey: "fileId",
    exports: [evidenceTables.files, evidenceTables.links],
  },
  {
    key: "series",
    segment: "series",
    labelKey: "series",
    view: "case.view",
    edit: "series.import",
    publishable: true,
    views: (): Promise<SectionViews> => import("@/components/series/series-section"),
    exports: [caseTables.recordsPerDay],
  },
  {
    key: "workflow",
    segment: "workflow",
    labelKey: "workflow",
    view: "case.view",
    edit: "workflow.propose",
    publishable: true,
    views: (): Promise<SectionViews> => import("@/components/workflow/workflow-section"),
    actions: async (): Promise<SectionActions> => {
      const [{ workflowActions }, { sanctionActions }] = await Promise.all([import("@/lib/workflow/mutations"), import("@/lib/sanctions/mutations")]);
      return { ...workflowActions, ...Object.fromEntries(Object.entries(sanctionActions).map(([name, definition]) => [`sanction.${name}`, definition])) } as never;
    },
    exports: [caseTables.transitions, caseTables.proposals, caseTables.deadlines, caseTables.sanctions],
  },
  {
    key: "publish",
    segment: "publish",
    labelKey: "publish",
    view: "publication.propose",
    edit: "publication.propose",
    publishable: false,
    views: (): Promise<SectionViews> => import("@/components/publishing/publish-section"),
    actions: async (): Promise<SectionActions> => (await import("@/lib/publishing/mutations")).publishingActions as never,
    exports: [],
  },
  {
    key: "tasks",
    segment: "tasks",
    labelKey: "tasks",
    view: "case.view",
    edit: "task.edit",
    // Tasks are internal: they never reach a public summary.
    publishable: false,
    views: (): Promise<SectionViews> => import("@/components/tasks/tasks-section"),
    actions: async (): Promise<SectionActions> => (await import("@/lib/tasks/mutations")).taskActions as never,
    sample: ({ incidentId }) => ({ incidentId, title: "Ask the FSS for the inspection report", dueOn: "2024-08-20", status: "open", note: "Before the hearing." }),
    itemIdKey: "taskId",
    exports: [tasksTable],
  },
  {
    key: "activity",
    segment: "activity",
    labelKey: "activity",
    view: "activity.view",
    edit: null,
    publishable: false,
    views: (): Promise<SectionViews> => import("@/components/audit/activity-section"),
    exports: [],
  },
] as const satisfies readonly CaseSection[];

export type SectionKey = (typeof SECTIONS)[number]["key"];
export const CASE_SECTIONS: readonly CaseSection[] = SECTIONS;

/** The section at an address segment, or undefined for anything else (which the routes answer 404). */
export function sectionAt(segment: string): CaseSection | undefined {
  return CASE_SECTIONS.find((s) => s.segment === segment);
}

export function sectionByKey(key: SectionKey): CaseSection {
  return CASE_SECTIONS.find((s) => s.key === key) as CaseSection;
}

/** Where a section (or one of its items) lives, below the locale. */
export function sectionPath(slug: string, section: Pick<CaseSection, "segment">, itemId?: string): string {
  const base = `/workspace/cases/${slug}${section.segment ? `/${section.segment}` : ""}`;
  return itemId ? `${base}/${itemId}` : base;
}
