// One run of the mixed load against one target (a single instance, or the deployment through
// its load balancer): sets up the cast in the target's database, signs the users in through the
// target, warms the pages, runs the signed-in users and the anonymous readers for the duration,
// then the nothing-lost check in SQL. Returns the result run.ts reports.
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { signIn } from "../lib/app-server";
import { startCpuAccounting } from "./cpu-accounting";
import { Ledger } from "./ledger";
import { checkNothingLost } from "./nothing-lost";
import { actionIds } from "./server-action";
import { LOAD_PASSWORD, setUpCast } from "./setup";
import { ACTION_NAMES, runSignedInUsers, type SignedInUser, type World } from "./signed-in-users";

const root = path.resolve(import.meta.dirname, "../..");

export interface LoadOptions {
  /** Where every request goes: the instance, or the load balancer. */
  baseUrl: string;
  /** The primary, for the set-up and the check. */
  databaseUrl: string;
  durationSeconds: number;
  users: number;
  readers: number;
  /** The mean pause of a user between two requests (0: none, the next request at once). */
  thinkMs: number;
  breakCheck: boolean;
}

function startReaders(baseUrl: string, readers: number, seconds: number): Promise<unknown[]> {
  const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["bench/load/anonymous-readers.ts", "--url", baseUrl, "--connections", String(readers), "--duration", String(seconds)], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`The readers exited with code ${code}`));
      resolve(JSON.parse(output.trim().split("\n").at(-1) ?? "[]") as unknown[]);
    });
  });
}

async function loadWorld(db: pg.Client, cases: { id: string; slug: string; workflowState: string }[]): Promise<World> {
  const findings = (await db.query<{ id: string; incidentId: string; version: number; title: string; severity: string }>(`SELECT id, "incidentId", version, title, severity::text FROM findings WHERE "deletedAt" IS NULL`)).rows;
  const estimates = (await db.query<{ id: string; incidentId: string; version: number }>(`SELECT id, "incidentId", version FROM population_estimates WHERE "deletedAt" IS NULL`)).rows;
  const pending = (await db.query<{ id: string; incidentId: string }>(`SELECT id, "incidentId" FROM transition_proposals WHERE status = 'pending'`)).rows;
  return {
    cases: new Map(cases.map((c) => [c.id, { ...c }])),
    findings: new Map(findings.map((f) => [f.id, { incidentId: f.incidentId, version: f.version, title: f.title, severity: f.severity }])),
    estimates: new Map(estimates.map((e) => [e.id, { incidentId: e.incidentId, version: e.version }])),
    proposals: new Map(pending.map((p) => [p.incidentId, p.id])),
  };
}

export async function runLoad(options: LoadOptions) {
  const { baseUrl, durationSeconds: DURATION_S, readers: READERS } = options;
  const db = new pg.Client({ connectionString: options.databaseUrl });
  await db.connect();
  try {
    const { users, cases } = await setUpCast(db, options.databaseUrl, options.users);
    const signedIn: SignedInUser[] = [];
    for (const user of users) signedIn.push({ ...user, cookie: await signIn(baseUrl, user.email, LOAD_PASSWORD) });
    const world = await loadWorld(db, cases);
    const estimateVersions = new Map([...world.estimates].map(([id, e]) => [id, e.version]));
    const caseStates = new Map(cases.map((c) => [c.id, c.workflowState]));

    // One request to each page first, so the measurement does not include first renders (behind
    // the load balancer, twice: once per instance with round-robin-ish balancing).
    for (let pass = 0; pass < 2; pass++) {
      for (const c of cases) await (await fetch(`${baseUrl}/en/workspace/cases/${c.slug}`, { headers: { Cookie: signedIn[0]!.cookie } })).arrayBuffer();
      // Cold, the database-backed routes need many more event-loop turns (modules, pool
      // connections) and starve behind the cached pages for the whole run; a deployed server is warm.
      for (const p of ["/en/cases/kakao-pay-alipay-2024", "/ko/cases/kakao-pay-alipay-2024", "/en", "/api/public/cases", "/cases/kakao-pay-alipay-2024.json"]) {
        await (await fetch(`${baseUrl}${p}`, { headers: { "x-forwarded-for": "10.77.255.255" } })).arrayBuffer();
      }
      for (const p of ["/api/cases", `/api/cases/${cases[0]!.slug}/series`]) await (await fetch(`${baseUrl}${p}`, { headers: { Cookie: signedIn[0]!.cookie } })).arrayBuffer();
    }

    const ledger = new Ledger(Date.now().toString(36));
    const startedAt = new Date();
    console.log(`[load] ${baseUrl}: ${signedIn.length} signed-in users on ${cases.length} cases and ${READERS} anonymous readers for ${DURATION_S} s, from ${startedAt.toISOString()}`);
    const stopCpuAccounting = startCpuAccounting();
    const readers = READERS > 0 ? startReaders(baseUrl, READERS, DURATION_S) : Promise.resolve([]);
    const { stats, samples } = await runSignedInUsers({ baseUrl, users: signedIn, world, ledger, actionIds: actionIds(ACTION_NAMES), deadline: Date.now() + DURATION_S * 1000, thinkMs: options.thinkMs });
    const signedInSeconds = (Date.now() - startedAt.getTime()) / 1000;
    // Counted up to the users' deadline, while the readers' process still runs (it stops then too).
    const cpu = stopCpuAccounting();
    const publicRoutes = await readers;

    if (options.breakCheck) {
      const victim = ledger.writes.find((w) => w.kind === "finding.create" && w.status === "acknowledged");
      if (victim?.entityId) {
        await db.query(`DELETE FROM findings WHERE id = $1`, [victim.entityId]);
        console.log(`[load] --break-check: deleted finding ${victim.entityId} (${victim.marker}) before checking`);
      }
    }
    const check = await checkNothingLost(db, ledger, { estimateVersions, caseStates, startedAt });
    const signedInRoutes = stats.report(signedInSeconds);
    const latencies = stats.overall();
    const totals = {
      signedInRequests: Object.values(signedInRoutes).reduce((n, r) => n + r.count, 0),
      publicRequests: (publicRoutes as { count: number }[]).reduce((n, r) => n + r.count, 0),
      status5xx: Object.values(signedInRoutes).reduce((n, r) => n + r.status5xx, 0) + (publicRoutes as { status5xx: number }[]).reduce((n, r) => n + r.status5xx, 0),
    };
    return {
      date: startedAt.toISOString(),
      durationSeconds: DURATION_S,
      thinkMs: options.thinkMs,
      signedInUsers: { total: signedIn.length, regulators: signedIn.filter((u) => u.role === "regulator").length, caseOfficers: signedIn.filter((u) => u.role === "case_officer").length },
      anonymousReaders: READERS,
      cases: cases.length,
      totals: { ...totals, requestsPerSecond: Math.round(((totals.signedInRequests + totals.publicRequests) / DURATION_S) * 10) / 10 },
      /** Every signed-in request, all routes together. */
      signedInLatencyMs: latencies,
      signedInRoutes,
      publicRoutes,
      writes: ledger.summary(),
      nothingLost: { ...check, brokenOnPurpose: options.breakCheck },
      errorSamples: samples,
      /** Where the machine's CPU went while the users and readers ran (bench/load/cpu-accounting.ts). */
      cpu,
    };
  } finally {
    await db.end();
  }
}
