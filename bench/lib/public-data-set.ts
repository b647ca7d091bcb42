// The public benchmark data set (issue 17): published cases across companies in several sectors
// and countries (some sanctioned in several cases: repeats), authorities, recipients abroad,
// sanctions in KRW, EUR and USD with articles and some appeals, data categories, milestones and
// monthly series. Each case gets live rows (organisations, an incident) and one published
// publication_versions row whose snapshot is a PublicSnapshot (lib/publishing/snapshot.ts), built
// in SQL: 2,000 cases and 5,000 sanctions take seconds. The public pages read only the snapshots.
// Default size: bench:public and bench:lighthouse (BENCH_PUBLIC_CASES=0 skips it); a test makes a
// small one (lib/public-record/public-data-set.int.test.ts).

export const PUBLIC_DATA_SET_CASES = 2000;
/** Company n investigates cases n and n + companies: with 60% as many companies as cases, the first 20% are repeats. */
const companiesFor = (cases: number) => Math.max(1, Math.ceil(cases * 0.6));
const PREFIX = "pubset";

/** A company sanctioned in more than one case (company 1 investigates cases 1 and 1 + companies). */
export const REPEAT_COMPANY_SLUG = `${PREFIX}-company-1`;
export const publicDataSetCaseSlug = (n: number) => `${PREFIX}-case-${n}`;

const q = (text: string) => `'${text.replaceAll("'", "''")}'`;
const arr = (items: readonly string[]) => `ARRAY[${items.map(q).join(", ")}]`;

const COMPANY_WORDS = ["Hanbit", "Saebyeok", "Nuri", "Pureun", "Gaon", "Haneul", "Dasol", "Binna", "Sori", "Maru"];
const COMPANY_WORDS_KO = ["한빛", "새벽", "누리", "푸른", "가온", "하늘", "다솔", "빛나", "소리", "마루"];
const KINDS = ["Pay", "Telecom", "Mart", "Health", "Data", "Cloud", "Bank"];
const KINDS_KO = ["페이", "텔레콤", "마트", "헬스", "데이터", "클라우드", "은행"];
const INVESTIGATED_COUNTRIES = ["KR", "KR", "KR", "KR", "US", "CN", "IE"];
const RECIPIENT_COUNTRIES = ["CN", "US", "SG", "JP", "DE", "IE", "GB", "NL"];
const AUTHORITIES: [string, string, string][] = [
  ["pipc", "Personal Information Protection Commission", "개인정보보호위원회"],
  ["fss", "Financial Supervisory Service", "금융감독원"],
  ["kcc", "Korea Communications Commission", "방송통신위원회"],
];
const CATEGORIES: [string, string][] = [
  ["Name", "이름"],
  ["Phone number", "전화번호"],
  ["Email address", "이메일 주소"],
  ["Resident registration number", "주민등록번호"],
  ["Location history", "위치 기록"],
  ["Payment history", "결제 내역"],
  ["Health records", "건강 기록"],
  ["Device identifier", "기기 식별자"],
];
const ARTICLES: [string, string, string][] = [
  ["17", "Provision of personal information", "개인정보의 제공"],
  ["18", "Use and provision beyond purpose", "개인정보의 목적 외 이용·제공 제한"],
  ["28-8", "Transfer of personal information abroad", "개인정보의 국외 이전"],
  ["29", "Duty of safety measures", "안전조치의무"],
  ["39-3", "Consent to collection and use", "개인정보의 수집·이용 동의 등에 대한 특례"],
];
const CURRENCIES = ["KRW", "EUR", "USD"];
/** Minor units per step of amount, by currency (KRW has no minor unit; EUR and USD amounts are whole units here). */
const UNIT = ["10000000", "10000", "10000"];
const OTHER_TYPES = ["corrective_order", "institutional_warning", "business_suspension", "executive_reprimand"];

