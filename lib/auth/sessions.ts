import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Viewer } from "./permissions";

export async function revokeSession(sessionId: string): Promise<void> {
  await prisma.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/**
 * The viewer behind a session id, checked against the database on every request: the session
 * must exist, be unexpired and unrevoked, and its user active. Role changes and deactivation
 * therefore apply on the next request, whatever the cookie says.
 */
export async function resolveSession(sessionId: string): Promise<Viewer | null> {
  const session = await prisma.userSession.findUnique({
    where: { id: sessionId },
    include: { user: { select: { id: true, email: true, name: true, role: true, active: true } } },
  });
  if (!session || session.revokedAt || session.expiresAt <= new Date() || !session.user.active) return null;
  const { id, email, name, role } = session.user;
  return { id, email, name, role, sessionId: session.id };
}
