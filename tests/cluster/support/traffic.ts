// Traffic through the load balancer while something breaks: anonymous readers on the public case
// page, signed-in readers on a workspace page and the case-list API (neither cached), and
// signed-in writers creating findings through the server action, each with a marker in its
// title. `stop()` returns what happened; `checkWrites` then looks in the database.
import pg from "pg";
import { callAction } from "@/bench/load/server-action";

export interface TrafficOptions {
  lbUrl: string;
  cookie: string;
  caseSlug: string;
  incidentId: string;
  createFindingActionId: string;
  readers?: number;
  writers?: number;
}

export interface TrafficReport {
  reads: number;
  /** Reads answered 5xx or not at all: each one a request the load balancer could have retried. */
  readFailures: string[];
  /** Reads whose answer had started when the instance died (not retryable by anyone). */
  cutMidAnswer: string[];
  writesSent: number;
  acknowledged: string[];
  /** Writes the client was told failed (or got no answer for): allowed, never half-stored. */
  unacknowledged: string[];
}

export function startTraffic(options: TrafficOptions): { stop(): Promise<TrafficReport> } {
  const run = `cluster-${Date.now().toString(36)}`;
  const report: TrafficReport = { reads: 0, readFailures: [], cutMidAnswer: [], writesSent: 0, acknowledged: [], unacknowledged: [] };
  let stopping = false;
  // The public pages with a query string the load balancer has not cached: each goes to an
  // instance (and its own page cache), as a news spike's many different pages would.
  const readPaths: ((i: number) => [string, Record<string, string>])[] = [
    (i) => [`/en/cases/kakao-pay-alipay-2024?r=${i}`, {}],
    (i) => [`/ko/cases/kakao-pay-alipay-2024?r=${i}`, {}],
    (i) => [`/en?r=${i}`, {}],
    () => [`/api/cases`, { Cookie: options.cookie }],
    () => [`/en/workspace/cases/${options.caseSlug}`, { Cookie: options.cookie }],
  ];

  const reader = async (n: number) => {
    for (let i = n; !stopping; i++) {
      const [path, headers] = readPaths[i % readPaths.length]!(i);
      report.reads += 1;
      let response: Response;
      try {
        response = await fetch(`${options.lbUrl}${path}`, { headers, redirect: "manual", signal: AbortSignal.timeout(30_000) });
      } catch (error) {
        report.readFailures.push(`${path} → ${String((error as Error).cause ?? error)}`);
        continue;
      }
      try {
        await response.arrayBuffer();
        if (response.status >= 500) report.readFailures.push(`${path} → ${response.status}`);
      } catch (error) {
        // The answer had begun (its status and headers reached the client) when the instance died:
        // no load balancer can send half an answer again elsewhere, so this is not a retry it missed.
        report.cutMidAnswer.push(`${path} → ${String((error as Error).cause ?? error)}`);
      }
    }
  };

  let marker = 0;
  const writer = async () => {
    while (!stopping) {
      const title = `${run}-${++marker}`;
      report.writesSent += 1;
      try {
        const { payload } = await callAction({
          baseUrl: options.lbUrl,
          pagePath: `/en/workspace/cases/${options.caseSlug}/findings`,
          actionId: options.createFindingActionId,
          cookie: options.cookie,
          input: { incidentId: options.incidentId, title, body: "Written by the cluster test.", severity: "low", legalArticles: "Art. 17", evidenceRefs: "" },
          signal: AbortSignal.timeout(30_000),
        });
        (payload?.ok === true ? report.acknowledged : report.unacknowledged).push(title);
      } catch {
        report.unacknowledged.push(title);
      }
    }
  };

  const workers = [...Array.from({ length: options.readers ?? 8 }, (_, i) => reader(i)), ...Array.from({ length: options.writers ?? 3 }, () => writer())];
  return {
    async stop() {
      stopping = true;
      await Promise.all(workers);
      return report;
    },
  };
}

/** Every acknowledged write is stored exactly once; an unacknowledged one at most once. */
export async function checkWrites(primaryUrl: string, report: TrafficReport): Promise<string[]> {
  const db = new pg.Client({ connectionString: primaryUrl });
  await db.connect();
  try {
    const titles = [...report.acknowledged, ...report.unacknowledged];
    const { rows } = await db.query<{ title: string; n: number }>(`SELECT title, count(*)::int AS n FROM findings WHERE title = ANY($1) GROUP BY title`, [titles]);
    const stored = new Map(rows.map((r) => [r.title, r.n]));
    const problems: string[] = [];
    for (const title of report.acknowledged) if (stored.get(title) !== 1) problems.push(`acknowledged ${title} stored ${stored.get(title) ?? 0} times`);
    for (const title of report.unacknowledged) if ((stored.get(title) ?? 0) > 1) problems.push(`unacknowledged ${title} stored ${stored.get(title)} times`);
    return problems;
  } finally {
    await db.end();
  }
}
