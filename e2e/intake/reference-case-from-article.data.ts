// The reference case as a case officer types it from the article
// (../shared/reference/case-kakao-pay-alipay.txt, a news report on the FSS findings): every
// figure, date and quote below is in that text; the Korean is the authority's own wording where
// the Korean press gave it and a faithful translation otherwise. Written out here, not read from
// the seed, so the journey checks the seed and the forms against the same article.

const YEAR_INFERRED = "The source gives 13 August without a year; 2024 is inferred from “the past six years since April 2018”.";
const YEAR_INFERRED_KO = "출처는 연도 없이 8월 13일이라고만 적었다. 2024년은 ‘2018년 4월부터 지난 6년간’이라는 표현에서 추론했다.";

export const SLUG = "kakao-pay-alipay-2024";

export const CASE = {
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
  investigated: { name: "Kakao Pay", nameKo: "카카오페이", kind: "company", country: "KR", sector: "finance" },
  authority: { name: "Financial Supervisory Service", nameKo: "금융감독원", kind: "authority", country: "KR", sector: "public_sector" },
  // "The FSS released the findings from its on-site inspection … on Aug 13."
  origin: "inspection",
  receivedOn: "2024-08-13",
  // "over the past six years since April 2018"; the end is inferred (see the timeline).
  conductStart: { day: "2018-04-01", precision: "month" },
  conductEnd: { day: "2024-07-31", precision: "month" },
} as const;

export const RECIPIENT = {
  organization: { name: "Alipay", nameKo: "알리페이", kind: "company", country: "CN", sector: "finance" },
  country: "CN",
  relationship: "Second-largest shareholder of Kakao Pay (32% stake); runs Kakao Pay’s overseas payment network.",
  relationshipKo: "카카오페이의 2대 주주(지분 32%)이며 카카오페이의 해외결제 망을 운영한다.",
  description:
    "Supports financial payments for 81 million merchants across 46 countries. Kakao Pay lacks its own overseas payment network and relies on Alipay for these services.",
  descriptionKo: "46개국 8,100만 가맹점의 금융 결제를 지원한다. 카카오페이는 자체 해외결제 망이 없어 이 서비스를 알리페이에 의존한다.",
} as const;

export const SOURCE = {
  kind: "press_report",
  // The text names neither its publisher nor its address (only a News1 photograph credit): neither is typed in.
  title: "News report: FSS finds Kakao Pay shared 40 million customers’ credit data with Alipay without consent",
  titleKo: "뉴스 보도: 금감원, 카카오페이가 고객 4천만 명의 신용정보를 동의 없이 알리페이에 제공했다고 발표",
  language: "en",
  publishedOn: { day: "2024-08-13", precision: "day" },
  note: `English-language news report on the FSS findings of 13 August; it carries a News1 photograph but names neither its publisher nor its address. Publication date inferred. ${YEAR_INFERRED}`,
  noteKo: `금감원의 8월 13일 검사 결과에 관한 영문 뉴스 보도다. 뉴스1 사진이 실렸지만 발행처와 주소는 밝히지 않았다. 게시일은 추론했다. ${YEAR_INFERRED_KO}`,
} as const;

type Party = "investigated" | "authority";
export const STATEMENTS: { party: Party; quote: string; quoteKo: string; wording: "quotation" | "paraphrase"; statedOn?: string }[] = [
  {
    party: "investigated",
    quote: "There was no illegal provision of information. We will provide further clarification during the follow-up investigation.",
    quoteKo: "불법적인 정보 제공은 없었다. 후속 조사 과정에서 추가로 소명하겠다.",
    wording: "quotation",
  },
  {
    party: "investigated",
    quote: "We shared the information of potential overseas payment customers because Apple requested it.",
    quoteKo: "애플의 요청으로 해외결제 잠재 고객의 정보를 공유했다.",
    wording: "quotation",
  },
  {
    party: "investigated",
    quote:
      "Kakao Pay had a contract with Alipay, and the encryption was robust enough to prevent easy identification of personal information. " +
      "The information was intended solely for assessing the creditworthiness of customers regularly using overseas payment services.",
    quoteKo:
      "카카오페이는 알리페이와 계약을 맺고 있었고, 암호화 수준은 개인정보를 쉽게 식별할 수 없을 만큼 충분히 강력했다. " +
      "제공된 정보는 해외결제 서비스를 정기적으로 이용하는 고객의 신용도 평가에만 쓰기 위한 것이었다.",
    wording: "paraphrase",
  },
  {
    party: "authority",
    quote:
      "Kakao Pay has approximately 25 million monthly users, and when including dormant and former customers, the data of over 40 million people was shared at least once.",
    quoteKo: "카카오페이 월 이용자는 약 2,500만 명이며, 휴면·탈퇴 고객까지 포함하면 4,000만 명이 넘는 사람의 정보가 한 번 이상 제공됐다.",
    wording: "quotation",
  },
  {
    party: "authority",
    quote: "The FSS will proceed with sanctions promptly after a thorough legal review and will also investigate similar incidents.",
    quoteKo: "금감원은 철저한 법률 검토를 거쳐 신속히 제재 절차를 진행하고 유사 사례도 조사할 예정이다.",
    wording: "paraphrase",
    statedOn: "2024-08-13",
  },
];

