// Clearly fictional demo cases, so that lists, filters and charts have something to show in
// several workflow states. Every title starts with "Demo:" and every row has isDemo = true.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { eachDay } from "@/lib/series/model-daily-series";
import { dueFromDay, freezeRule } from "@/lib/jurisdictions/clock-rules";

type Tx = Prisma.TransactionClient | PrismaClient;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** When the (fictional) sanction in the "decided" demo case was decided. */
const DEMO_DECISION_DAY = "2025-01-15";

interface DemoCase {
  slug: string;
  title: string;
  titleKo: string;
  summary: string;
  summaryKo: string;
  company: { slug: string; name: string; nameKo: string };
  recipient: { slug: string; name: string; nameKo: string; relationship: string; relationshipKo: string };
  state: Prisma.IncidentCreateInput["workflowState"];
  visibility: "internal" | "public";
  openedAt: string;
  closedAt?: string;
  period: { from: string; to: string };
  /** Daily counts: a small weekly rhythm around this mean, with one gap week. */
  dailyMean: number;
  people: { active: bigint; dormant: bigint; former: bigint; low: bigint; high: bigint };
  category: {
    name: string;
    nameKo: string;
    sensitivity: "low" | "moderate" | "high" | "special";
    protection: "none" | "hashing" | "salted_hashing";
    /** What the inspectors found, where the case says so. */
    inspected?: { identifierFormat: string; reversibility: "reversible" | "not_reversible"; reversibilityNote: string; reversibilityNoteKo: string };
  };
}

