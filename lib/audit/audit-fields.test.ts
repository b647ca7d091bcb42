import { describe, expect, it } from "vitest";
import { HASH_ALGORITHMS } from "@/lib/data-categories/schema";
import { FIGURE_UNITS } from "@/lib/figures/units";
import { $Enums, Prisma } from "@/lib/generated/prisma/browser";
import en from "@/lib/i18n/messages/en.json";
import ko from "@/lib/i18n/messages/ko.json";
import { TRANSITION_IDS } from "@/lib/workflow/machine";
import { AUDIT_ENTITY_TYPES, type AuditEntityType } from "./audit-actions";
import { AUDIT_FIELDS, AUDIT_ITEM_NAMES, enumMessageKey } from "./audit-fields";

function messageAt(messages: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), messages);
}

/** A Prisma model's columns, by its client name ("timelineEvent" → TimelineEventScalarFieldEnum). */
const columnsOf = (model: string) => (Prisma as unknown as Record<string, Record<string, string>>)[`${model[0]!.toUpperCase()}${model.slice(1)}ScalarFieldEnum`]!;

/** The tables behind each entity type: their columns are what update and delete rows carry. */
const MODELS: Record<AuditEntityType, Record<string, string>[]> = {
  ...(Object.fromEntries(Object.entries(AUDIT_ITEM_NAMES).map(([type, spec]) => [type, [columnsOf(spec.model)]])) as Record<keyof typeof AUDIT_ITEM_NAMES, Record<string, string>[]>),
  user: [Prisma.UserScalarFieldEnum],
  case_assignment: [Prisma.CaseAssignmentScalarFieldEnum],
  incident: [Prisma.IncidentScalarFieldEnum],
  // An estimate's rows carry the estimate and its revision.
  estimate: [Prisma.PopulationEstimateScalarFieldEnum, Prisma.EstimateRevisionScalarFieldEnum],
  sanction: [Prisma.SanctionScalarFieldEnum],
  publication_version: [Prisma.PublicationVersionScalarFieldEnum],
  transition_proposal: [Prisma.TransitionProposalScalarFieldEnum],
  series_import: [Prisma.SeriesImportScalarFieldEnum],
  recipient: [Prisma.IncidentRecipientScalarFieldEnum],
  jurisdiction: [Prisma.JurisdictionScalarFieldEnum],
  clock_rule: [Prisma.ClockRuleScalarFieldEnum],
  case_clock: [Prisma.CaseClockScalarFieldEnum],
  mail_message: [Prisma.MailMessageScalarFieldEnum],
  webhook_subscription: [Prisma.WebhookSubscriptionScalarFieldEnum],
  api_token: [Prisma.ApiTokenScalarFieldEnum],
};

