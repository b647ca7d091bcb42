// npm run bench:evidence-search
//
// Search inside evidence (issue 15), on a fresh database migrated like the tests' (embedded
// PostgreSQL, or DATABASE_URL's server): 2,000 cases with 20,000 findings, then 10,000 extracted
// pages (about 1,400 characters of English and Korean paragraphs each) in 2,500 files across
// 500 of the cases. For a few terms, common and rare, English and Korean, each timed 30 times
// after 3 warm-ups, through `pg`, with the very statements the app runs:
//   1. The Evidence section's search (searchEvidence for one case with 20 files, 80 pages).
//   2. The same search across every case (what a regulator may see).
//   3. The case list's search, before the pages exist and after (the evidence branch's cost).
// Target: median under 200 ms. Results go to bench/results/evidence-search.json and are copied
// into docs/performance.md. The database is dropped at the end.
import pg from "pg";
import type { Viewer } from "@/lib/auth/permissions";
import { caseListQuerySchema } from "@/lib/cases/case-list-query";
import { caseListSql } from "@/lib/cases/case-list-sql";
import { evidenceSearchSql } from "@/lib/evidence/search-evidence-sql";
import { searchWords } from "@/lib/evidence/search-words";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createTestDatabase } from "@/tests/support/test-database";
import { writeResults } from "./lib/results";
import { summarize, timeIt } from "./lib/stats";

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARMUP = 3;
const TERMS = ["consent", "Alipay transfer", "개인신용정보", "동의", "비식별화조치", "no such words"];

const CASES = `
INSERT INTO organizations (id, slug, name, kind, "updatedAt")
  SELECT 'bench-org-' || g, 'bench-org-' || g, 'Bench Company ' || g, 'company', now() FROM generate_series(1, 200) g;
INSERT INTO incidents (id, slug, title, summary, "investigatedOrgId", "workflowState", "openedAt", "updatedAt", visibility)
  SELECT 'bench-inc-' || g, 'bench-case-' || g,
         'Bench case ' || g || ': ' || (ARRAY['location','payment','health','telecom','email'])[1 + g % 5] || ' data shared with a partner',
         'Synthetic case for benchmarks. ' || md5(g::text), 'bench-org-' || (1 + g % 200), (enum_range(NULL::"WorkflowState"))[1 + g % 10],
         now() - (g || ' hours')::interval, now(), 'internal'
  FROM generate_series(1, 2000) g;
INSERT INTO findings (id, "incidentId", title, body, severity, status, "legalArticles", "evidenceRefs", "updatedAt")
  SELECT 'bench-f-' || g, 'bench-inc-' || (1 + g % 2000),
         'Finding ' || g || ': ' || (ARRAY['consent was not obtained','excessive provision','weak hashing','no contract covered it'])[1 + g % 4],
         'Inspectors found ' || md5(g::text) || ' 동의 없이 제공 ' || g, (enum_range(NULL::"FindingSeverity"))[1 + g % 4], 'confirmed', ARRAY['Art. ' || (g % 40)], ARRAY[]::text[], now()
  FROM generate_series(1, 20000) g;
ANALYZE;
`;

