// npm run bench:webhooks
//
// Issue 19's fan-out target: one event to 1,000 subscriptions, every message delivered to a local
// receiver within 30 s. A fresh migrated database (embedded PostgreSQL, or DATABASE_URL's server),
// one case, 1,000 regulators each with a subscription to `case.opened` at a loopback receiver
// (allowed by WEBHOOKS_ALLOW_PRIVATE_TARGETS, set here), then the event is emitted the way a
// mutation emits it (emitWebhookEvent in a transaction) and the worker, started in this process,
// is timed from the emit until the last delivery row is `delivered`. Every message is checked to
// have arrived exactly once with its signature verified by `standardwebhooks`. Results go to
// bench/results/webhook-fanout.json (the figure for docs/performance.md).
//
// BENCH_SUBSCRIPTIONS (1000), WORKER_BATCH_SIZE (100), WORKER_CONCURRENCY (4).
import { loadavg } from "node:os";
import { Webhook } from "standardwebhooks";
import { createPrismaClient } from "@/lib/db/create-client";
import { allJobs } from "@/lib/jobs/all-jobs";
import { startWorker } from "@/lib/jobs/start-worker";
import { emitWebhookEvent } from "@/lib/webhooks/emit";
import { newWebhookSecret } from "@/lib/webhooks/secret";
import { createTestDatabase } from "@/tests/support/test-database";
import { startWebhookReceiver } from "@/tests/support/webhook-receiver";
import { writeResults } from "./lib/results";

const SUBSCRIPTIONS = Number(process.env.BENCH_SUBSCRIPTIONS ?? 1_000);
const BATCH = Number(process.env.WORKER_BATCH_SIZE ?? 100);
const CONCURRENCY = Number(process.env.WORKER_CONCURRENCY ?? 4);
process.env.WEBHOOKS_ALLOW_PRIVATE_TARGETS = "true";

const database = await createTestDatabase("bench_webhooks");
const db = createPrismaClient({ url: database.url });
const receiver = await startWebhookReceiver();
try {
  const org = await db.organization.create({ data: { slug: "bench-org", name: "Bench Org", kind: "company" } });
  const incident = await db.incident.create({ data: { slug: "bench-webhooks", title: "Bench case", summary: "Fan-out bench.", investigatedOrgId: org.id } });
  await db.user.createMany({ data: Array.from({ length: SUBSCRIPTIONS }, (_, i) => ({ email: `owner-${i}@bench.example`, name: `Owner ${i}`, role: "regulator" as const })) });
  const owners = await db.user.findMany({ where: { email: { endsWith: "@bench.example" } }, select: { id: true, email: true } });
  await db.webhookSubscription.createMany({ data: owners.map((o, i) => ({ ownerId: o.id, url: receiver.url(`/s/${i}`), events: ["case.opened"], secret: newWebhookSecret() })) });
  const secrets = new Map((await db.webhookSubscription.findMany({ select: { url: true, secret: true } })).map((s) => [new URL(s.url).pathname, s.secret]));

  const worker = await startWorker({ databaseUrl: database.url, db, mailer: null, jobs: allJobs, batchSize: BATCH, concurrency: CONCURRENCY, pollingIntervalSeconds: 0.5, schedule: false });
  const started = performance.now();
  await db.$transaction((tx) => emitWebhookEvent(tx, { type: "case.opened", incidentId: incident.id }));
  let delivered = 0;
  while (delivered < SUBSCRIPTIONS) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    delivered = await db.webhookDelivery.count({ where: { status: "delivered" } });
    if (performance.now() - started > 300_000) throw new Error(`Only ${delivered} of ${SUBSCRIPTIONS} delivered after 5 minutes`);
  }
  const seconds = (performance.now() - started) / 1000;
  await worker.stop(5_000);
  const ids = new Set(receiver.received.map((r) => r.headers["webhook-id"]));
  for (const request of receiver.received) new Webhook(secrets.get(request.path) ?? "").verify(request.body, request.headers);
  if (receiver.received.length !== SUBSCRIPTIONS || ids.size !== SUBSCRIPTIONS) throw new Error(`Expected ${SUBSCRIPTIONS} messages once each; the receiver has ${receiver.received.length} (${ids.size} distinct)`);
  writeResults("webhook-fanout", {
    measuredAt: new Date().toISOString(),
    subscriptions: SUBSCRIPTIONS,
    seconds: Number(seconds.toFixed(2)),
    targetSeconds: 30,
    settings: { batchSize: BATCH, fetchLoops: CONCURRENCY, pollingIntervalSeconds: 0.5 },
    machine: "2 cores shared with other work; PostgreSQL, the worker and the receiver on the same machine",
    loadAverage1m: Number(loadavg()[0]?.toFixed(2)),
  });
} finally {
  await db.$disconnect();
  await receiver.close();
  await database.dispose();
}