/** Every code each enum namespace must translate. */
const CODES: Record<string, readonly string[]> = {
  roles: Object.values($Enums.Role),
  state: Object.values($Enums.WorkflowState),
  consent: Object.values($Enums.ConsentStatus),
  protection: Object.values($Enums.ProtectionMethod),
  provenance: Object.values($Enums.Provenance),
  "enum.precision": Object.values($Enums.DatePrecision),
  "enum.severity": Object.values($Enums.FindingSeverity),
  "enum.findingStatus": Object.values($Enums.FindingStatus),
  "enum.sensitivity": Object.values($Enums.Sensitivity),
  "enum.hashAlgorithm": HASH_ALGORITHMS,
  "enum.keyHolder": Object.values($Enums.KeyHolder),
  "enum.reversibility": Object.values($Enums.ReversibilityVerdict),
  "enum.eventKind": Object.values($Enums.TimelineEventKind),
  "enum.sourceKind": Object.values($Enums.SourceKind),
  "enum.documentLanguage": Object.values($Enums.DocumentLanguage),
  "enum.figureUnit": FIGURE_UNITS,
  "enum.statementWording": Object.values($Enums.StatementWording),
  "enum.evidenceKind": Object.values($Enums.EvidenceKind),
  "enum.evidenceCheckResult": Object.values($Enums.EvidenceCheckResult),
  "enum.evidenceTarget": ["finding", "timeline_event", "source", "statement"],
  "enum.taskStatus": Object.values($Enums.TaskStatus),
  "workflow.transitions": TRANSITION_IDS,
  "workflow.sanctionTypes": Object.values($Enums.SanctionType),
  "workflow.sanctionStatus": Object.values($Enums.SanctionStatus),
  "workflow.appealOutcomes": Object.values($Enums.AppealOutcome),
  "auditLabels.values.publicationStatus": Object.values($Enums.PublicationStatus),
  "auditLabels.values.visibility": Object.values($Enums.Visibility),
  "auditLabels.values.proposalStatus": Object.values($Enums.ProposalStatus),
  "auditLabels.values.importStatus": Object.values($Enums.ImportStatus),
  caseOrigin: Object.values($Enums.CaseOrigin),
  orgKind: Object.values($Enums.OrganizationKind),
  "jurisdictionsAdmin.kinds": Object.values($Enums.ClockKind),
  "jurisdictionsAdmin.units": Object.values($Enums.ClockUnit),
  orgSector: Object.values($Enums.OrganizationSector),
  "mailAdmin.status": Object.values($Enums.MailStatus),
  "apiTokens.kinds": Object.values($Enums.ApiTokenKind),
  "auditLabels.values.signIn": ["password", "sso"],
  "auditLabels.values.provider": ["credentials", "oidc"],
  "auditLabels.values.format": ["zip", "json"],
  // The reasons lib/auth/sign-in.ts records, as it words them.
  "auditLabels.values.signInFailure": ["throttled", "unknown account", "deactivated", "no password (single sign-on only)", "wrong password"],
  "notificationSettings.languages": ["en", "ko"],
  "notificationSettings.deliveries": Object.values($Enums.NotificationDelivery),
  "webhooks.disabledReasons": ["failing"],
};

describe("AUDIT_FIELDS", () => {
  it.each(AUDIT_ENTITY_TYPES)("places every column of the %s tables (shown or hidden)", (entityType) => {
    const columns = MODELS[entityType].flatMap((model) => Object.keys(model));
    expect(columns.filter((column) => !(column in AUDIT_FIELDS[entityType]))).toEqual([]);
  });

  it.each(["en", "ko"] as const)("labels every shown field in %s", (locale) => {
    const messages = locale === "en" ? en : ko;
    const shown = AUDIT_ENTITY_TYPES.flatMap((type) => Object.entries(AUDIT_FIELDS[type]).filter(([, format]) => format !== null).map(([field]) => field));
    expect(shown.filter((field) => typeof messageAt(messages, `auditLabels.fields.${field}`) !== "string")).toEqual([]);
  });

  it.each(["en", "ko"] as const)("translates every code of every enum field in %s", (locale) => {
    const messages = locale === "en" ? en : ko;
    const namespaces = new Set(AUDIT_ENTITY_TYPES.flatMap((type) => Object.values(AUDIT_FIELDS[type]).flatMap((format) => (format?.kind === "enum" ? [format.messages] : []))));
    expect([...namespaces].filter((namespace) => !(namespace in CODES))).toEqual([]);
    const missing = [...namespaces].flatMap((namespace) => (CODES[namespace] ?? []).map((code) => `${namespace}.${enumMessageKey(code)}`)).filter((key) => typeof messageAt(messages, key) !== "string");
    expect(missing).toEqual([]);
  });
});

describe("enumMessageKey", () => {
  it("keeps codes as they are and turns worded reasons into keys", () => {
    expect(enumMessageKey("not_obtained")).toBe("not_obtained");
    expect(enumMessageKey("openInspection")).toBe("openInspection");
    expect(enumMessageKey("no password (single sign-on only)")).toBe("no_password_single_sign_on_only");
  });
});
