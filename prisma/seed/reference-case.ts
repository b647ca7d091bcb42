// The Kakao Pay → Alipay case, from ../shared/reference/case-kakao-pay-alipay.txt (an
// English-language news report on the FSS findings, carrying a News1 photograph). Every figure
// here is in that text. Where something is inferred rather than stated (the year 2024, the end
// of the transfers), the record says so.
import { seedLegalArticles } from "./legal-articles";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { figureKey, RECORDS_TOTAL_KEY } from "@/lib/figures/figure-key";
import { modelEvenDailySeries } from "@/lib/series/model-daily-series";

export const REFERENCE_CASE_SLUG = "kakao-pay-alipay-2024";

/** The transfers' period as modelled. The start month is stated; the end is inferred. */
const REFERENCE_SERIES_PERIOD = { from: "2018-04-01", to: "2024-07-31" } as const;
const REFERENCE_RECORDS_TOTAL = 54_200_000_000n;
const REFERENCE_PEOPLE_TOTAL = 40_450_000n;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const YEAR_INFERRED =
  "The source gives 13 August without a year; 2024 is inferred from “the past six years since April 2018”.";
const YEAR_INFERRED_KO = "출처는 연도 없이 8월 13일이라고만 적었다. 2024년은 ‘2018년 4월부터 지난 6년간’이라는 표현에서 추론했다.";
const END_INFERRED_KO =
  "출처는 ‘2018년 4월부터 지난 6년간’ 매일 정보가 나갔다고만 밝혔다. 일별 건수는 검사 결과 발표 전 마지막으로 꽉 찬 달인 2024년 7월 말까지로 모델링했다.";
const END_INFERRED =
  "The source says only that data went out daily “over the past six years since April 2018”. The series is modelled to the end of July 2024, the last full month before the findings were released.";

const SOURCE_NOTE =
  "English-language news report on the FSS findings of 13 August; it carries a News1 photograph but names neither its publisher nor its address. Publication date inferred.";
const SOURCE_NOTE_KO = "금감원의 8월 13일 검사 결과에 관한 영문 뉴스 보도다. 뉴스1 사진이 실렸지만 발행처와 주소는 밝히지 않았다. 게시일은 추론했다.";

type Tx = Prisma.TransactionClient | PrismaClient;

async function organization(tx: Tx, data: Prisma.OrganizationCreateInput) {
  return tx.organization.upsert({ where: { slug: data.slug }, update: {}, create: data });
}

