// The load test's cast: extra cases to spread contention, 50 users (case officers assigned to
// two cases each, and regulators) created through the same `insertUser` as `npm run user:create`,
// and what the driver needs to know to start (ids and versions).
import type pg from "pg";
import { createPrismaClient } from "@/lib/db/create-client";
import { ActionError } from "@/lib/actions/result";
import { insertUser } from "@/lib/users/insert-user";

export const LOAD_PASSWORD = "load-test-password-not-secret";
const EXTRA_CASES = 5;

export interface LoadUser {
  email: string;
  role: "regulator" | "case_officer";
  /** Case ids the user may edit (every case for a regulator). */
  caseIds: string[];
}

export interface CaseRow {
  id: string;
  slug: string;
  workflowState: string;
}

// Each extra case is under inspection with one confirmed finding and one estimate, so findings
// can be edited, estimates revised and "issue findings" proposed on it.
async function ensureExtraCases(db: pg.Client): Promise<void> {
  for (let n = 1; n <= EXTRA_CASES; n++) {
    await db.query(
      `INSERT INTO incidents (id, slug, title, summary, "investigatedOrgId", "workflowState", "updatedAt", visibility, "isDemo")
       SELECT $1, $2, $3, 'A case created by the load test.', "investigatedOrgId", 'under_inspection', now(), 'internal', true FROM incidents WHERE slug = 'kakao-pay-alipay-2024'
       ON CONFLICT (id) DO NOTHING`,
      [`loadcase${n}`, `load-case-${n}`, `Load test case ${n} (fictional)`],
    );
    await db.query(
      `INSERT INTO findings (id, "incidentId", title, body, severity, status, "legalArticles", "evidenceRefs", "updatedAt")
       VALUES ($1, $2, 'Seeded finding for the load test', 'Seeded.', 'medium', 'confirmed', ARRAY['Art. 17'], ARRAY[]::text[], now()) ON CONFLICT (id) DO NOTHING`,
      [`loadfinding${n}`, `loadcase${n}`],
    );
    await db.query(`INSERT INTO population_estimates (id, "incidentId", label) VALUES ($1, $2, 'Affected people') ON CONFLICT (id) DO NOTHING`, [`loadestimate${n}`, `loadcase${n}`]);
    await db.query(
      `INSERT INTO estimate_revisions (id, "estimateId", revision, "asOf", unsplit, total, provenance) VALUES ($1, $2, 1, date '2024-06-01', 1000, 1000, 'estimated') ON CONFLICT (id) DO NOTHING`,
      [`loadrevision${n}`, `loadestimate${n}`],
    );
  }
}

async function ensureUsers(url: string, count: number): Promise<{ email: string; role: LoadUser["role"] }[]> {
  const regulators = Math.max(2, Math.round(count * 0.3));
  const wanted = Array.from({ length: count }, (_, i) => {
    const role = i < regulators ? ("regulator" as const) : ("case_officer" as const);
    return { email: `load-${role === "regulator" ? "regulator" : "officer"}-${String(i + 1).padStart(2, "0")}@casefile.load`, role };
  });
  const prisma = createPrismaClient({ url });
  try {
    for (const user of wanted) {
      try {
        await insertUser(prisma, { email: user.email, name: user.email, role: user.role, signIn: "password" }, { id: null, label: "cli (bench/load)" }, LOAD_PASSWORD);
      } catch (error) {
        // Already there from an earlier run on the same data directory.
        if (!(error instanceof ActionError)) throw error;
      }
    }
  } finally {
    await prisma.$disconnect();
  }
  return wanted;
}

export async function setUpCast(db: pg.Client, url: string, userCount: number): Promise<{ users: LoadUser[]; cases: CaseRow[] }> {
  await ensureExtraCases(db);
  const wanted = await ensureUsers(url, userCount);
  const cases = (await db.query<CaseRow>(`SELECT id, slug, "workflowState"::text AS "workflowState" FROM incidents WHERE "deletedAt" IS NULL ORDER BY slug`)).rows;
  const ids = new Map((await db.query<{ id: string; email: string }>(`SELECT id, email FROM users WHERE email LIKE '%@casefile.load'`)).rows.map((r) => [r.email, r.id]));
  const users: LoadUser[] = [];
  let next = 0;
  for (const user of wanted) {
    if (user.role === "regulator") {
      users.push({ ...user, caseIds: cases.map((c) => c.id) });
      continue;
    }
    const assigned = [cases[next % cases.length]!, cases[(next + 1) % cases.length]!];
    next += 2;
    for (const c of assigned) {
      await db.query(`INSERT INTO case_assignments ("incidentId", "userId") VALUES ($1, $2) ON CONFLICT DO NOTHING`, [c.id, ids.get(user.email)]);
    }
    users.push({ ...user, caseIds: assigned.map((c) => c.id) });
  }
  return { users, cases };
}