// Each page: 20 sentences drawn from English and Korean inspection prose by a hash of the page
// number, a unique token, and in about 1 page in 100 a rare Korean term.
const PAGES = `
INSERT INTO evidence_files (id, "incidentId", title, "originalName", "mediaType", size, sha256, extraction, "extractedAt", "updatedAt")
  SELECT 'bench-ev-' || g, 'bench-inc-' || (1 + g % 500), 'Evidence file ' || g, 'file-' || g || '.pdf', 'application/pdf', 100000, md5(g::text) || md5(g::text), 'done', now(), now()
  FROM generate_series(1, 2500) g;
WITH sentences(list) AS (SELECT ARRAY[
  'The company transferred customer records to the partner without a separate consent screen.',
  'Inspectors reviewed the contract of 2018 and the data-processing annex signed with Alipay.',
  'The encryption applied to mobile numbers used SHA-256 without a salt, which the inspectors found reversible.',
  'According to the company, the transfer was necessary for the fraud-detection score (NSF).',
  'The regulator asked for the logs of every transfer between April 2018 and May 2024.',
  'Customers were not told that their data would leave the country.',
  'The partner confirmed receipt of 40 million records in daily batches.',
  'Meeting minutes show that the legal team raised the consent question in 2019.',
  '카카오페이는 고객의 개인신용정보를 알리페이에 제공하면서 별도의 동의를 받지 않았다.',
  '검사 결과 전화번호와 이메일 주소가 암호화되었으나 복원이 가능한 방식이었다.',
  '회사는 해당 정보 제공이 부정결제 탐지를 위해 필요했다고 주장하였다.',
  '금융감독원은 2018년 4월부터 2024년 5월까지의 전송 기록을 요구하였다.',
  '이용자에게 국외 이전 사실을 고지하지 않은 것으로 확인되었다.',
  '수집된 개인신용정보를 제3자에게 제공한 사실이 확인되었다.'
]::text[])
INSERT INTO evidence_pages ("fileId", page, text)
  SELECT 'bench-ev-' || (1 + (g - 1) / 4), 1 + (g - 1) % 4,
         (SELECT string_agg(list[1 + abs(hashtext(g::text || ':' || k)) % array_length(list, 1)], ' ') FROM generate_series(1, 20) k)
         || ' Ref ' || md5(g::text) || CASE WHEN g % 97 = 0 THEN ' 비식별화조치 미흡.' ELSE '' END
  FROM generate_series(1, 10000) g, sentences;
ANALYZE;
`;

const regulator: Viewer = { id: "bench-regulator", email: "regulator@bench", name: "Bench", role: "regulator", sessionId: "" };

async function timeSql(db: pg.Client, sql: Prisma.Sql) {
  const rows = (await db.query(sql.text, sql.values)).rowCount ?? 0;
  return { rows, ms: summarize(await timeIt(RUNS, WARMUP, () => db.query(sql.text, sql.values))) };
}

async function caseList(db: pg.Client) {
  const out: Record<string, unknown> = {};
  for (const q of TERMS) out[q] = await timeSql(db, caseListSql(regulator, caseListQuerySchema.parse({ q })));
  return out;
}

async function main() {
  const database = await createTestDatabase("bench_evidence_search");
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  try {
    await db.query(CASES);
    const caseListBefore = await caseList(db);
    const started = performance.now();
    await db.query(PAGES);
    const generation = `${((performance.now() - started) / 1000).toFixed(1)} s`;
    const counts = (await db.query(`SELECT (SELECT count(*) FROM incidents) AS cases, (SELECT count(*) FROM findings) AS findings, (SELECT count(*) FROM evidence_files) AS files, (SELECT count(*) FROM evidence_pages) AS pages, (SELECT round(avg(length(text))) FROM evidence_pages) AS "avgPageChars"`)).rows[0];
    console.log(`Data: ${JSON.stringify(counts)} (pages generated in ${generation})`);

    const section: Record<string, unknown> = {};
    const acrossCases: Record<string, unknown> = {};
    for (const q of TERMS) {
      const words = searchWords(q);
      section[q] = await timeSql(db, evidenceSearchSql(regulator, { words, incidentId: "bench-inc-250", limit: 50 }));
      acrossCases[q] = await timeSql(db, evidenceSearchSql(regulator, { words, limit: 50 }));
    }
    writeResults("evidence-search", {
      measuredAt: new Date().toISOString(),
      machine: "2-core build machine, Node " + process.versions.node,
      data: counts,
      runs: RUNS,
      target: "median under 200 ms",
      sectionSearch: { case: "bench-inc-250 (20 files, 80 pages)", byTerm: section },
      acrossCases: { byTerm: acrossCases },
      caseList: { before: caseListBefore, after: await caseList(db) },
    });
  } finally {
    await db.end();
    await database.dispose();
  }
}

await main();