export async function seedReferenceCase(tx: Tx): Promise<{ created: boolean; incidentId: string }> {
  const existing = await tx.incident.findUnique({ where: { slug: REFERENCE_CASE_SLUG }, select: { id: true } });
  if (existing) return { created: false, incidentId: existing.id };

  const kakaoPay = await organization(tx, {
    slug: "kakao-pay",
    name: "Kakao Pay",
    nameKo: "카카오페이",
    kind: "company",
    country: "KR",
    description: "A leading mobile payment service in South Korea.",
    // The article gives no registration numbers; they stay empty rather than guessed.
    sector: "finance",
  });
  const alipay = await organization(tx, {
    slug: "alipay",
    name: "Alipay",
    nameKo: "알리페이",
    kind: "company",
    country: "CN",
    description: "A financial payment company under China’s Alibaba; supports payments for merchants including Apple, Google, AliExpress and Temu.",
    sector: "finance",
  });
  const fss = await organization(tx, {
    slug: "financial-supervisory-service",
    name: "Financial Supervisory Service",
    nameKo: "금융감독원",
    kind: "authority",
    country: "KR",
    sector: "public_sector",
    // "FSS" is how the article names it; 금감원 is its usual short name in Korean.
    aliases: ["FSS"],
    aliasesKo: ["금감원"],
  });

  const incident = await tx.incident.create({
    data: {
      slug: REFERENCE_CASE_SLUG,
      title: "Kakao Pay shared customers’ personal credit information with Alipay without consent",
      titleKo: "카카오페이, 고객 개인신용정보 알리페이에 동의 없이 제공",
      summary:
        "The Financial Supervisory Service found that Kakao Pay sent the personal credit information of 40.45 million people to Alipay, " +
        "every day since April 2018 and without customer consent: 54.2 billion records in all, including people who never used overseas payments. " +
        "Phone numbers and Kakao Pay IDs were “encrypted”, but inspectors decrypted them with widely available tools. " +
        "Kakao Pay says there was no illegal provision of information. The FSS will proceed with sanctions after a legal review.",
      summaryKo:
        "금융감독원은 카카오페이가 2018년 4월부터 매일 고객 동의 없이 4,045만 명의 개인신용정보를 알리페이에 제공했다고 밝혔다. " +
        "누적 542억 건으로, 해외결제를 이용하지 않은 고객의 정보도 포함됐다. 휴대전화번호와 카카오페이 아이디는 ‘암호화’되어 있었지만 " +
        "검사 과정에서 일반적인 복호화 도구로 복원됐다. 카카오페이는 불법적인 정보 제공은 없었다는 입장이다. 금감원은 법률 검토를 거쳐 제재 절차를 진행할 예정이다.",
      investigatedOrgId: kakaoPay.id,
      authorityId: fss.id,
      discoveredOn: day("2024-08-13"),
      conductStart: day("2018-04-01"),
      conductStartPrecision: "month",
      conductEnd: day(REFERENCE_SERIES_PERIOD.to),
      conductEndPrecision: "month",
      // The source names no statute; the legal articles are recorded when the legal review cites them.
      legalBasisExamined: [],
      // "Findings released, sanctions to follow after a legal review": the legal review is announced, not begun.
      workflowState: "findings_issued",
      stateEnteredAt: day("2024-08-13"),
      visibility: "public",
      openedAt: day("2024-08-13"),
      recipients: {
        create: [
          {
            organizationId: alipay.id,
            relationship: "Second-largest shareholder of Kakao Pay (32% stake); runs Kakao Pay’s overseas payment network.",
            relationshipKo: "카카오페이의 2대 주주(지분 32%)이며 카카오페이의 해외결제 망을 운영한다.",
            description:
              "Supports financial payments for 81 million merchants across 46 countries. Kakao Pay lacks its own overseas payment network and relies on Alipay for these services.",
            descriptionKo: "46개국 8,100만 가맹점의 금융 결제를 지원한다. 카카오페이는 자체 해외결제 망이 없어 이 서비스를 알리페이에 의존한다.",
          },
        ],
      },
    },
  });

  const source = await tx.source.create({
    data: {
      incidentId: incident.id,
      // The text names neither its publisher nor its address (only a News1 photograph credit), so
      // neither is recorded: the public page says so rather than guessing.
      title: "News report: FSS finds Kakao Pay shared 40 million customers’ credit data with Alipay without consent",
      titleKo: "뉴스 보도: 금감원, 카카오페이가 고객 4천만 명의 신용정보를 동의 없이 알리페이에 제공했다고 발표",
      kind: "press_report",
      publisher: null,
      url: null,
      language: "en",
      publishedOn: day("2024-08-13"),
      note: `${SOURCE_NOTE} ${YEAR_INFERRED}`,
      noteKo: `${SOURCE_NOTE_KO} ${YEAR_INFERRED_KO}`,
    },
  });

  // Keys as the browser makes them (from the first label), so a case typed in says the same.
  const figure = (data: Omit<Prisma.IncidentFigureUncheckedCreateInput, "incidentId" | "sourceId" | "key">, options: { recordsTotal?: boolean } = {}) => ({
    ...data,
    key: options.recordsTotal ? RECORDS_TOTAL_KEY : figureKey(data.label),
    incidentId: incident.id,
    sourceId: source.id,
  });
  await tx.incidentFigure.createMany({
    data: [
      figure({
        label: "Records sent to Alipay (cumulative)",
        labelKo: "알리페이에 제공된 정보 (누적)",
        value: "54200000000",
        unit: "records",
        provenance: "verified",
        asOf: day("2024-08-13"),
        note: "Cumulative total found by the FSS inspection.",
        noteKo: "금감원 현장검사에서 확인된 누적 건수.",
      }, { recordsTotal: true }),
      figure({
        label: "Kakao Pay monthly users",
        labelKo: "카카오페이 월 이용자",
        value: "25000000",
        unit: "people",
        approximate: true,
        provenance: "estimated",
        organizationId: kakaoPay.id,
        note: "“Approximately 25 million monthly users”, according to an FSS representative.",
        noteKo: "금감원 관계자에 따르면 ‘월 이용자 약 2,500만 명’.",
      }),
      figure({
        label: "Merchants Alipay supports",
        labelKo: "알리페이 가맹점",
        value: "81000000",
        unit: "merchants",
        provenance: "reported",
        organizationId: alipay.id,
      }),
      figure({
        label: "Countries Alipay operates in",
        labelKo: "알리페이 서비스 국가",
        value: "46",
        unit: "countries",
        provenance: "reported",
        organizationId: alipay.id,
      }),
      figure({
        label: "Alipay’s stake in Kakao Pay",
        labelKo: "알리페이의 카카오페이 지분",
        value: "32",
        unit: "percent",
        provenance: "reported",
        organizationId: alipay.id,
        note: "Alipay is Kakao Pay’s second-largest shareholder.",
        noteKo: "알리페이는 카카오페이의 2대 주주다.",
      }),
    ],
  });

  await tx.populationEstimate.create({
    data: {
      incidentId: incident.id,
      label: "People whose data was shared at least once",
      revisions: {
        create: {
          revision: 1,
          asOf: day("2024-08-13"),
          active: 25_000_000n,
          unsplit: 15_450_000n,
          total: REFERENCE_PEOPLE_TOTAL,
          provenance: "verified",
          sourceId: source.id,
          note:
            "Total of 40.45 million from the FSS findings. About 25 million are monthly (active) users, per an FSS representative; " +
            "the source does not split the remaining 15.45 million between dormant and former customers, so they are recorded as unsplit.",
        },
      },
    },
  });

  const shared = { sharedFrom: day("2018-04-01"), consent: "not_obtained" as const, protectionMethod: "encryption" as const, keyHolder: "unknown" as const };
  // The source says "encrypted" and that inspectors reversed phone numbers and IDs with widely
  // available tools. Reversing with off-the-shelf tools is what enumerating an unsalted hash over
  // a small space looks like, so those two are recorded as hashed; the note says it is inferred.
  const reversedWithTools = {
    protectionMethod: "hashing" as const,
    keyHolder: "none" as const,
    protectionNote:
      "The source calls the data “encrypted”. Inspectors reversed it with widely available decryption tools, which is what enumerating an unsalted hash looks like; recording it as a hash is Casefile’s inference, not the source’s. The algorithm is not stated.",
    protectionNoteKo:
      "출처는 이 정보를 ‘암호화’됐다고 표현한다. 검사관은 널리 쓰이는 복호화 도구로 이를 복원했는데, 이는 솔트 없는 해시를 전수 대입할 때의 모습이다. 해시로 기록한 것은 출처가 아니라 Casefile의 추론이다. 알고리즘은 밝혀지지 않았다.",
  };
  const purpose =
    "Kakao Pay: to assess the creditworthiness of customers regularly using overseas payment services, under its consignment agreement with Alipay; " +
    "information on potential overseas payment customers was shared because Apple requested it.";
  const purposeKo =
    "카카오페이: 알리페이와의 위수탁 계약에 따라 해외결제 서비스를 정기적으로 이용하는 고객의 신용도를 평가하기 위한 것이며, " +
    "해외결제 잠재 고객의 정보는 애플의 요청으로 공유했다.";
  const purposes = { purposeClaimed: purpose, purposeClaimedKo: purposeKo };
  await tx.dataCategory.createMany({
    data: [
      {
        ...shared,
        incidentId: incident.id,
        name: "Mobile phone number",
        nameKo: "휴대전화번호",
        sensitivity: "high",
        ...purposes,
        ...reversedWithTools,
        identifierFormat: "010-XXXX-XXXX",
        identifierSpace: "Korean mobile numbers: 010 followed by 8 digits (a general property of the numbers, not from the source).",
        reversibility: "reversible",
        reversibilityNote: "The FSS fully decrypted mobile phone numbers using widely available decryption tools.",
        reversibilityNoteKo: "금감원은 널리 쓰이는 복호화 도구로 휴대전화번호를 모두 복호화했다.",
      },
      {
        ...shared,
        incidentId: incident.id,
        name: "Kakao Pay ID",
        nameKo: "카카오페이 아이디",
        sensitivity: "moderate",
        ...purposes,
        ...reversedWithTools,
        reversibility: "reversible",
        reversibilityNote: "The FSS fully decrypted Kakao Pay IDs using widely available decryption tools.",
        reversibilityNoteKo: "금감원은 널리 쓰이는 복호화 도구로 카카오페이 아이디를 모두 복호화했다.",
      },
      {
        ...shared,
        incidentId: incident.id,
        name: "Name",
        nameKo: "이름",
        sensitivity: "moderate",
        ...purposes,
        reversibility: "not_reversible",
        reversibilityNote: "The FSS could decrypt the data it tested “with the exception of names”.",
        reversibilityNoteKo: "금감원은 시험한 정보를 ‘이름을 제외하고’ 복호화할 수 있었다.",
      },
      { ...shared, incidentId: incident.id, name: "Email address", nameKo: "이메일 주소", sensitivity: "moderate", ...purposes },
      {
        ...shared,
        incidentId: incident.id,
        name: "Transaction history",
        nameKo: "거래 내역",
        sensitivity: "high",
        ...purposes,
      },
    ],
  });

  await tx.timelineEvent.createMany({
    data: [
      {
        incidentId: incident.id,
        occurredOn: day("2018-04-01"),
        precision: "month",
        kind: "conduct",
        title: "Kakao Pay begins sending customers’ credit information to Alipay every day",
        titleKo: "카카오페이, 알리페이에 고객 신용정보 매일 전송 시작",
        sourceId: source.id,
        isPublic: true,
      },
      {
        incidentId: incident.id,
        occurredOn: day("2024-08-13"),
        precision: "day",
        kind: "publication",
        title: "FSS releases the findings of its on-site inspection of Kakao Pay’s overseas payment services",
        titleKo: "금감원, 카카오페이 해외결제 서비스 현장검사 결과 발표",
        description: "The FSS will proceed with sanctions after a thorough legal review and will investigate similar incidents.",
        descriptionKo: "금감원은 철저한 법률 검토를 거쳐 제재 절차를 진행하고 유사 사례도 조사할 예정이다.",
        sourceId: source.id,
        isPublic: true,
        inferenceNote: YEAR_INFERRED,
        inferenceNoteKo: YEAR_INFERRED_KO,
      },
    ],
  });

  await tx.statement.createMany({
    data: [
      {
        incidentId: incident.id,
        organizationId: kakaoPay.id,
        quote: "There was no illegal provision of information. We will provide further clarification during the follow-up investigation.",
        quoteKo: "불법적인 정보 제공은 없었다. 후속 조사 과정에서 추가로 소명하겠다.",
        sourceId: source.id,
      },
      {
        incidentId: incident.id,
        organizationId: kakaoPay.id,
        quote: "We shared the information of potential overseas payment customers because Apple requested it.",
        quoteKo: "애플의 요청으로 해외결제 잠재 고객의 정보를 공유했다.",
        sourceId: source.id,
      },
      {
        incidentId: incident.id,
        organizationId: kakaoPay.id,
        quote:
          "Kakao Pay had a contract with Alipay, and the encryption was robust enough to prevent easy identification of personal information. " +
          "The information was intended solely for assessing the creditworthiness of customers regularly using overseas payment services.",
        quoteKo:
          "카카오페이는 알리페이와 계약을 맺고 있었고, 암호화 수준은 개인정보를 쉽게 식별할 수 없을 만큼 충분히 강력했다. " +
          "제공된 정보는 해외결제 서비스를 정기적으로 이용하는 고객의 신용도 평가에만 쓰기 위한 것이었다.",
        wording: "paraphrase",
        sourceId: source.id,
      },
      {
        incidentId: incident.id,
        organizationId: fss.id,
        quote:
          "Kakao Pay has approximately 25 million monthly users, and when including dormant and former customers, the data of over 40 million people was shared at least once.",
        quoteKo: "카카오페이 월 이용자는 약 2,500만 명이며, 휴면·탈퇴 고객까지 포함하면 4,000만 명이 넘는 사람의 정보가 한 번 이상 제공됐다.",
        sourceId: source.id,
      },
      {
        incidentId: incident.id,
        organizationId: fss.id,
        quote: "The FSS will proceed with sanctions promptly after a thorough legal review and will also investigate similar incidents.",
        quoteKo: "금감원은 철저한 법률 검토를 거쳐 신속히 제재 절차를 진행하고 유사 사례도 조사할 예정이다.",
        wording: "paraphrase",
        statedOn: day("2024-08-13"),
        sourceId: source.id,
      },
    ],
  });

  const evidence = `Source: ${source.title}`;
  const articles = await seedLegalArticles(tx);
  await tx.incidentLegalArticle.createMany({
    data: [articles.consent, articles.entrustment].map((articleId, position) => ({ incidentId: incident.id, articleId, position })),
  });
  await tx.finding.createMany({
    data: [
      {
        incidentId: incident.id,
        title: "Personal credit information of 40.45 million people provided to Alipay without consent",
        titleKo: "4,045만 명의 개인신용정보를 동의 없이 알리페이에 제공",
        body: "Kakao Pay transmitted encrypted personal credit information to Alipay daily from April 2018, 54.2 billion records in all, without obtaining customer consent.",
        bodyKo: "카카오페이는 2018년 4월부터 고객 동의 없이 암호화된 개인신용정보를 매일 알리페이에 전송했으며, 누적 542억 건에 이른다.",
        severity: "critical",
        status: "confirmed",
        statusReason: "Established by the FSS on-site inspection.",
        legalArticles: [],
      },
      {
        incidentId: incident.id,
        title: "Data of customers who never used overseas payments was provided too",
        titleKo: "해외결제를 이용하지 않은 고객의 정보까지 제공",
        body: "The provision was excessive: it covered customers who did not use overseas payment services.",
        bodyKo: "해외결제 서비스를 이용하지 않은 고객의 정보까지 포함한 과도한 제공이었다.",
        severity: "high",
        status: "confirmed",
        statusReason: "Established by the FSS on-site inspection.",
        legalArticles: [],
      },
      {
        incidentId: incident.id,
        title: "No specific contract with Alipay covered this data sharing",
        titleKo: "이번 정보 제공에 관한 알리페이와의 별도 계약 없음",
        body: "The FSS found no specific contract for the data sharing. Kakao Pay disputes this and says it had a contract with Alipay.",
        bodyKo: "금감원은 이번 정보 제공에 관한 별도 계약을 확인하지 못했다. 카카오페이는 이에 반박하며 알리페이와 계약이 있었다고 주장한다.",
        severity: "high",
        status: "confirmed",
        statusReason: "Established by the FSS on-site inspection; disputed by Kakao Pay.",
        legalArticles: [],
      },
      {
        incidentId: incident.id,
        title: "The “encryption” could be reversed with widely available tools",
        titleKo: "‘암호화’는 널리 쓰이는 도구로 풀 수 있었다",
        body: "In testing, the FSS fully decrypted mobile phone numbers and Kakao Pay IDs using widely available decryption tools, with the exception of names.",
        bodyKo: "금감원은 시험 과정에서 널리 쓰이는 복호화 도구로 이름을 제외한 휴대전화번호와 카카오페이 아이디를 모두 복호화했다.",
        severity: "high",
        status: "confirmed",
        statusReason: "Reproduced by FSS inspectors.",
        legalArticles: [],
      },
    ],
  });

  // Each finding cites the article it engages; the reversed "encryption" is a fact, not a provision.
  const seededFindings = await tx.finding.findMany({ where: { incidentId: incident.id }, select: { id: true, title: true } });
  const cites: Record<string, string> = {
    "Personal credit information of 40.45 million people provided to Alipay without consent": articles.consent,
    "Data of customers who never used overseas payments was provided too": articles.consent,
    "No specific contract with Alipay covered this data sharing": articles.entrustment,
  };
  await tx.findingLegalArticle.createMany({
    data: seededFindings.flatMap((f) => (cites[f.title] ? [{ findingId: f.id, articleId: cites[f.title]!, position: 0 }] : [])),
  });
  // Each finding's free-text evidence reference: a link without a file.
  await tx.evidenceLink.createMany({ data: seededFindings.map((f) => ({ incidentId: incident.id, findingId: f.id, label: evidence, position: 0 })) });

  await tx.stateTransition.createMany({
    data: [
      {
        incidentId: incident.id,
        fromState: "under_inspection",
        toState: "findings_issued",
        reason: "The FSS released the findings of its on-site inspection.",
        createdAt: day("2024-08-13"),
      },
    ],
  });

  const series = modelEvenDailySeries({ total: REFERENCE_RECORDS_TOTAL, ...REFERENCE_SERIES_PERIOD });
  await tx.dailyRecordCount.createMany({
    data: series.map((d) => ({ incidentId: incident.id, day: day(d.day), records: d.records, provenance: "modelled" as const })),
  });
  await tx.timelineEvent.create({
    data: {
      incidentId: incident.id,
      occurredOn: day(REFERENCE_SERIES_PERIOD.to),
      precision: "month",
      kind: "conduct",
      title: "End of the modelled transfer period",
      titleKo: "모델링한 전송 기간 종료",
      description: "The records-per-day series is modelled: the 54.2 billion total spread evenly over the period.",
      descriptionKo: "일별 건수는 모델링한 값이다. 누적 542억 건을 기간 전체에 고르게 나누었다.",
      isPublic: true,
      inferenceNote: END_INFERRED,
      inferenceNoteKo: END_INFERRED_KO,
    },
  });

  return { created: true, incidentId: incident.id };
}