export const FIGURES: { label: string; labelKo: string; value: string; unit: string; approximate?: boolean; provenance: string; asOf?: string; note?: string; noteKo?: string; recordsTotal?: boolean }[] = [
  {
    label: "Records sent to Alipay (cumulative)",
    labelKo: "알리페이에 제공된 정보 (누적)",
    value: "54,200,000,000",
    unit: "records",
    provenance: "verified",
    asOf: "2024-08-13",
    note: "Cumulative total found by the FSS inspection.",
    noteKo: "금감원 현장검사에서 확인된 누적 건수.",
    recordsTotal: true,
  },
  {
    label: "Kakao Pay monthly users",
    labelKo: "카카오페이 월 이용자",
    value: "25,000,000",
    unit: "people",
    approximate: true,
    provenance: "estimated",
    note: "“Approximately 25 million monthly users”, according to an FSS representative.",
    noteKo: "금감원 관계자에 따르면 ‘월 이용자 약 2,500만 명’.",
  },
  { label: "Merchants Alipay supports", labelKo: "알리페이 가맹점", value: "81,000,000", unit: "merchants", provenance: "reported" },
  { label: "Countries Alipay operates in", labelKo: "알리페이 서비스 국가", value: "46", unit: "countries", provenance: "reported" },
  {
    label: "Alipay’s stake in Kakao Pay",
    labelKo: "알리페이의 카카오페이 지분",
    value: "32",
    unit: "percent",
    provenance: "reported",
    note: "Alipay is Kakao Pay’s second-largest shareholder.",
    noteKo: "알리페이는 카카오페이의 2대 주주다.",
  },
];

const PURPOSE =
  "Kakao Pay: to assess the creditworthiness of customers regularly using overseas payment services, under its consignment agreement with Alipay; " +
  "information on potential overseas payment customers was shared because Apple requested it.";
const PURPOSE_KO =
  "카카오페이: 알리페이와의 위수탁 계약에 따라 해외결제 서비스를 정기적으로 이용하는 고객의 신용도를 평가하기 위한 것이며, " +
  "해외결제 잠재 고객의 정보는 애플의 요청으로 공유했다.";

type Category = { name: string; nameKo: string; sensitivity: string; protectionMethod: string; keyHolder: string; identifierFormat?: string; reversibility?: string; reversibilityNote?: string; reversibilityNoteKo?: string };
const categories: Category[] = [
  {
    name: "Mobile phone number",
    nameKo: "휴대전화번호",
    sensitivity: "high",
    protectionMethod: "hashing",
    keyHolder: "none",
    identifierFormat: "010-XXXX-XXXX",
    reversibility: "reversible",
    reversibilityNote: "The FSS fully decrypted mobile phone numbers using widely available decryption tools.",
    reversibilityNoteKo: "금감원은 널리 쓰이는 복호화 도구로 휴대전화번호를 모두 복호화했다.",
  },
  {
    name: "Kakao Pay ID",
    nameKo: "카카오페이 아이디",
    sensitivity: "moderate",
    protectionMethod: "hashing",
    keyHolder: "none",
    reversibility: "reversible",
    reversibilityNote: "The FSS fully decrypted Kakao Pay IDs using widely available decryption tools.",
    reversibilityNoteKo: "금감원은 널리 쓰이는 복호화 도구로 카카오페이 아이디를 모두 복호화했다.",
  },
  {
    name: "Name",
    nameKo: "이름",
    sensitivity: "moderate",
    protectionMethod: "encryption",
    keyHolder: "unknown",
    reversibility: "not_reversible",
    reversibilityNote: "The FSS could decrypt the data it tested “with the exception of names”.",
    reversibilityNoteKo: "금감원은 시험한 정보를 ‘이름을 제외하고’ 복호화할 수 있었다.",
  },
  { name: "Email address", nameKo: "이메일 주소", sensitivity: "moderate", protectionMethod: "encryption", keyHolder: "unknown" },
  { name: "Transaction history", nameKo: "거래 내역", sensitivity: "high", protectionMethod: "encryption", keyHolder: "unknown" },
];
export const CATEGORIES = categories.map((c) => ({ ...c, purposeClaimed: PURPOSE, purposeClaimedKo: PURPOSE_KO, sharedFrom: "2018-04-01", consent: "not_obtained" }));

export const ESTIMATE = {
  label: "People whose data was shared at least once",
  asOf: "2024-08-13",
  active: "25,000,000",
  unsplit: "15,450,000",
  provenance: "verified",
  note:
    "Total of 40.45 million from the FSS findings. About 25 million are monthly (active) users, per an FSS representative; " +
    "the source does not split the remaining 15.45 million between dormant and former customers, so they are recorded as unsplit.",
} as const;

