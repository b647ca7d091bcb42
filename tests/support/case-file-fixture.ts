// A small, valid case file in the export's shape (casefile-case/1), with one row of every table
// and references between them, for the import's tests to spoil one thing at a time.
import { CASE_FILE_FORMAT } from "@/lib/export/case-file-format";

export function caseFileFixture() {
  return {
    format: CASE_FILE_FORMAT,
    incident: {
      id: "inc1",
      slug: "fixture-case",
      title: "Fixture: a company shared customer data",
      titleKo: "픽스처: 회사가 고객 정보를 제공함",
      summary: "What happened, in a sentence.",
      summaryKo: null,
      investigatedOrgId: "org-company",
      authorityId: "org-authority",
      discoveredOn: "2024-05-01T00:00:00.000Z",
      conductStart: "2018-04-01T00:00:00.000Z",
      conductStartPrecision: "month",
      conductEnd: "2024-07-31T00:00:00.000Z",
      conductEndPrecision: "day",
      legalBasisExamined: ["Credit Information Act, Art. 17"],
      workflowState: "findings_issued",
      visibility: "public",
      isDemo: true,
      version: 4,
    },
    organizations: [
      { id: "org-company", slug: "fixture-company", name: "Fixture Company", nameKo: "픽스처 회사", kind: "company", country: "KR", description: null },
      { id: "org-recipient", slug: "fixture-recipient", name: "Fixture Recipient", nameKo: null, kind: "company", country: "CN", description: "Shareholder" },
      { id: "org-authority", slug: "fixture-authority", name: "Fixture Authority", nameKo: null, kind: "authority", country: "KR", description: null },
    ],
    recipients: [{ organizationId: "org-recipient", organization: "Fixture Recipient", relationship: "32% shareholder" }],
    sources: [
      { id: "src1", title: "Inspection results", titleKo: null, publisher: "Fixture Authority", publishedOn: "2024-08-13T00:00:00.000Z", url: "https://example.org/a", note: null, createdAt: "2024-08-13T01:00:00.000Z", updatedAt: "2024-08-13T01:00:00.000Z", deletedAt: null, version: 1 },
      { id: "src2", title: "An older article", titleKo: null, publisher: null, publishedOn: null, url: null, note: null, createdAt: "2024-08-14T01:00:00.000Z", updatedAt: "2024-08-15T01:00:00.000Z", deletedAt: "2024-08-15T01:00:00.000Z", version: 2 },
    ],
    figures: [
      { key: "monthly_active_users", label: "Monthly active users", labelKo: null, value: "24000000", unit: "people", approximate: true, provenance: "reported", organizationId: "org-company", sourceId: "src1", asOf: "2024-06-30T00:00:00.000Z", note: null, createdAt: "2024-08-13T02:00:00.000Z" },
    ],
    statements: [{ organizationId: "org-company", party: "Fixture Company", quote: "We did nothing wrong.", quoteKo: null, context: null, statedOn: "2024-08-14T00:00:00.000Z", sourceId: "src1", createdAt: "2024-08-14T02:00:00.000Z" }],
    findings: [
      { id: "f1", title: "Shared without consent", body: "The body.", severity: "critical", status: "confirmed", statusReason: "Established on site.", legalArticles: ["Art. 17"], evidenceRefs: [], createdAt: "2024-08-13T03:00:00.000Z", updatedAt: "2024-08-13T04:00:00.000Z", deletedAt: null, version: 2 },
    ],
    data_categories: [
      {
        id: "dc1", name: "Mobile number", nameKo: "휴대전화 번호", sensitivity: "high", consent: "not_obtained", purposeClaimed: null, sharedFrom: "2018-04-01T00:00:00.000Z", sharedUntil: "2024-07-31T00:00:00.000Z",
        protectionMethod: "hashing", hashAlgorithm: "sha256", keyHolder: "none", keyHandling: null, protectionNote: null, identifierFormat: "010-XXXX-XXXX", identifierSpace: null,
        identifierSpaceSize: "100000000", gpuHashRate: null, reversibility: "reversible", reversibilityNote: null, createdAt: "2024-08-13T05:00:00.000Z", updatedAt: "2024-08-13T05:00:00.000Z", deletedAt: null, version: 1,
      },
    ],
    estimate_revisions: [
      { estimateId: "est1", estimate: "People affected", estimateDeletedAt: null, revision: 1, asOf: "2024-08-13T00:00:00.000Z", active: "25000000", dormant: null, former: null, unsplit: "15450000", total: "40450000", low: null, high: null, provenance: "verified", sourceId: "src1", note: null, createdById: "someone", createdAt: "2024-08-13T06:00:00.000Z" },
      { estimateId: "est1", estimate: "People affected", estimateDeletedAt: null, revision: 2, asOf: "2024-08-20T00:00:00.000Z", active: "25000000", dormant: null, former: null, unsplit: "15460000", total: "40460000", low: null, high: null, provenance: "verified", sourceId: null, note: "Corrected.", createdById: null, createdAt: "2024-08-20T06:00:00.000Z" },
    ],
    timeline: [{ id: "t1", occurredOn: "2018-04-01T00:00:00.000Z", precision: "month", kind: "conduct", title: "Sharing began", titleKo: null, description: null, sourceId: "src1", isPublic: true, inferenceNote: null, createdAt: "2024-08-13T07:00:00.000Z", updatedAt: "2024-08-13T07:00:00.000Z", deletedAt: null, version: 1 }],
    records_per_day: [
      { day: "2018-04-01", records: "1000", provenance: "modelled" },
      { day: "2018-04-02", records: "1001", provenance: "modelled" },
    ],
    state_transitions: [{ id: "st1", fromState: "reported", toState: "under_inspection" }],
    transition_proposals: [],
    deadlines: [],
    sanctions: [{ id: "s1", type: "fine" }],
  };
}

export type CaseFileFixture = ReturnType<typeof caseFileFixture>;
