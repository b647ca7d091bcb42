// The Kakao Pay → Alipay case, from ../shared/reference/case-kakao-pay-alipay.txt (a News1
// report on the FSS findings). Every figure here is in that text. Where something is inferred
// rather than stated (the year 2024, the end of the transfers), the record says so.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { modelEvenDailySeries } from "@/lib/series/model-daily-series";

export const REFERENCE_CASE_SLUG = "kakao-pay-alipay-2024";

/** The transfers' period as modelled. The start month is stated; the end is inferred. */
const REFERENCE_SERIES_PERIOD = { from: "2018-04-01", to: "2024-07-31" } as const;
const REFERENCE_RECORDS_TOTAL = 54_200_000_000n;
const REFERENCE_PEOPLE_TOTAL = 40_450_000n;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const YEAR_INFERRED =
  "The source gives 13 August without a year; 2024 is inferred from “the past six years since April 2018”.";
const END_INFERRED =
  "The source says only that data went out daily “over the past six years since April 2018”. The series is modelled to the end of July 2024, the last full month before the findings were released.";

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
  });
  const alipay = await organization(tx, {
    slug: "alipay",
    name: "Alipay",
    nameKo: "알리페이",
    kind: "company",
    country: "CN",
    description: "A financial payment company under China’s Alibaba; supports payments for merchants including Apple, Google, AliExpress and Temu.",
  });
  const fss = await organization(tx, {
    slug: "fss",
    name: "Financial Supervisory Service",
    nameKo: "금융감독원",
    kind: "authority",
    country: "KR",
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
          },
        ],
      },
    },
  });

  const source = await tx.source.create({
    data: {
      incidentId: incident.id,
      title: "News1: FSS finds Kakao Pay shared 40 million customers’ credit data with Alipay without consent",
      publisher: "News1",
      publishedOn: day("2024-08-13"),
      kind: "press_report",
      language: "en",
      note: `Reference text: case-kakao-pay-alipay.txt. Publication date inferred. ${YEAR_INFERRED}`,
    },
  });

  const figure = (data: Omit<Prisma.IncidentFigureUncheckedCreateInput, "incidentId" | "sourceId">) => ({
    ...data,
    incidentId: incident.id,
    sourceId: source.id,
  });
  await tx.incidentFigure.createMany({
    data: [
      figure({
        key: "records_shared_total",
        label: "Records sent to Alipay (cumulative)",
        labelKo: "알리페이에 제공된 정보 (누적)",
        value: "54200000000",
        unit: "records",
        provenance: "verified",
        asOf: day("2024-08-13"),
        note: "Cumulative total found by the FSS inspection.",
      }),
      figure({
        key: "monthly_users",
        label: "Kakao Pay monthly users",
        labelKo: "카카오페이 월 이용자",
        value: "25000000",
        unit: "people",
        approximate: true,
        provenance: "estimated",
        organizationId: kakaoPay.id,
        note: "“Approximately 25 million monthly users”, according to an FSS representative.",
      }),
      figure({
        key: "recipient_merchants",
        label: "Merchants Alipay supports",
        labelKo: "알리페이 가맹점",
        value: "81000000",
        unit: "merchants",
        provenance: "reported",
        organizationId: alipay.id,
      }),
      figure({
        key: "recipient_countries",
        label: "Countries Alipay operates in",
        labelKo: "알리페이 서비스 국가",
        value: "46",
        unit: "countries",
        provenance: "reported",
        organizationId: alipay.id,
      }),
      figure({
        key: "recipient_stake",
        label: "Alipay’s stake in Kakao Pay",
        labelKo: "알리페이의 카카오페이 지분",
        value: "32",
        unit: "percent",
        provenance: "reported",
        organizationId: alipay.id,
        note: "Alipay is Kakao Pay’s second-largest shareholder.",
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
  };
  const purpose =
    "Kakao Pay: to assess the creditworthiness of customers regularly using overseas payment services, under its consignment agreement with Alipay; " +
    "information on potential overseas payment customers was shared because Apple requested it.";
  await tx.dataCategory.createMany({
    data: [
      {
        ...shared,
        incidentId: incident.id,
        name: "Mobile phone number",
        nameKo: "휴대전화번호",
        sensitivity: "high",
        purposeClaimed: purpose,
        ...reversedWithTools,
        identifierFormat: "010-XXXX-XXXX",
        identifierSpace: "Korean mobile numbers: 010 followed by 8 digits (a general property of the numbers, not from the source).",
        reversibility: "reversible",
        reversibilityNote: "The FSS fully decrypted mobile phone numbers using widely available decryption tools.",
      },
      {
        ...shared,
        incidentId: incident.id,
        name: "Kakao Pay ID",
        nameKo: "카카오페이 아이디",
        sensitivity: "moderate",
        purposeClaimed: purpose,
        ...reversedWithTools,
        reversibility: "reversible",
        reversibilityNote: "The FSS fully decrypted Kakao Pay IDs using widely available decryption tools.",
      },
      {
        ...shared,
        incidentId: incident.id,
        name: "Name",
        nameKo: "이름",
        sensitivity: "moderate",
        purposeClaimed: purpose,
        reversibility: "not_reversible",
        reversibilityNote: "The FSS could decrypt the data it tested “with the exception of names”.",
      },
      { ...shared, incidentId: incident.id, name: "Email address", nameKo: "이메일 주소", sensitivity: "moderate", purposeClaimed: purpose },
      {
        ...shared,
        incidentId: incident.id,
        name: "Transaction history",
        nameKo: "거래 내역",
        sensitivity: "high",
        purposeClaimed: purpose,
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
        sourceId: source.id,
        isPublic: true,
        inferenceNote: YEAR_INFERRED,
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
        wording: "paraphrase",
        sourceId: source.id,
      },
      {
        incidentId: incident.id,
        organizationId: fss.id,
        quote:
          "Kakao Pay has approximately 25 million monthly users, and when including dormant and former customers, the data of over 40 million people was shared at least once.",
        sourceId: source.id,
      },
      {
        incidentId: incident.id,
        organizationId: fss.id,
        quote: "The FSS will proceed with sanctions promptly after a thorough legal review and will also investigate similar incidents.",
        wording: "paraphrase",
        statedOn: day("2024-08-13"),
        sourceId: source.id,
      },
    ],
  });

  const evidence = [`Source: ${source.title}`];
  await tx.finding.createMany({
    data: [
      {
        incidentId: incident.id,
        title: "Personal credit information of 40.45 million people provided to Alipay without consent",
        body: "Kakao Pay transmitted encrypted personal credit information to Alipay daily from April 2018, 54.2 billion records in all, without obtaining customer consent.",
        severity: "critical",
        status: "confirmed",
        statusReason: "Established by the FSS on-site inspection.",
        legalArticles: [],
        evidenceRefs: evidence,
      },
      {
        incidentId: incident.id,
        title: "Data of customers who never used overseas payments was provided too",
        body: "The provision was excessive: it covered customers who did not use overseas payment services.",
        severity: "high",
        status: "confirmed",
        statusReason: "Established by the FSS on-site inspection.",
        legalArticles: [],
        evidenceRefs: evidence,
      },
      {
        incidentId: incident.id,
        title: "No specific contract with Alipay covered this data sharing",
        body: "The FSS found no specific contract for the data sharing. Kakao Pay disputes this and says it had a contract with Alipay.",
        severity: "high",
        status: "confirmed",
        statusReason: "Established by the FSS on-site inspection; disputed by Kakao Pay.",
        legalArticles: [],
        evidenceRefs: evidence,
      },
      {
        incidentId: incident.id,
        title: "The “encryption” could be reversed with widely available tools",
        body: "In testing, the FSS fully decrypted mobile phone numbers and Kakao Pay IDs using widely available decryption tools, with the exception of names.",
        severity: "high",
        status: "confirmed",
        statusReason: "Reproduced by FSS inspectors.",
        legalArticles: [],
        evidenceRefs: evidence,
      },
    ],
  });

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
      isPublic: true,
      inferenceNote: END_INFERRED,
    },
  });

  return { created: true, incidentId: incident.id };
}