export const EVENTS: { day: string; precision: string; kind: string; title: string; titleKo: string; description?: string; descriptionKo?: string; inferenceNote?: string; inferenceNoteKo?: string; cites: boolean }[] = [
  {
    day: "2018-04-01",
    precision: "month",
    kind: "conduct",
    title: "Kakao Pay begins sending customers’ credit information to Alipay every day",
    titleKo: "카카오페이, 알리페이에 고객 신용정보 매일 전송 시작",
    cites: true,
  },
  {
    day: "2024-08-13",
    precision: "day",
    kind: "publication",
    title: "FSS releases the findings of its on-site inspection of Kakao Pay’s overseas payment services",
    titleKo: "금감원, 카카오페이 해외결제 서비스 현장검사 결과 발표",
    description: "The FSS will proceed with sanctions after a thorough legal review and will investigate similar incidents.",
    descriptionKo: "금감원은 철저한 법률 검토를 거쳐 제재 절차를 진행하고 유사 사례도 조사할 예정이다.",
    inferenceNote: YEAR_INFERRED,
    inferenceNoteKo: YEAR_INFERRED_KO,
    cites: true,
  },
  {
    day: "2024-07-31",
    precision: "month",
    kind: "conduct",
    title: "End of the modelled transfer period",
    titleKo: "모델링한 전송 기간 종료",
    description: "The records-per-day series is modelled: the 54.2 billion total spread evenly over the period.",
    descriptionKo: "일별 건수는 모델링한 값이다. 누적 542억 건을 기간 전체에 고르게 나누었다.",
    inferenceNote:
      "The source says only that data went out daily “over the past six years since April 2018”. The series is modelled to the end of July 2024, the last full month before the findings were released.",
    inferenceNoteKo:
      "출처는 ‘2018년 4월부터 지난 6년간’ 매일 정보가 나갔다고만 밝혔다. 일별 건수는 검사 결과 발표 전 마지막으로 꽉 찬 달인 2024년 7월 말까지로 모델링했다.",
    cites: false,
  },
];

/**
 * The library articles the findings cite, added from the finding form's picker the first time
 * (the law's names and address come from the citation typed, as prisma/seed/legal-articles.ts has them).
 */
export const ARTICLES = {
  consent: { citation: "CIUPA Art. 32", title: "Consent to the provision and use of personal credit information", titleKo: "개인신용정보의 제공·활용에 대한 동의" },
  entrustment: { citation: "CIUPA Art. 17", title: "Entrustment of processing", titleKo: "처리의 위탁" },
} as const;

export const FINDINGS: { title: string; titleKo: string; body: string; bodyKo: string; severity: string; statusReason: string; article?: keyof typeof ARTICLES }[] = [
  {
    title: "Personal credit information of 40.45 million people provided to Alipay without consent",
    titleKo: "4,045만 명의 개인신용정보를 동의 없이 알리페이에 제공",
    body: "Kakao Pay transmitted encrypted personal credit information to Alipay daily from April 2018, 54.2 billion records in all, without obtaining customer consent.",
    bodyKo: "카카오페이는 2018년 4월부터 고객 동의 없이 암호화된 개인신용정보를 매일 알리페이에 전송했으며, 누적 542억 건에 이른다.",
    severity: "critical",
    statusReason: "Established by the FSS on-site inspection.",
    article: "consent",
  },
  {
    title: "Data of customers who never used overseas payments was provided too",
    titleKo: "해외결제를 이용하지 않은 고객의 정보까지 제공",
    body: "The provision was excessive: it covered customers who did not use overseas payment services.",
    bodyKo: "해외결제 서비스를 이용하지 않은 고객의 정보까지 포함한 과도한 제공이었다.",
    severity: "high",
    statusReason: "Established by the FSS on-site inspection.",
    article: "consent",
  },
  {
    title: "No specific contract with Alipay covered this data sharing",
    titleKo: "이번 정보 제공에 관한 알리페이와의 별도 계약 없음",
    body: "The FSS found no specific contract for the data sharing. Kakao Pay disputes this and says it had a contract with Alipay.",
    bodyKo: "금감원은 이번 정보 제공에 관한 별도 계약을 확인하지 못했다. 카카오페이는 이에 반박하며 알리페이와 계약이 있었다고 주장한다.",
    severity: "high",
    statusReason: "Established by the FSS on-site inspection; disputed by Kakao Pay.",
    article: "entrustment",
  },
  {
    title: "The “encryption” could be reversed with widely available tools",
    titleKo: "‘암호화’는 널리 쓰이는 도구로 풀 수 있었다",
    body: "In testing, the FSS fully decrypted mobile phone numbers and Kakao Pay IDs using widely available decryption tools, with the exception of names.",
    bodyKo: "금감원은 시험 과정에서 널리 쓰이는 복호화 도구로 이름을 제외한 휴대전화번호와 카카오페이 아이디를 모두 복호화했다.",
    severity: "high",
    statusReason: "Reproduced by FSS inspectors.",
  },
];