const DEMO_CASES: DemoCase[] = [
  {
    slug: "demo-fitness-location-broker",
    title: "Demo: Fictional fitness app shared location history with an ad broker",
    titleKo: "데모: 가상의 운동 앱, 위치 기록을 광고 중개업체에 제공",
    summary: "A fictional case for demonstration. A fitness app sent users’ location history to an advertising broker.",
    summaryKo: "데모용 가상 사건. 운동 앱이 이용자의 위치 기록을 광고 중개업체에 보냈다.",
    company: { slug: "demo-stride-fitness", name: "Stride Fitness (fictional)", nameKo: "스트라이드 피트니스 (가상)" },
    recipient: { slug: "demo-adreach", name: "AdReach Broker (fictional)", nameKo: "애드리치 (가상)", relationship: "Advertising partner", relationshipKo: "광고 제휴사" },
    state: "under_inspection",
    visibility: "internal",
    openedAt: "2025-03-04",
    period: { from: "2023-01-01", to: "2024-12-31" },
    dailyMean: 120_000,
    people: { active: 800_000n, dormant: 300_000n, former: 150_000n, low: 1_100_000n, high: 1_400_000n },
    category: { name: "Precise location history", nameKo: "정밀 위치 기록", sensitivity: "high", protection: "none" },
  },
  {
    slug: "demo-telecom-api-exposure",
    title: "Demo: Fictional telecom exposed subscriber records through an open API",
    titleKo: "데모: 가상의 통신사, 공개 API로 가입자 정보 노출",
    summary: "A fictional case for demonstration. A misconfigured partner API returned subscriber records to any caller.",
    summaryKo: "데모용 가상 사건. 잘못 설정된 제휴사 API가 누구에게나 가입자 정보를 돌려주었다.",
    company: { slug: "demo-hanbit-telecom", name: "Hanbit Telecom (fictional)", nameKo: "한빛텔레콤 (가상)" },
    recipient: { slug: "demo-unknown-callers", name: "Unidentified API callers (fictional)", nameKo: "미상의 API 호출자 (가상)", relationship: "Unauthorised access", relationshipKo: "무단 접근" },
    state: "sanction_decided",
    visibility: "public",
    openedAt: "2024-05-20",
    period: { from: "2024-01-15", to: "2024-04-30" },
    dailyMean: 2_500_000,
    people: { active: 5_200_000n, dormant: 900_000n, former: 400_000n, low: 6_000_000n, high: 7_000_000n },
    category: { name: "Subscriber name and phone number", nameKo: "가입자 이름과 전화번호", sensitivity: "moderate", protection: "none" },
  },
  {
    slug: "demo-insurer-claims-sharing",
    title: "Demo: Fictional insurer shared health claims with a reinsurer",
    titleKo: "데모: 가상의 보험사, 건강 청구 정보를 재보험사와 공유",
    summary: "A fictional case for demonstration, newly reported and not yet inspected.",
    summaryKo: "데모용 가상 사건. 새로 신고되어 아직 검사하지 않았다.",
    company: { slug: "demo-mirae-insurance", name: "Mirae Insurance (fictional)", nameKo: "미래보험 (가상)" },
    recipient: { slug: "demo-globalre", name: "GlobalRe (fictional)", nameKo: "글로벌리 (가상)", relationship: "Reinsurer", relationshipKo: "재보험사" },
    state: "reported",
    visibility: "internal",
    openedAt: "2026-10-02",
    period: { from: "2025-06-01", to: "2026-06-30" },
    dailyMean: 40_000,
    people: { active: 210_000n, dormant: 60_000n, former: 30_000n, low: 250_000n, high: 350_000n },
    category: { name: "Health insurance claims", nameKo: "건강보험 청구 내역", sensitivity: "special", protection: "hashing" },
  },
  {
    slug: "demo-shop-hashed-emails",
    title: "Demo: Fictional online shop shared hashed emails with an analytics firm",
    titleKo: "데모: 가상의 온라인 쇼핑몰, 해시 처리한 이메일을 분석업체에 제공",
    summary: "A fictional case for demonstration. Unsalted email hashes were matched back to addresses; the case is closed.",
    summaryKo: "데모용 가상 사건. 솔트 없는 이메일 해시가 원래 주소로 복원되었고, 사건은 종결되었다.",
    company: { slug: "demo-bada-mall", name: "Bada Mall (fictional)", nameKo: "바다몰 (가상)" },
    recipient: { slug: "demo-insightly", name: "Insightly Analytics (fictional)", nameKo: "인사이틀리 (가상)", relationship: "Analytics vendor", relationshipKo: "분석 업체" },
    state: "closed",
    visibility: "public",
    openedAt: "2023-02-10",
    closedAt: "2024-11-29",
    period: { from: "2021-07-01", to: "2022-12-31" },
    dailyMean: 300_000,
    people: { active: 2_000_000n, dormant: 1_000_000n, former: 500_000n, low: 3_200_000n, high: 3_800_000n },
    category: {
      name: "Email address (unsalted SHA-256)",
      nameKo: "이메일 주소 (솔트 없는 SHA-256)",
      sensitivity: "moderate",
      protection: "hashing",
      // Addresses cannot be counted, so the check stays undetermined; the summary says the hashes were matched back.
      inspected: { identifierFormat: "?@?", reversibility: "reversible", reversibilityNote: "Inspectors matched the hashes back to addresses using lists of known e-mail addresses (fictional).", reversibilityNoteKo: "검사관이 알려진 이메일 주소 목록으로 해시를 원래 주소와 대조했다 (가상)." },
    },
  },
];

/** A reported series with a weekday rhythm and one week missing, to exercise gaps in charts. */
function reportedSeries(c: DemoCase) {
  const days = eachDay(c.period.from, c.period.to);
  const gapStart = Math.floor(days.length / 3);
  return days
    .map((d, i) => {
      const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
      const factor = weekday === 0 || weekday === 6 ? 0.6 : 1 + ((i * 7919) % 21) / 100;
      return { day: d, records: BigInt(Math.round(c.dailyMean * factor)) };
    })
    .filter((_, i) => i < gapStart || i >= gapStart + 7);
}

