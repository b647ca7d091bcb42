import fc from "fast-check";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import ko from "@/lib/i18n/messages/ko.json";
import type { Locale } from "@/lib/i18n/locales";
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, type AuditEntityType } from "./audit-actions";
import { AUDIT_FIELDS, type AuditFieldFormat } from "./audit-fields";
import { auditLookupIds, describeAuditEvent, entityKey, type AuditEventRow, type AuditLookups, type AuditTranslator } from "./describe-audit-event";

function translator(locale: Locale): AuditTranslator {
  const t = createTranslator({ locale, messages: (locale === "en" ? en : ko) as Record<string, unknown> });
  const say = t as unknown as (key: string, values?: Record<string, string | number>) => string;
  return Object.assign((key: string, values?: Record<string, string | number>) => say(key, values), { has: (key: string) => (t as unknown as { has(k: string): boolean }).has(key) });
}

function messageAt(messages: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), messages);
}

const KIM = "ckz8k2m0a0001qf8h3l2m9x7a";
const FINDING = "ckz8k2m0a0002qf8h3l2m9x7b";
const CASE = "ckz8k2m0a0003qf8h3l2m9x7c";
const CATEGORY = "ckz8k2m0a0004qf8h3l2m9x7d";

const lookups: AuditLookups = {
  users: new Map([[KIM, "Kim Regulator"]]),
  cases: new Map([[CASE, { title: "Kakao Pay shared customer data with Alipay", titleKo: "카카오페이 알리페이 정보 제공", slug: "kakao-pay-alipay-2024" }]]),
  entities: new Map([
    [entityKey("finding", FINDING), { kind: "text", text: "Consent was not obtained" }],
    [entityKey("data_category", CATEGORY), { kind: "text", text: "Phone numbers", textKo: "전화번호" }],
  ]),
};

function event(overrides: Partial<AuditEventRow>): AuditEventRow {
  return {
    id: 42n,
    occurredAt: new Date("2024-08-13T15:30:00Z"),
    actorId: KIM,
    actorLabel: "kim@old-address.kr",
    action: "finding.updated",
    entityType: "finding",
    entityId: FINDING,
    incidentId: CASE,
    before: null,
    after: null,
    ip: null,
    ...overrides,
  };
}

const findingEdit = event({
  before: { severity: "high", status: "draft", version: 3, updatedAt: "2024-08-01T00:00:00.000Z" },
  after: { severity: "critical", status: "confirmed", version: 4, updatedAt: "2024-08-13T15:30:00.000Z" },
});

const readable = (d: ReturnType<typeof describeAuditEvent>) =>
  [d.actor, d.headline, d.occurredAt.text, d.caseRef?.title ?? "", ...d.changes.flatMap((c) => [c.label, ...(c.kind === "changed" ? [c.before, c.after] : [c.value])])].join("\n");

