import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { requireReplicaAt } from "@/lib/db/read-routing";
import { executeAction } from "@/lib/actions/execute-action";
import { defaultSelection } from "@/lib/publishing/build-snapshot";
import { publishingActions } from "@/lib/publishing/mutations";
import { cachedPublicRead } from "@/lib/publishing/public-read-cache";
import { makeCase, makeViewer } from "@/tests/support/factories";
import { listenForPublicChanges, type PublicChangeListener } from "./public-change-listener";
import { notifyPublicChange, type PublicChange } from "./public-change";

vi.mock("@/lib/db/read-routing", async (importOriginal) => ({ ...(await importOriginal<object>()), requireReplicaAt: vi.fn() }));

type Refresh = { lsn: string; change: PublicChange | null };
let listener: PublicChangeListener;
let refreshes: Refresh[] = [];
let logLines: string[] = [];
const WAIT = { timeout: 15_000, interval: 20 };

beforeAll(async () => {
  listener = listenForPublicChanges({ url: process.env.DATABASE_URL!, log: (line) => logLines.push(line), onRefreshed: (r) => refreshes.push(r) });
  await listener.ready;
});
afterAll(async () => {
  await listener.stop();
  await prisma.$disconnect();
});
beforeEach(() => {
  refreshes = [];
  logLines = [];
  vi.mocked(requireReplicaAt).mockClear();
});

/** Whether WAL position a is strictly past b, compared by PostgreSQL itself. */
async function lsnAfter(a: string, b: string): Promise<boolean> {
  const [row] = await prisma.$queryRaw<{ after: boolean }[]>`SELECT ${a}::pg_lsn > ${b}::pg_lsn AS after`;
  return row!.after;
}

/** A cached public read: "before" until the cache is forgotten, then whatever load gives. */
async function cachedValue(load: () => string): Promise<string> {
  return cachedPublicRead("listener-test", async () => load());
}

/** Commits a public change for the case and resolves when the listener has refreshed for it. */
async function commitChange(incidentId: string, slug: string): Promise<Refresh> {
  await prisma.$transaction((tx) => notifyPublicChange(tx, { kind: "published", incidentId }));
  await vi.waitFor(() => expect(refreshes.some((r) => r.change?.slug === slug)).toBe(true), WAIT);
  return refreshes.find((r) => r.change?.slug === slug)!;
}

describe("public-change listener", () => {
  it("on a committed change: requireReplicaAt with a WAL position past the transaction's writes, then the read cache is forgotten", async () => {
    const incident = await makeCase();
    expect(await cachedValue(() => "before")).toBe("before");
    let writtenAt = "";
    await prisma.$transaction(async (tx) => {
      await tx.incident.update({ where: { id: incident.id }, data: { title: "Changed in the transaction" } });
      await notifyPublicChange(tx, { kind: "unpublished", incidentId: incident.id });
      const [row] = await tx.$queryRaw<{ lsn: string }[]>`SELECT pg_current_wal_insert_lsn()::text AS lsn`;
      writtenAt = row!.lsn;
    });
    await vi.waitFor(() => expect(refreshes.map((r) => r.change)).toContainEqual({ kind: "unpublished", slug: incident.slug }), WAIT);
    const refresh = refreshes.find((r) => r.change?.slug === incident.slug)!;
    // The commit record comes after every write of the transaction.
    expect(await lsnAfter(refresh.lsn, writtenAt)).toBe(true);
    expect(requireReplicaAt).toHaveBeenCalledWith(refresh.lsn);
    expect(await cachedValue(() => "after")).toBe("after");
  });

  it("a rolled-back transaction sends nothing", async () => {
    const [rolledBack, sentinel] = await Promise.all([makeCase(), makeCase()]);
    await expect(
      prisma.$transaction(async (tx) => {
        await notifyPublicChange(tx, { kind: "unpublished", incidentId: rolledBack.id });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    // Notifications arrive in commit order: once the sentinel's is in, the rolled-back one would have been too.
    await commitChange(sentinel.id, sentinel.slug);
    expect(refreshes.some((r) => r.change?.slug === rolledBack.slug)).toBe(false);
  });

  it("the publishing mutations announce publication and takedown with the case's slug", async () => {
    const [proposer, approver] = await Promise.all([makeViewer("regulator"), makeViewer("regulator")]);
    const incident = await makeCase();
    expect(await executeAction(proposer, publishingActions.propose, { incidentId: incident.id, selection: await defaultSelection(prisma, incident.id) })).toMatchObject({ ok: true });
    const { id: versionId } = await prisma.publicationVersion.findFirstOrThrow({ where: { incidentId: incident.id } });
    expect(refreshes).toEqual([]);
    expect(await executeAction(approver, publishingActions.approve, { versionId })).toMatchObject({ ok: true });
    await vi.waitFor(() => expect(refreshes.map((r) => r.change)).toContainEqual({ kind: "published", slug: incident.slug }), WAIT);
    expect(await executeAction(approver, publishingActions.unpublish, { incidentId: incident.id, reason: "Ordered by the court." })).toMatchObject({ ok: true });
    await vi.waitFor(() => expect(refreshes.map((r) => r.change)).toContainEqual({ kind: "unpublished", slug: incident.slug }), WAIT);
  });

  it("a killed LISTEN connection: one line for the drop, one for the reconnect, and the caches are cleared as if everything changed", async () => {
    expect(await cachedValue(() => "before")).toBe("before");
    const terminated = await prisma.$queryRaw<{ ok: boolean }[]>`
      SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = 'casefile public-change listener' AND datname = current_database()`;
    expect(terminated).toEqual([{ ok: true }]);
    await vi.waitFor(() => expect(logLines.some((line) => line.includes("reconnected"))).toBe(true), WAIT);
    expect(logLines.filter((line) => line.includes("lost its connection"))).toHaveLength(1);
    expect(logLines.filter((line) => line.includes("reconnected"))).toHaveLength(1);
    expect(refreshes.map((r) => r.change)).toEqual([null]);
    expect(requireReplicaAt).toHaveBeenCalledWith(refreshes[0]!.lsn);
    expect(await cachedValue(() => "after")).toBe("after");
    // Listening again.
    const incident = await makeCase();
    await commitChange(incident.id, incident.slug);
  });
});
