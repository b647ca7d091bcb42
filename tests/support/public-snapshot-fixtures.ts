// Published versions with known contents: one with every optional field the current snapshot can
// carry, and one shaped like the first versions published (before currencies, organisation
// records, Korean wordings, articles and monthly series). Tests of every reader start here.
import type { PublicSnapshot } from "@/lib/publishing/snapshot";

const payCo = { name: "Pay Co", nameKo: "페이", slug: "pay-co", sector: "finance" as const, country: "KR" };
const fss = { name: "Financial Supervisory Service", nameKo: "금융감독원", slug: "fss", sector: "public_sector" as const, country: "KR" };
const pipa17 = { lawCode: "PIPA", lawName: "Personal Information Protection Act", lawNameKo: "개인정보 보호법", number: "17(1)", title: "Provision", titleKo: "제공", url: "https://law.example/pipa/17" };
const cia24 = { lawCode: "CIA", lawName: "Credit Information Act", lawNameKo: null, number: "32", title: null, titleKo: null, url: null };

export const fullSnapshot: PublicSnapshot = {
  schema: 1,
  slug: "pay-co-shares",
  title: "Pay Co shared customer data",
  titleKo: "페이의 고객 정보 제공",
  summary: "Pay Co shared data.",
  summaryKo: "페이가 정보를 제공했다.",
  isDemo: false,
  stage: "sanctioned",
  investigated: payCo,
  authority: fss,
  recipients: [{ id: "r1", name: "Partner <Ltd>", nameKo: null, slug: "partner", sector: "online_platform", country: "CN", relationship: "processor", relationshipKo: "수탁자", description: "Receives", descriptionKo: "받음" }],
  milestones: { findingsOn: "2024-08-13", decidedOn: "2025-01-22" },
  period: { start: "2018-04-01", startPrecision: "month", end: "2024-05-31", endPrecision: "day" },
  headline: {
    people: { value: 40_000_000, provenance: "verified", approximate: true, asOf: "2024-08-13", source: "FSS", split: { active: 30_000_000, dormant: null, former: 10_000_000, unsplit: null } },
    records: { value: 54_200_000_000, provenance: "reported", approximate: false, asOf: null, source: null },
  },
  figures: [
    { key: "fine-total", label: "Fine", labelKo: "과징금", value: 1.5, unit: "bn KRW", approximate: false, provenance: "verified", asOf: "2025-01-22", note: "n", noteKo: "노트", source: "=HYPERLINK(\"x\")", sourceKo: null },
  ],
  dataCategories: [
    { id: "d1", name: "Phone number", nameKo: "전화번호", consent: "not_obtained", purposeClaimed: "Fraud, \"scoring\"", purposeClaimedKo: "사기", protectionMethod: "hashing", reversibility: "reversible", reversibilityNote: "Salt-free\nSHA-256", reversibilityNoteKo: "솔트 없음" },
    { id: "d2", name: "Name", nameKo: null, consent: "unknown", purposeClaimed: null, purposeClaimedKo: null, protectionMethod: "none", reversibility: "not_tested", reversibilityNote: null, reversibilityNoteKo: null },
  ],
  timeline: [
    { id: "t1", occurredOn: "2018-04-01", precision: "month", kind: "conduct", title: "Sharing began", titleKo: "제공 시작", description: "d", descriptionKo: "설명", inferenceNote: null, inferenceNoteKo: null },
    { id: "t2", occurredOn: "2024-08-13", precision: "day", kind: "inspection", title: "Findings", titleKo: null, description: null, descriptionKo: null, inferenceNote: "From the report", inferenceNoteKo: "보고서" },
  ],
  findings: [
    { id: "f1", title: "No consent", titleKo: "동의 없음", body: "=cmd|' /C calc'!A0", bodyKo: "본문", articles: [pipa17, cia24] },
    { id: "f2", title: "Hashing", titleKo: null, body: "Weak", bodyKo: null, articles: [] },
  ],
  statements: [{ id: "st1", organization: { name: "Pay Co", nameKo: "페이" }, quote: "We complied.", quoteKo: "준수했다.", wording: "quotation", statedOn: "2024-08-14", statedPrecision: "day", context: "c", contextKo: "맥락", source: "s", sourceKo: "출처" }],
  sanctions: [
    { id: "s1", type: "fine", subjectName: "Pay Co", subject: payCo, amountKrw: "15000000000", amount: "15000000000", currency: "KRW", decisionDate: "2025-01-22", appealOutcome: null, articles: [pipa17] },
    { id: "s2", type: "fine", subjectName: "Partner <Ltd>", subject: { name: "Partner <Ltd>", nameKo: null, slug: "partner" }, amount: "1234.50", currency: "EUR", decisionDate: "2025-03-01", appealOutcome: "reduced", amountBeforeAppeal: "2000.00", appealDecidedOn: "2025-09-01", articles: [] },
    { id: "s3", type: "institutional_warning", subjectName: "A person", subject: null, amount: null, decisionDate: null, appealOutcome: null },
  ],
  sources: [{ id: "so1", title: "Report", titleKo: "보고", kind: "press_report", publisher: "News", language: "en", publishedOn: "2024-08-13", publishedPrecision: "day", url: "https://news.example/a", note: null, noteKo: null }],
  series: {
    days: 61,
    provenance: "modelled",
    months: [
      { month: "2024-01-01", records: 100, days: 31, provenance: "modelled" },
      { month: "2024-02-01", records: 0, days: 29, provenance: "reported" },
      { month: "2024-03-01", records: 7, days: 1, provenance: "verified" },
    ],
  },
};

/** Shaped like a version published before every optional field existed (cast: the old shape had plain names). */
export const oldSnapshot = {
  schema: 1,
  slug: "old-case",
  title: "An early case",
  titleKo: null,
  summary: "Early.",
  summaryKo: null,
  isDemo: true,
  state: "sanction_decided",
  investigated: { name: "Old Co", nameKo: null },
  authority: null,
  recipients: [{ id: "r1", name: "Recipient", nameKo: null, relationship: null }],
  period: { start: null, startPrecision: "day", end: null, endPrecision: "day" },
  headline: { people: null, records: { value: 10, provenance: "reported", approximate: false, asOf: null, source: null } },
  figures: [{ key: "k", label: "K", labelKo: null, value: 3, unit: null, approximate: false, provenance: "reported", asOf: null, note: null, source: null }],
  dataCategories: [{ id: "d1", name: "Email", nameKo: null, consent: "unknown", purposeClaimed: null, protectionMethod: "none", reversibility: "not_tested", reversibilityNote: null }],
  timeline: [{ id: "t1", occurredOn: "2020-01-01", precision: "year", kind: "other", title: "Began", titleKo: null, description: null, inferenceNote: null }],
  findings: [{ id: "f1", title: "F", body: "B" }],
  statements: [{ id: "st1", organization: null, quote: "Q", quoteKo: null, context: null }],
  sanctions: [{ id: "s1", type: "fine", subjectName: "Old Co", amountKrw: "3000", decisionDate: "2021-02-03", appealOutcome: null }],
  sources: [{ id: "so1", title: "Reference text", url: null, note: null }],
  series: { days: 0, provenance: null },
} as unknown as PublicSnapshot;
