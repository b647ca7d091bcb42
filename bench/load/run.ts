// npm run bench:load [-- --duration 60 --users 50 --readers 200 --results load --break-check]
// (`--readers 0`: the signed-in users alone)
//
// Issue 8's mixed load test, loopback only, bounded in time: `--users` signed-in users (30 %
// regulators, the rest case officers assigned to two cases each) read case lists, case pages and
// series, edit findings, revise estimates and attempt workflow steps, while `--readers`
// anonymous readers (a second process, autocannon) read the public pages and open data. Then the
// nothing-lost check runs in SQL. Exits 1 if the check fails. `--break-check` deletes one
// acknowledged finding before checking, to show that the check notices.
import { spawn } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { embeddedUrl, readEmbeddedState } from "@/scripts/db/embedded-runtime";
import { signIn, startApp } from "../lib/app-server";
import { writeResults } from "../lib/results";
import { Ledger } from "./ledger";
import { checkNothingLost } from "./nothing-lost";
import { actionIds } from "./server-action";
import { LOAD_PASSWORD, setUpCast } from "./setup";
import { ACTION_NAMES, runSignedInUsers, type SignedInUser, type World } from "./signed-in-users";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "60" },
    users: { type: "string", default: "50" },
    readers: { type: "string", default: "200" },
    results: { type: "string", default: "load" },
    "break-check": { type: "boolean", default: false },
  },
});
const DURATION_S = Number(values.duration);
const USERS = Number(values.users);
const READERS = Number(values.readers);
const PORT = 3287;
const root = path.resolve(import.meta.dirname, "../..");

function startReaders(baseUrl: string): Promise<unknown[]> {
  const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["bench/load/anonymous-readers.ts", "--url", baseUrl, "--connections", String(READERS), "--duration", String(DURATION_S)], {
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

// Behind one proxy, so each anonymous reader's X-Forwarded-For address is its own (see anonymous-readers.ts).
process.env.TRUST_PROXY_HOPS = "1";
const app = await startApp({ dataDir: ".data/bench-load", port: PORT });
const state = readEmbeddedState(app.dataDir);
if (!state?.port) throw new Error("The embedded server is not running");
const url = embeddedUrl(state);
const db = new pg.Client({ connectionString: url });
await db.connect();
let exitCode = 0;
try {
  const { users, cases } = await setUpCast(db, url, USERS);
  const signedIn: SignedInUser[] = [];
  for (const user of users) signedIn.push({ ...user, cookie: await signIn(app.baseUrl, user.email, LOAD_PASSWORD) });
  const world = await loadWorld(db, cases);
  const estimateVersions = new Map([...world.estimates].map(([id, e]) => [id, e.version]));
  const caseStates = new Map(cases.map((c) => [c.id, c.workflowState]));

  // One request to each page first, so the measurement does not include first renders.
  for (const c of cases) await (await fetch(`${app.baseUrl}/en/workspace/cases/${c.slug}`, { headers: { Cookie: signedIn[0]!.cookie } })).arrayBuffer();
  // Cold, the database-backed routes need many more event-loop turns (modules, pool connections)
  // and starve behind the cached pages for the whole run; a deployed server is warm.
  for (const p of ["/en/cases/kakao-pay-alipay-2024", "/ko/cases/kakao-pay-alipay-2024", "/en", "/api/public/cases", "/cases/kakao-pay-alipay-2024.json"]) {
    await (await fetch(`${app.baseUrl}${p}`, { headers: { "x-forwarded-for": "10.77.255.255" } })).arrayBuffer();
  }
  for (const p of ["/api/cases", `/api/cases/${cases[0]!.slug}/series`]) await (await fetch(`${app.baseUrl}${p}`, { headers: { Cookie: signedIn[0]!.cookie } })).arrayBuffer();

  const ledger = new Ledger(Date.now().toString(36));
  const startedAt = new Date();
  console.log(`[load] ${signedIn.length} signed-in users on ${cases.length} cases and ${READERS} anonymous readers for ${DURATION_S} s, from ${startedAt.toISOString()}`);
  const readers = READERS > 0 ? startReaders(app.baseUrl) : Promise.resolve([]);
  const { stats, samples } = await runSignedInUsers({ baseUrl: app.baseUrl, users: signedIn, world, ledger, actionIds: actionIds(ACTION_NAMES), deadline: Date.now() + DURATION_S * 1000 });
  const signedInSeconds = (Date.now() - startedAt.getTime()) / 1000;
  const publicRoutes = await readers;

  if (values["break-check"]) {
    const victim = ledger.writes.find((w) => w.kind === "finding.create" && w.status === "acknowledged");
    if (victim?.entityId) {
      await db.query(`DELETE FROM findings WHERE id = $1`, [victim.entityId]);
      console.log(`[load] --break-check: deleted finding ${victim.entityId} (${victim.marker}) before checking`);
    }
  }
  const check = await checkNothingLost(db, ledger, { estimateVersions, caseStates, startedAt });
  const signedInRoutes = stats.report(signedInSeconds);
  const totals = {
    signedInRequests: Object.values(signedInRoutes).reduce((n, r) => n + r.count, 0),
    publicRequests: (publicRoutes as { count: number }[]).reduce((n, r) => n + r.count, 0),
    status5xx: Object.values(signedInRoutes).reduce((n, r) => n + r.status5xx, 0) + (publicRoutes as { status5xx: number }[]).reduce((n, r) => n + r.status5xx, 0),
  };
  const result = {
    date: startedAt.toISOString(),
    machine: `2 cores, shared with other jobs; Node ${process.versions.node}`,
    durationSeconds: DURATION_S,
    signedInUsers: { total: signedIn.length, regulators: signedIn.filter((u) => u.role === "regulator").length, caseOfficers: signedIn.filter((u) => u.role === "case_officer").length },
    anonymousReaders: READERS,
    cases: cases.length,
    totals: { ...totals, requestsPerSecond: Math.round(((totals.signedInRequests + totals.publicRequests) / DURATION_S) * 10) / 10 },
    signedInRoutes,
    publicRoutes,
    writes: ledger.summary(),
    nothingLost: { ...check, brokenOnPurpose: values["break-check"] },
    errorSamples: samples,
  };
  if (values["break-check"]) console.log(JSON.stringify(result, null, 2));
  else writeResults(values.results, result);
  console.log(`[load] nothing-lost check: ${check.ok ? "passed" : `FAILED\n  ${check.problems.join("\n  ")}`}`);
  if (!check.ok) exitCode = 1;
} finally {
  await db.end();
  await app.stop();
}
process.exit(exitCode);
