// A small, valid case file in the export's shape (casefile-case/2), with one row of every table
// and references between them, for the import's tests to spoil one thing at a time. Every column
// the export writes has a value that is not its default somewhere here (a test checks), so a
// column the import forgets to carry shows in the round trip.
import { CASE_FILE_FORMAT } from "@/lib/export/case-file-format";

/** A live item's deletion date, typed so the same table can hold deleted items. */
const notDeleted: string | null = null;

export function caseFileFixture() {
  const file = {
    format: CASE_FILE_FORMAT,
    incident: {
      id: "inc1",
      slug: "fixture-case",
      title: "Fixture: a company shared customer data",
      titleKo: "픽스처: 회사가 고객 정보를 제공함",
      summary: "What happened, in a sentence.",
      summaryKo: "한 문장으로 무슨 일이 있었는지.",
      investigatedOrgId: "org-company",
      authorityId: "org-authority",
      discoveredOn: "2024-05-01T00:00:00.000Z",
      origin: "inspection",
      receivedOn: "2024-05-02T00:00:00.000Z",
      jurisdiction: "EU",
      conductStart: "2018-04-01T00:00:00.000Z",
      conductStartPrecision: "month",
      conductEnd: "2024-07-31T00:00:00.000Z",
      conductEndPrecision: "day",
      legalBasisExamined: ["Credit Information Act, Art. 17"],
      articles: ["CIUPA Art. 32"],
      workflowState: "findings_issued",
      visibility: "public",
      isDemo: true,
      version: 4,
    },
    organizations: [
      { id: "org-company", slug: "fixture-company", name: "Fixture Company", nameKo: "픽스처 회사", kind: "company", country: "KR", description: null, sector: "finance", registrationNumber: "000-00-00000", aliases: ["FixCo"], aliasesKo: ["픽스코"] },
      { id: "org-recipient", slug: "fixture-recipient", name: "Fixture Recipient", nameKo: "픽스처 수령인", kind: "company", country: "CN", description: "Shareholder" },
      { id: "org-authority", slug: "fixture-authority", name: "Fixture Authority", nameKo: null, kind: "authority", country: "KR", description: null },
    ],
    recipients: [
      {
        id: "rcp1", organizationId: "org-recipient", organization: "Fixture Recipient", relationship: "32% shareholder", relationshipKo: "32% 주주", country: "CN", stakePercent: "32.5", purposeClaimed: "Fraud detection",
        consent: "not_obtained", contractCovered: true, contractNote: "A data processing contract.", description: "The second-largest shareholder.", descriptionKo: "2대 주주.",
        createdAt: "2024-08-13T00:30:00.000Z", updatedAt: "2024-08-13T00:40:00.000Z", deletedAt: notDeleted, version: 2,
      },
      {
        id: "rcp2", organizationId: "org-recipient", organization: "Fixture Recipient", relationship: "Entered twice by mistake", relationshipKo: null, country: null, stakePercent: null, purposeClaimed: null,
        consent: "unknown", contractCovered: false, contractNote: null, description: null, descriptionKo: null,
        createdAt: "2024-08-13T00:31:00.000Z", updatedAt: "2024-08-13T00:41:00.000Z", deletedAt: "2024-08-13T00:41:00.000Z", version: 2,
      },
    ],
    sources: [
      { id: "src1", kind: "authority_release", title: "Inspection results", titleKo: "검사 결과", publisher: "Fixture Authority", language: "ko", publishedOn: "2024-08-13T00:00:00.000Z", publishedPrecision: "month", url: "https://example.org/a", note: "The release.", noteKo: "보도자료.", createdAt: "2024-08-13T01:00:00.000Z", updatedAt: "2024-08-13T01:00:00.000Z", deletedAt: notDeleted, version: 1 },
      { id: "src2", kind: "press_report", title: "An older article", titleKo: null, publisher: null, language: null, publishedOn: null, publishedPrecision: "day", url: null, note: null, noteKo: null, createdAt: "2024-08-14T01:00:00.000Z", updatedAt: "2024-08-15T01:00:00.000Z", deletedAt: "2024-08-15T01:00:00.000Z", version: 2 },
    ],
    figures: [
      { key: "monthly_active_users", label: "Monthly active users", labelKo: "월간 활성 이용자", value: "24000000", unit: "people", approximate: true, provenance: "reported", organizationId: "org-company", sourceId: "src1", asOf: "2024-06-30T00:00:00.000Z", note: "As reported.", noteKo: "보고된 대로.",
        createdAt: "2024-08-13T02:00:00.000Z", updatedAt: "2024-08-13T02:10:00.000Z", deletedAt: "2024-08-13T02:10:00.000Z", version: 2 },
    ],
    statements: [
      {
        id: "stm1", organizationId: "org-company", party: "Fixture Company", quote: "We did nothing wrong.", quoteKo: "잘못한 것이 없습니다.", wording: "paraphrase", context: "At a briefing.", contextKo: "브리핑에서.",
        statedOn: "2024-08-01T00:00:00.000Z", statedPrecision: "month", sourceId: "src1", createdAt: "2024-08-14T02:00:00.000Z", updatedAt: "2024-08-14T02:05:00.000Z", deletedAt: notDeleted, version: 1,
      },
    ],
    findings: [
      { id: "f1", title: "Shared without consent", titleKo: "동의 없는 제공", body: "The body.", bodyKo: "본문.", severity: "critical", status: "confirmed", statusReason: "Established on site.", articles: ["CIUPA Art. 32", "NOSUCHLAW Art. 1"], legalArticles: ["Art. 17"], evidenceRefs: ["Inspection record 3"], sourceId: "src1", authorId: "someone", createdAt: "2024-08-13T03:00:00.000Z", updatedAt: "2024-08-13T04:00:00.000Z", deletedAt: notDeleted, version: 2 },
    ],
    data_categories: [
      {
        id: "dc1", name: "Mobile number", nameKo: "휴대전화 번호", sensitivity: "high", consent: "not_obtained", purposeClaimed: "Fraud scoring", purposeClaimedKo: "부정거래 탐지", sharedFrom: "2018-04-01T00:00:00.000Z", sharedUntil: "2024-07-31T00:00:00.000Z",
        protectionMethod: "hashing", hashAlgorithm: "sha256", keyHolder: "none", keyHandling: "No salt.", protectionNote: "SHA-256 without a salt.", protectionNoteKo: "솔트 없는 SHA-256.", identifierFormat: "010-XXXX-XXXX", identifierSpace: "Korean mobile numbers",
        identifierSpaceSize: "100000000", gpuHashRate: 20000000000, reversibility: "reversible", reversibilityNote: "Every number in under a second.", reversibilityNoteKo: "1초 안에 모두 복원.", createdAt: "2024-08-13T05:00:00.000Z", updatedAt: "2024-08-13T05:00:00.000Z", deletedAt: notDeleted, version: 1,
      },
    ],
    estimate_revisions: [
      { estimateId: "est1", estimate: "People affected", estimateDeletedAt: null, revision: 1, asOf: "2024-08-13T00:00:00.000Z", active: "25000000", dormant: "10000000", former: "5000000", unsplit: "450000", total: "40450000", low: "40000000", high: "41000000", provenance: "verified", sourceId: "src1", note: "As inspected.", createdById: "someone", createdAt: "2024-08-13T06:00:00.000Z" },
      { estimateId: "est1", estimate: "People affected", estimateDeletedAt: null, revision: 2, asOf: "2024-08-20T00:00:00.000Z", active: "25000000", dormant: null, former: null, unsplit: "15460000", total: "40460000", low: null, high: null, provenance: "verified", sourceId: null, note: "Corrected.", createdById: null, createdAt: "2024-08-20T06:00:00.000Z" },
      { estimateId: "est2", estimate: "A first guess", estimateDeletedAt: "2024-08-21T00:00:00.000Z", revision: 1, asOf: "2024-08-10T00:00:00.000Z", active: null, dormant: null, former: null, unsplit: null, total: "40000000", low: null, high: null, provenance: "estimated", sourceId: null, note: null, createdById: null, createdAt: "2024-08-10T06:00:00.000Z" },
    ],
    timeline: [{ id: "t1", occurredOn: "2018-04-01T00:00:00.000Z", precision: "month", kind: "conduct", title: "Sharing began", titleKo: "제공 시작", description: "The first transfer.", descriptionKo: "첫 전송.", sourceId: "src1", isPublic: true, inferenceNote: "The year is inferred.", inferenceNoteKo: "연도는 추정.", createdAt: "2024-08-13T07:00:00.000Z", updatedAt: "2024-08-13T07:00:00.000Z", deletedAt: notDeleted, version: 1 }],
    records_per_day: [
      { day: "2018-04-01", records: "1000", provenance: "modelled" },
      { day: "2018-04-02", records: "1001", provenance: "reported" },
    ],
    state_transitions: [{ id: "st1", fromState: "reported", toState: "under_inspection" }],
    transition_proposals: [],
    deadlines: [],
    sanctions: [{ id: "s1", type: "fine" }],
  };
  // A deleted copy of the items that can be deleted, so deletion dates travel too.
  const deleted = { createdAt: "2024-08-15T00:00:00.000Z", updatedAt: "2024-08-16T00:00:00.000Z", deletedAt: "2024-08-16T00:00:00.000Z", version: 2 };
  file.findings.push({ ...file.findings[0]!, id: "f2", title: "A finding withdrawn and deleted", ...deleted });
  file.data_categories.push({ ...file.data_categories[0]!, id: "dc2", name: "Name", ...deleted });
  file.timeline.push({ ...file.timeline[0]!, id: "t2", title: "Entered by mistake", ...deleted });
  file.statements.push({ ...file.statements[0]!, id: "stm2", quote: "Said twice.", ...deleted });
  return file;
}

export type CaseFileFixture = ReturnType<typeof caseFileFixture>;
