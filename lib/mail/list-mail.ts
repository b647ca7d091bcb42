import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { MailStatus } from "@/lib/generated/prisma/client";

export interface MailRow {
  id: string;
  to: string;
  subject: string;
  locale: string;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  lastAttemptAt: Date | null;
  sentAt: Date | null;
  createdAt: Date;
}

const columns = { id: true, to: true, subject: true, locale: true, status: true, attempts: true, lastError: true, lastAttemptAt: true, sentAt: true, createdAt: true } as const;

export const MAIL_PAGE_SIZE = 50;

/** The outbox, newest first, a page at a time (the demo reads its mails here). */
export async function listMail(options: { page?: number } = {}): Promise<{ rows: MailRow[]; total: number }> {
  const page = Math.max(1, options.page ?? 1);
  const [rows, total] = await Promise.all([
    prisma.mailMessage.findMany({ select: columns, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (page - 1) * MAIL_PAGE_SIZE, take: MAIL_PAGE_SIZE }),
    prisma.mailMessage.count(),
  ]);
  return { rows, total };
}

/** One mail with its text, for the outbox's detail view. */
export function getMail(id: string) {
  return prisma.mailMessage.findUnique({ where: { id }, select: { ...columns, text: true, messageId: true } });
}

const PROBLEMS = { OR: [{ status: "failed" as const }, { status: { in: ["queued" as const, "sending" as const] }, lastError: { not: null } }] };

export const countMailProblems = () => prisma.mailMessage.count({ where: PROBLEMS });

/** Mails that failed for good, and those waiting to be retried after an error: oldest problem first. */
export function listMailProblems(): Promise<MailRow[]> {
  return prisma.mailMessage.findMany({
    select: columns,
    where: PROBLEMS,
    orderBy: [{ lastAttemptAt: "asc" }, { id: "asc" }],
    take: 200,
  });
}