describe("describeAuditEvent", () => {
  it("reads as a sentence with the actor's current name, the item's name and labelled changes", () => {
    const d = describeAuditEvent(findingEdit, lookups, { t: translator("en"), locale: "en" });
    expect(d.headline).toBe("Kim Regulator changed the finding “Consent was not obtained”");
    expect(d.changes).toEqual([
      { kind: "changed", field: "severity", label: "Severity", before: "High", after: "Critical" },
      { kind: "changed", field: "status", label: "Status", before: "Draft", after: "Confirmed" },
    ]);
    expect(d.occurredAt).toEqual({ iso: "2024-08-13T15:30:00.000Z", text: "14 Aug 2024, 00:30 KST" });
  });

  it("speaks Korean to Korean readers, field labels and values included", () => {
    const d = describeAuditEvent(findingEdit, lookups, { t: translator("ko"), locale: "ko" });
    expect(d.headline).toContain("Kim Regulator 님");
    expect(d.headline).toContain("“Consent was not obtained”");
    expect(d.changes[0]).toMatchObject({ label: "심각도", before: "높음", after: "매우 높음" });
    expect(d.occurredAt.text).toBe("2024. 8. 14. 00:30 KST");
  });

  it("falls back to the recorded label when the actor is not a known user, and names the system", () => {
    const gone = describeAuditEvent(event({ actorId: "ckz8k2m0a0009qf8h3l2m9x7z" }), lookups, { t: translator("en"), locale: "en" });
    expect(gone.actor).toBe("kim@old-address.kr");
    const system = describeAuditEvent(event({ actorId: null, actorLabel: "system" }), lookups, { t: translator("en"), locale: "en" });
    expect(system.actor).toBe("The system");
    expect(system.headline).toMatch(/^The system /);
    const seed = describeAuditEvent(event({ actorId: null, actorLabel: "system (seed)", action: "publication.approved", entityType: "publication_version", after: { number: 1 } }), lookups, { t: translator("ko"), locale: "ko" });
    expect(seed.headline).toBe("시스템이 공개 요약을 승인했습니다: 버전 1");
    const cli = describeAuditEvent(event({ actorId: null, actorLabel: "cli (npm run user:create)", action: "user.created", entityType: "user", after: { name: "New Officer" } }), lookups, { t: translator("en"), locale: "en" });
    expect(cli.headline).toBe("A server command added the user New Officer");
  });

  it("translates enum codes, calendar days and instants; leaves out ids and bookkeeping", () => {
    const d = describeAuditEvent(
      event({
        action: "data_category.updated",
        entityType: "data_category",
        entityId: CATEGORY,
        before: { consent: "unknown", sharedFrom: null, protectionMethod: "hashing", version: 1, incidentId: CASE },
        after: { consent: "not_obtained", sharedFrom: "2018-04-01T00:00:00.000Z", protectionMethod: "salted_hashing", version: 2, incidentId: CASE },
      }),
      lookups,
      { t: translator("en"), locale: "en" },
    );
    expect(d.headline).toBe("Kim Regulator changed the data category “Phone numbers”");
    expect(d.changes).toEqual([
      { kind: "changed", field: "consent", label: "Consent", before: "Unknown", after: "Not obtained" },
      { kind: "changed", field: "sharedFrom", label: "Shared from", before: "none", after: "1 April 2018" },
      { kind: "changed", field: "protectionMethod", label: "Protection method", before: "Unsalted hash", after: "Salted hashing" },
    ]);
  });

  it("uses the item's Korean name for Korean readers when it has one", () => {
    const d = describeAuditEvent(event({ action: "data_category.deleted", entityType: "data_category", entityId: CATEGORY }), lookups, { t: translator("ko"), locale: "ko" });
    expect(d.headline).toContain("“전화번호”");
  });

  it("lists what a creation set, skipping empty fields, and names users given by id", () => {
    const d = describeAuditEvent(
      event({
        action: "finding.created",
        after: { id: FINDING, incidentId: CASE, title: "Consent was not obtained", severity: "high", status: "draft", legalArticles: [], statusReason: null, authorId: KIM, version: 1 },
      }),
      lookups,
      { t: translator("en"), locale: "en" },
    );
    expect(d.headline).toBe("Kim Regulator added the finding “Consent was not obtained”");
    expect(d.changes).toEqual([
      { kind: "value", field: "title", label: "Title", value: "Consent was not obtained" },
      { kind: "value", field: "severity", label: "Severity", value: "High" },
      { kind: "value", field: "status", label: "Status", value: "Draft" },
      { kind: "value", field: "authorId", label: "Recorded by", value: "Kim Regulator" },
    ]);
  });

  it("shows amounts recorded before currencies in won, every digit", () => {
    const d = describeAuditEvent(
      event({ action: "sanction.updated", entityType: "sanction", entityId: "s1", before: { proposedAmountKrw: "5420000000" }, after: { proposedAmountKrw: "54200000001" } }),
      lookups,
      { t: translator("ko"), locale: "ko" },
    );
    expect(d.changes).toEqual([{ kind: "changed", field: "proposedAmountKrw", label: "제안 금액", before: "54억 2,000만 원", after: "542억 1 원" }]);
  });

  it("shows amounts in the currency the row recorded", () => {
    const d = describeAuditEvent(
      event({
        action: "sanction.appeal_reduced",
        entityType: "sanction",
        entityId: "s1",
        before: { amountMinor: "9007199254740993", currency: "EUR", appealOutcome: null },
        after: { amountMinor: "123450", currency: "EUR", appealOutcome: "reduced" },
      }),
      lookups,
      { t: translator("en"), locale: "en" },
    );
    expect(d.changes).toContainEqual({ kind: "changed", field: "amountMinor", label: "Amount", before: "€90,071,992,547,409.93", after: "€1,234.50" });
    expect(d.changes).toContainEqual({ kind: "changed", field: "currency", label: "Currency", before: "EUR", after: "EUR" });
  });

  it("names an item missing from the lookups by what the row recorded", () => {
    const d = describeAuditEvent(event({ entityId: "ckz8k2m0a0010qf8h3l2m9x7q", action: "finding.deleted", before: { title: "A finding since removed" } }), lookups, { t: translator("en"), locale: "en" });
    expect(d.headline).toBe("Kim Regulator deleted the finding “A finding since removed”");
  });

  it("says which step a workflow change took, and where it led", () => {
    const d = describeAuditEvent(
      event({ action: "workflow.transitioned", entityType: "incident", entityId: CASE, before: { workflowState: "reported" }, after: { workflowState: "under_inspection", transition: "openInspection", reason: "On-site inspection began.", proposalId: null } }),
      lookups,
      { t: translator("en"), locale: "en" },
    );
    expect(d.headline).toBe("Kim Regulator moved the case “Kakao Pay shared customer data with Alipay” to Under investigation");
    expect(d.changes).toEqual([
      { kind: "changed", field: "workflowState", label: "Workflow state", before: "Reported", after: "Under investigation" },
      { kind: "value", field: "transition", label: "Step", value: "Open the inspection" },
      { kind: "value", field: "reason", label: "Reason", value: "On-site inspection began." },
    ]);
  });

  it("explains a failed sign-in in words, with the email that was typed", () => {
    const d = describeAuditEvent(
      event({ actorId: null, actorLabel: "probe@example.kr", action: "auth.sign_in_failed", entityType: "user", entityId: null, incidentId: null, after: { provider: "credentials", reason: "no password (single sign-on only)" }, ip: "203.0.113.9" }),
      lookups,
      { t: translator("en"), locale: "en" },
    );
    expect(d.headline).toBe("Failed sign-in as probe@example.kr");
    expect(d.changes).toEqual([
      { kind: "value", field: "provider", label: "Sign-in method", value: "Email and password" },
      { kind: "value", field: "reason", label: "Reason", value: "No password: single sign-on only" },
    ]);
    expect(d.ip).toBe("203.0.113.9");
    expect(d.caseRef).toBeNull();
  });

  it("keeps everything, ids and ISO times included, in the raw JSON", () => {
    const d = describeAuditEvent(findingEdit, lookups, { t: translator("en"), locale: "en" });
    const raw = JSON.parse(d.raw) as Record<string, unknown>;
    expect(raw).toMatchObject({ id: "42", entityId: FINDING, incidentId: CASE, actorId: KIM, occurredAt: "2024-08-13T15:30:00.000Z", before: { version: 3 } });
    expect(d.caseRef).toEqual({ title: "Kakao Pay shared customer data with Alipay", slug: "kakao-pay-alipay-2024" });
  });

  it("still reads a row whose action or entity type is not in the vocabulary", () => {
    const d = describeAuditEvent(event({ action: "probe.created", entityType: "probe", after: { n: 1 } }), lookups, { t: translator("en"), locale: "en" });
    expect(d.headline).toContain("Kim Regulator");
    expect(d.changes).toEqual([]);
  });

  it("never shows an id, an ISO timestamp or a raw enum code in the readable parts", () => {
    const cuid = fc.stringMatching(/^c[a-z0-9]{24}$/);
    const iso = fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2030-01-01T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString());
    const codesOf = (namespace: string) => Object.keys(messageAt(en, namespace) as Record<string, string>);
    const valueFor = (format: AuditFieldFormat | null): fc.Arbitrary<unknown> => {
      if (format === null || format.kind === "user") return cuid;
      if (format.kind === "day" || format.kind === "instant") return iso;
      if (format.kind === "enum") return fc.constantFrom(...codesOf(format.messages));
      if (format.kind === "count" || format.kind === "money") return fc.bigInt({ min: 0n, max: 10n ** 12n }).map(String);
      if (format.kind === "number") return fc.double({ min: 0, max: 1e12, noNaN: true });
      if (format.kind === "bool") return fc.boolean();
      if (format.kind === "list") return fc.array(fc.constantFrom("Art. 17", "Art. 22"), { maxLength: 3 });
      return fc.constantFrom("Plain words", "Consent was not obtained", null);
    };
    const recordOf = (entityType: AuditEntityType) =>
      fc.record({
        ...Object.fromEntries(Object.entries(AUDIT_FIELDS[entityType]).map(([field, format]) => [field, valueFor(format)])),
        // Keys the table does not know stay out of the readable view.
        mysteryId: cuid,
        mysteryCode: fc.constant("not_obtained"),
      });
    const row = fc.constantFrom(...AUDIT_ENTITY_TYPES).chain((entityType) =>
      fc.record({
        action: fc.constantFrom(...AUDIT_ACTIONS),
        entityType: fc.constant(entityType),
        entityId: cuid,
        actorId: fc.option(cuid),
        locale: fc.constantFrom<Locale>("en", "ko"),
        before: fc.option(recordOf(entityType)),
        after: fc.option(recordOf(entityType)),
      }),
    );
    fc.assert(
      fc.property(row, ({ locale, ...fields }) => {
        const d = describeAuditEvent(event({ ...fields, actorLabel: "someone@example.kr" }), { users: new Map(), cases: new Map(), entities: new Map() }, { t: translator(locale), locale });
        const text = readable(d);
        expect(text).not.toMatch(/\bc[a-z0-9]{24}\b/);
        expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
        expect(text).not.toMatch(/\b[a-z0-9]+_[a-z0-9_]+\b/);
        expect(text).not.toMatch(/\b[a-z]+[A-Z][A-Za-z]*\b/);
      }),
      { numRuns: 300 },
    );
  });
});

describe("auditLookupIds", () => {
  it("collects each id once, by what must be looked up", () => {
    const ids = auditLookupIds([
      findingEdit,
      event({ action: "finding.created", after: { authorId: "ckz8k2m0a0011qf8h3l2m9x7u" } }),
      event({ action: "assignment.created", entityType: "case_assignment", entityId: `${CASE}:ckz8k2m0a0012qf8h3l2m9x7v` }),
      event({ action: "user.role_changed", entityType: "user", entityId: "ckz8k2m0a0013qf8h3l2m9x7w", incidentId: null }),
      event({ action: "data_category.created", entityType: "data_category", entityId: CATEGORY }),
    ]);
    expect([...ids.users].sort()).toEqual([KIM, "ckz8k2m0a0011qf8h3l2m9x7u", "ckz8k2m0a0012qf8h3l2m9x7v", "ckz8k2m0a0013qf8h3l2m9x7w"].sort());
    expect([...ids.cases]).toEqual([CASE]);
    expect([...ids.entities.finding]).toEqual([FINDING]);
    expect([...ids.entities.data_category]).toEqual([CATEGORY]);
  });
});
