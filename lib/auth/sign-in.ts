import "server-only";
import { prisma } from "@/lib/db/prisma";
import { recordAudit } from "@/lib/audit/record-audit";
import { verifyAgainstDecoy, verifyPassword } from "./password";
import { signInSchema } from "./schema";
import { clearFailures, recordFailure, secondsUntilAllowed } from "./throttle";

export type PasswordSignIn =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

async function auditFailure(email: string, ip: string | null, reason: string) {
  await prisma.$transaction((tx) =>
    recordAudit(tx, { actor: { id: null, label: email || "(no email)" }, action: "auth.sign_in_failed", entityType: "user", after: { provider: "credentials", reason }, ip }),
  );
}

/**
 * Checks an email and password. Every failure looks the same to the caller ("invalid"), whether
 * the account exists or not; only the audit trail records why.
 */
export async function signInWithPassword(raw: unknown, context: { ip: string | null }): Promise<PasswordSignIn> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  const wait = await secondsUntilAllowed(email, context.ip);
  if (wait > 0) {
    await auditFailure(email, context.ip, "throttled");
    return { ok: false, reason: "throttled", retryAfterSeconds: wait };
  }

  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, active: true, passwordHash: true } });
  const valid = user?.passwordHash && user.active ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDecoy(password);
  if (!user || !valid) {
    await recordFailure(email, context.ip);
    await auditFailure(email, context.ip, !user ? "unknown account" : !user.active ? "deactivated" : !user.passwordHash ? "no password (single sign-on only)" : "wrong password");
    return { ok: false, reason: "invalid" };
  }
  await clearFailures(email);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}

/** Single sign-on: only an existing, active Casefile user with the same email gets in. */
export async function matchSsoUser(email: string | null | undefined): Promise<{ id: string; email: string; name: string } | null> {
  const normalized = email?.trim().toLowerCase();
  const user = normalized ? await prisma.user.findUnique({ where: { email: normalized }, select: { id: true, email: true, name: true, active: true } }) : null;
  if (!user || !user.active) {
    await auditFailure(normalized ?? "", null, !user ? "single sign-on: no such Casefile user" : "single sign-on: deactivated");
    return null;
  }
  return { id: user.id, email: user.email, name: user.name };
}