/** The SQL, one statement per line-ending ";\n" (as bench/lib/bench-cases.ts). */
function publicDataSetSql(cases: number = PUBLIC_DATA_SET_CASES): string {
  const companies = companiesFor(cases);
  const company = (g: string) => `(1 + ((${g} - 1) % ${companies}))`;
  const org = (slug: string, name: string, nameKo: string, sector: string, country: string) =>
    `jsonb_build_object('name', ${name}, 'nameKo', ${nameKo}, 'slug', ${slug}, 'sector', ${sector}, 'country', ${country})`;
  const companyName = (c: string) => `(${arr(COMPANY_WORDS)})[1 + ${c} % 10] || ' ' || (${arr(KINDS)})[1 + ${c} % 7] || ' ' || ${c}`;
  const companyNameKo = (c: string) => `(${arr(COMPANY_WORDS_KO)})[1 + ${c} % 10] || (${arr(KINDS_KO)})[1 + ${c} % 7] || ' ' || ${c}`;
  const sector = (c: string) => `(enum_range(NULL::"OrganizationSector"))[1 + ${c} % 7]::text`;
  const investigatedCountry = (c: string) => `(${arr(INVESTIGATED_COUNTRIES)})[1 + ${c} % ${INVESTIGATED_COUNTRIES.length}]`;
  const recipientCountry = (r: string) => `(${arr(RECIPIENT_COUNTRIES)})[1 + ${r} % ${RECIPIENT_COUNTRIES.length}]`;
  // Sanction k of case g: a fine (k = 1, 3) or another measure; decided on a day from 2019 to 2026.
  const decided = (k: string) => `(date '2019-01-01' + ((g * 13 + ${k} * 5) % 2800))`;
  const fine = `(k <> 2 OR g % 3 = 0)`;
  const currencyIndex = `(1 + (g + k) % 3)`;
  const amount = `(((1 + (g * 37 + k * 11) % 500)::numeric) * (${arr(UNIT)})[${currencyIndex}]::numeric)`;
  const appealed = `((g + k) % 10 = 0)`;
  const outcome = `(ARRAY['upheld', 'reduced', 'annulled'])[1 + (g / 10) % 3]`;
  const standing = `CASE WHEN NOT ${appealed} THEN ${amount} WHEN ${outcome} = 'upheld' THEN ${amount} WHEN ${outcome} = 'reduced' THEN round(${amount} / 2) ELSE 0 END`;
  const article = (i: string) =>
    `jsonb_build_object('lawCode', 'PIPA', 'lawName', 'Personal Information Protection Act', 'lawNameKo', '개인정보 보호법', 'number', (${arr(ARTICLES.map((a) => a[0]))})[${i}], 'title', (${arr(ARTICLES.map((a) => a[1]))})[${i}], 'titleKo', (${arr(ARTICLES.map((a) => a[2]))})[${i}], 'url', 'https://www.law.go.kr/법령/개인정보보호법/제' || (${arr(ARTICLES.map((a) => a[0]))})[${i}] || '조')`;
  const investigated = org(`'${PREFIX}-company-' || c`, companyName("c"), companyNameKo("c"), sector("c"), investigatedCountry("c"));
  const authority = org(`'${PREFIX}-authority-' || a`, `(${arr(AUTHORITIES.map((x) => x[1]))})[a]`, `(${arr(AUTHORITIES.map((x) => x[2]))})[a]`, `'public_sector'`, `'KR'`);
  const recipient = org(`'${PREFIX}-recipient-' || r`, `'Overseas Partner ' || r`, `'해외 협력사 ' || r`, sector("r"), recipientCountry("r"));
  const sanctions = `(SELECT jsonb_agg(jsonb_build_object(
        'id', 'pubset-s-' || g || '-' || k,
        'type', CASE WHEN ${fine} THEN 'fine' ELSE (${arr(OTHER_TYPES)})[1 + g % 4] END,
        'subjectName', ${companyName("c")},
        'subject', ${investigated},
        'amount', CASE WHEN ${fine} THEN (${standing})::text END,
        'currency', (${arr(CURRENCIES)})[${currencyIndex}],
        'amountKrw', CASE WHEN ${fine} AND ${currencyIndex} = 1 THEN (${standing})::text END,
        'decisionDate', ${decided("k")}::text,
        'appealOutcome', CASE WHEN ${fine} AND ${appealed} THEN ${outcome} END,
        'amountBeforeAppeal', CASE WHEN ${fine} AND ${appealed} THEN ${amount}::text END,
        'appealDecidedOn', CASE WHEN ${fine} AND ${appealed} THEN (${decided("k")} + 200)::text END,
        'articles', jsonb_build_array(${article("1 + (g + k) % 5")}) || CASE WHEN k = 1 THEN jsonb_build_array(${article("1 + (g + k + 2) % 5")}) ELSE '[]'::jsonb END
      ) ORDER BY k) FROM generate_series(1, 2 + g % 2) k)`;
  const categories = `(SELECT jsonb_agg(jsonb_build_object(
        'id', 'pubset-dc-' || g || '-' || i, 'name', (${arr(CATEGORIES.map((x) => x[0]))})[1 + (g + i * 3) % 8], 'nameKo', (${arr(CATEGORIES.map((x) => x[1]))})[1 + (g + i * 3) % 8],
        'consent', (enum_range(NULL::"ConsentStatus"))[1 + (g + i) % 4]::text, 'purposeClaimed', NULL, 'purposeClaimedKo', NULL,
        'protectionMethod', (enum_range(NULL::"ProtectionMethod"))[1 + (g + i) % 9]::text, 'reversibility', (enum_range(NULL::"ReversibilityVerdict"))[1 + (g + i) % 3]::text,
        'reversibilityNote', NULL, 'reversibilityNoteKo', NULL) ORDER BY i) FROM generate_series(1, 2 + g % 2) i)`;
  const months = `(SELECT jsonb_agg(jsonb_build_object('month', (date '2020-01-01' + ((g % 48) + i || ' months')::interval)::date::text, 'records', 1000 + (g * 97 + i * 31) % 90000,
        'days', extract(day FROM (date_trunc('month', date '2020-01-01' + ((g % 48) + i || ' months')::interval) + interval '1 month - 1 day'))::int, 'provenance', 'reported') ORDER BY i) FROM generate_series(0, 5) i)`;
  const people = `(100000 + (g * 7919) % 40000000)`;
  const snapshot = `jsonb_build_object(
      'schema', 1, 'slug', '${PREFIX}-case-' || g,
      'title', ${companyName("c")} || ': customer data shared with ' || 'Overseas Partner ' || r, 'titleKo', ${companyNameKo("c")} || ': 해외 협력사 ' || r || '에 고객 정보 제공',
      'summary', 'Synthetic published case for the public benchmarks.', 'summaryKo', '공개 벤치마크용 합성 사건입니다.',
      'isDemo', false, 'stage', CASE WHEN g % 10 = 0 THEN 'under_appeal' WHEN g % 7 = 0 THEN 'closed' ELSE 'sanctioned' END,
      'investigated', ${investigated}, 'authority', ${authority},
      'recipients', jsonb_build_array(${recipient} || jsonb_build_object('id', 'pubset-rc-' || g, 'relationship', 'Data recipient', 'relationshipKo', '정보 수령자', 'description', NULL, 'descriptionKo', NULL)),
      'milestones', jsonb_build_object('findingsOn', (${decided("1")} - 90 - g % 200)::text, 'decidedOn', ${decided("1")}::text),
      'period', jsonb_build_object('start', (date '2018-01-01' + g % 700)::text, 'startPrecision', 'day', 'end', (date '2020-06-01' + g % 700)::text, 'endPrecision', 'month'),
      'headline', jsonb_build_object(
        'people', jsonb_build_object('value', ${people}, 'provenance', 'verified', 'approximate', g % 3 = 0, 'asOf', '2024-08-13', 'source', NULL,
          'split', jsonb_build_object('active', ${people} / 2, 'dormant', ${people} / 4, 'former', NULL, 'unsplit', ${people} - ${people} / 2 - ${people} / 4)),
        'records', jsonb_build_object('value', ${people} * 12, 'provenance', 'estimated', 'approximate', true, 'asOf', '2024-08-13', 'source', NULL)),
      'figures', '[]'::jsonb, 'dataCategories', ${categories}, 'timeline', '[]'::jsonb, 'findings', '[]'::jsonb, 'statements', '[]'::jsonb,
      'sanctions', ${sanctions}, 'sources', '[]'::jsonb,
      'series', jsonb_build_object('days', 181, 'provenance', 'reported', 'months', ${months}))`;

  return `
INSERT INTO organizations (id, slug, name, "nameKo", kind, country, sector, "updatedAt")
  SELECT '${PREFIX}-authority-' || a, '${PREFIX}-authority-' || a, (${arr(AUTHORITIES.map((x) => x[1]))})[a], (${arr(AUTHORITIES.map((x) => x[2]))})[a], 'authority', 'KR', 'public_sector', now()
  FROM generate_series(1, ${AUTHORITIES.length}) a;
INSERT INTO organizations (id, slug, name, "nameKo", kind, country, sector, "updatedAt")
  SELECT '${PREFIX}-company-' || c, '${PREFIX}-company-' || c, ${companyName("c")}, ${companyNameKo("c")}, 'company', ${investigatedCountry("c")}, ${sector("c")}::"OrganizationSector", now()
  FROM generate_series(1, ${companies}) c;
INSERT INTO organizations (id, slug, name, "nameKo", kind, country, sector, "updatedAt")
  SELECT '${PREFIX}-recipient-' || r, '${PREFIX}-recipient-' || r, 'Overseas Partner ' || r, '해외 협력사 ' || r, 'company', ${recipientCountry("r")}, ${sector("r")}::"OrganizationSector", now()
  FROM generate_series(1, 40) r;
INSERT INTO incidents (id, slug, title, summary, "investigatedOrgId", "authorityId", "workflowState", visibility, "updatedAt")
  SELECT '${PREFIX}-inc-' || g, '${PREFIX}-case-' || g, 'Published benchmark case ' || g, 'Synthetic published case for the public benchmarks.',
         '${PREFIX}-company-' || ${company("g")}, '${PREFIX}-authority-' || (1 + g % ${AUTHORITIES.length}), 'sanction_decided', 'public', now()
  FROM generate_series(1, ${cases}) g;
INSERT INTO publication_versions (id, "incidentId", number, status, snapshot, "createdAt", "decidedAt", "publishedAt")
  SELECT '${PREFIX}-pv-' || g, '${PREFIX}-inc-' || g, 1, 'published', ${snapshot}, now() - interval '2 days', now() - interval '1 day', now() - interval '1 day' - (g || ' minutes')::interval
  FROM (SELECT g, ${company("g")} AS c, 1 + g % ${AUTHORITIES.length} AS a, 1 + g % 40 AS r FROM generate_series(1, ${cases}) g) cases;
ANALYZE publication_versions;
`;
}

/** Runs the SQL statement by statement (one client, any driver); a data set already there is left as it is. */
export async function generatePublicDataSet(run: (sql: string) => Promise<unknown>, cases: number = PUBLIC_DATA_SET_CASES): Promise<void> {
  for (const statement of publicDataSetSql(cases).split(";\n").map((s) => s.trim()).filter(Boolean)) await run(statement);
}