export async function seedDemoCases(tx: Tx): Promise<number> {
  let created = 0;
  for (const c of DEMO_CASES) {
    if (await tx.incident.findUnique({ where: { slug: c.slug }, select: { id: true } })) continue;
    const company = await tx.organization.upsert({
      where: { slug: c.company.slug },
      update: {},
      create: { ...c.company, kind: "company", country: "KR", description: "Fictional organisation for the demo data." },
    });
    const recipient = await tx.organization.upsert({
      where: { slug: c.recipient.slug },
      update: {},
      create: { slug: c.recipient.slug, name: c.recipient.name, nameKo: c.recipient.nameKo, kind: "other", description: "Fictional organisation for the demo data." },
    });
    const total = c.people.active + c.people.dormant + c.people.former;
    const incident = await tx.incident.create({
      data: {
        slug: c.slug,
        title: c.title,
        titleKo: c.titleKo,
        summary: c.summary,
        summaryKo: c.summaryKo,
        isDemo: true,
        investigatedOrgId: company.id,
        conductStart: day(c.period.from),
        conductEnd: day(c.period.to),
        workflowState: c.state,
        stateEnteredAt: day(c.closedAt ?? (c.state === "sanction_decided" ? DEMO_DECISION_DAY : c.openedAt)),
        visibility: c.visibility,
        openedAt: day(c.openedAt),
        closedAt: c.closedAt ? day(c.closedAt) : null,
        recipients: { create: { organizationId: recipient.id, relationship: c.recipient.relationship, relationshipKo: c.recipient.relationshipKo } },
        dataCategories: {
          create: { name: c.category.name, nameKo: c.category.nameKo, sensitivity: c.category.sensitivity, consent: "not_obtained", protectionMethod: c.category.protection, ...c.category.inspected },
        },
        estimates: {
          create: {
            label: "Affected people",
            revisions: {
              create: [
                { revision: 1, asOf: day(c.openedAt), total: (total * 8n) / 10n, unsplit: (total * 8n) / 10n, provenance: "reported", note: "First figure reported by the company (fictional)." },
                { revision: 2, asOf: day(c.closedAt ?? c.openedAt), ...c.people, total, provenance: "estimated", note: "Split estimated by the case team (fictional)." },
              ],
            },
          },
        },
        timeline: {
          create: [
            { occurredOn: day(c.period.from), kind: "conduct", title: "Sharing begins (fictional)", titleKo: "정보 제공 시작 (가상)", isPublic: true },
            { occurredOn: day(c.openedAt), kind: "discovery", title: "Case opened (fictional)", titleKo: "사건 개시 (가상)", isPublic: c.visibility === "public" },
          ],
        },
        findings: {
          create: { title: "Data shared without a lawful basis (fictional)", titleKo: "법적 근거 없는 정보 제공 (가상)", body: "Demo finding.", bodyKo: "데모 검사 결과.", severity: "high", status: c.state === "reported" ? "draft" : "confirmed" },
        },
        ...(c.state === "sanction_decided" || c.state === "closed"
          ? {
              sanctions: {
                create: {
                  type: "fine",
                  subjectName: c.company.name,
                  subjectOrgId: company.id,
                  proposedAmountMinor: 2_000_000_000n,
                  amountMinor: 1_500_000_000n,
                  legalBasis: ["Demo legal basis (fictional)"],
                  decisionDate: day(c.closedAt ?? DEMO_DECISION_DAY),
                  decisionDocRefs: ["DEMO-DECISION-1"],
                  status: "decided",
                },
              },
            }
          : {}),
      },
    });
    if (c.state === "sanction_decided") {
      // The appeal window after the (fictional) decision: long over, so the case shows as overdue
      // for closing until someone closes it or records an appeal.
      // Frozen from the jurisdiction's rule, as the workflow does (the migration seeds the rules).
      const decided = day(DEMO_DECISION_DAY);
      const jurisdiction = await tx.jurisdiction.findUniqueOrThrow({ where: { code: incident.jurisdiction }, include: { rules: { where: { kind: "appeal_window" } } } });
      const frozen = jurisdiction.rules[0] ? freezeRule(jurisdiction.rules[0], jurisdiction.timeZone) : null;
      if (frozen) await tx.caseClock.create({ data: { incidentId: incident.id, kind: "appeal_window", ...dueFromDay(decided, frozen), ...frozen } });
    }
    await tx.dailyRecordCount.createMany({
      data: reportedSeries(c).map((d) => ({ incidentId: incident.id, day: day(d.day), records: d.records, provenance: "reported" as const })),
    });
    created++;
  }
  return created;
}
