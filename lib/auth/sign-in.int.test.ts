import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { makeUser, unique } from "@/tests/support/factories";
import { resolveSession, revokeSession } from "./sessions";
import { signInWithPassword } from "./sign-in";
import { ACCOUNT_FAILURES_ALLOWED, IP_FAILURES_ALLOWED } from "./throttle";

afterAll(() => prisma.$disconnect());
const PASSWORD = "correct horse battery staple";
const ip = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}`;

describe("signInWithPassword", () => {
  it("accepts the right password", async () => {
    const user = await makeUser("regulator", { password: PASSWORD });
    expect(await signInWithPassword({ email: user.email.toUpperCase(), password: PASSWORD }, { ip: ip() })).toEqual({
      ok: true,
      user: { id: user.id, email: user.email, name: user.name },
    });
  });

  it("answers a wrong password, an unknown account and a deactivated one identically, and audits why", async () => {
    const user = await makeUser("regulator", { password: PASSWORD });
    const off = await makeUser("regulator", { password: PASSWORD, active: false });
    const unknown = `${unique("nobody")}@test.casefile`;
    const results = await Promise.all([
      signInWithPassword({ email: user.email, password: "wrong" }, { ip: ip() }),
      signInWithPassword({ email: unknown, password: "wrong" }, { ip: ip() }),
      signInWithPassword({ email: off.email, password: PASSWORD }, { ip: ip() }),
    ]);
    expect(results).toEqual([
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
    ]);
    const reasons = await prisma.auditEvent.findMany({ where: { action: "auth.sign_in_failed", actorLabel: { in: [user.email, unknown, off.email] } } });
    expect(reasons.map((r) => (r.after as { reason: string }).reason).sort()).toEqual(["deactivated", "unknown account", "wrong password"]);
  });

  it.each([
    [{ email: "not-an-email", password: "x" }],
    [{ email: "a@b.co", password: "x".repeat(5000) }],
    [{ email: ["a@b.co"], password: {} }],
    [null],
  ])("refuses malformed input %# without an error", async (input) => {
    expect(await signInWithPassword(input, { ip: ip() })).toEqual({ ok: false, reason: "invalid" });
  });

  it(`locks an account after ${ACCOUNT_FAILURES_ALLOWED} failures, even for the right password`, async () => {
    const user = await makeUser("case_officer", { password: PASSWORD });
    for (let i = 0; i < ACCOUNT_FAILURES_ALLOWED; i++) await signInWithPassword({ email: user.email, password: `wrong ${i}` }, { ip: ip() });
    const locked = await signInWithPassword({ email: user.email, password: PASSWORD }, { ip: ip() });
    expect(locked).toMatchObject({ ok: false, reason: "throttled" });
    expect(locked.ok === false && locked.reason === "throttled" && locked.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("locks an unknown account the same way, so throttling reveals nothing", async () => {
    const email = `${unique("ghost")}@test.casefile`;
    for (let i = 0; i < ACCOUNT_FAILURES_ALLOWED; i++) await signInWithPassword({ email, password: "x" }, { ip: ip() });
    expect(await signInWithPassword({ email, password: "x" }, { ip: ip() })).toMatchObject({ reason: "throttled" });
  });

  it(`throttles an address after ${IP_FAILURES_ALLOWED} failures across accounts`, async () => {
    const address = "203.0.113.99";
    for (let i = 0; i < IP_FAILURES_ALLOWED; i++) await signInWithPassword({ email: `${unique("spray")}@test.casefile`, password: "x" }, { ip: address });
    const user = await makeUser("regulator", { password: PASSWORD });
    expect(await signInWithPassword({ email: user.email, password: PASSWORD }, { ip: address })).toMatchObject({ reason: "throttled" });
    expect(await signInWithPassword({ email: user.email, password: PASSWORD }, { ip: ip() })).toMatchObject({ ok: true });
  });
});

describe("resolveSession", () => {
  async function session(options: { expiresInMs?: number } = {}) {
    const user = await makeUser("regulator");
    const row = await prisma.userSession.create({ data: { userId: user.id, provider: "credentials", expiresAt: new Date(Date.now() + (options.expiresInMs ?? 60_000)) } });
    return { user, row };
  }

  it("finds the viewer behind a live session, with their current role", async () => {
    const { user, row } = await session();
    expect(await resolveSession(row.id)).toMatchObject({ id: user.id, role: "regulator" });
    await prisma.user.update({ where: { id: user.id }, data: { role: "case_officer" } });
    expect(await resolveSession(row.id)).toMatchObject({ role: "case_officer" });
  });

  it("refuses a revoked session, an expired one, and a deactivated user's", async () => {
    const revoked = await session();
    await revokeSession(revoked.row.id);
    expect(await resolveSession(revoked.row.id)).toBeNull();
    const expired = await session({ expiresInMs: -1 });
    expect(await resolveSession(expired.row.id)).toBeNull();
    const off = await session();
    await prisma.user.update({ where: { id: off.user.id }, data: { active: false } });
    expect(await resolveSession(off.row.id)).toBeNull();
    expect(await resolveSession("no-such-session")).toBeNull();
  });
});
