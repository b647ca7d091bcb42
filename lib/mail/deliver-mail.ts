import { randomUUID } from "node:crypto";
import type { JobContext } from "@/lib/jobs/define-job";

export type DeliveryOutcome = "sent" | "kept" | "taken" | "failed";

interface ClaimedMail {
  to: string;
  subject: string;
  text: string;
  html: string | null;
  messageId: string;
}

/** What an admin reads on "mail problems": the server's answer when there is one. */
function describeSmtpError(error: unknown): string {
  const e = error as { code?: unknown; response?: unknown; message?: unknown };
  const answer = typeof e.response === "string" ? e.response : typeof e.message === "string" ? e.message : String(error);
  return [typeof e.code === "string" ? e.code : null, answer].filter(Boolean).join(": ").slice(0, 1_000);
}

/**
 * One attempt at one outbox mail. The row is claimed with a conditional UPDATE (queued, or
 * sending by a worker whose lease ran out), so two workers, or a job delivered twice, never both
 * send it; a mail already sent is never sent again. Its Message-ID is fixed before the first
 * attempt. A failed attempt keeps the error and throws, so the queue retries with backoff; the
 * last allowed attempt ends the mail `failed` (shown on /admin/mail/problems).
 *
 * Left open by SMTP itself: a worker killed after the server accepted the mail but before this
 * row says `sent` leads to a second delivery with the same Message-ID, which receivers may drop.
 */
export async function deliverMail(ctx: JobContext, mailId: string): Promise<DeliveryOutcome> {
  const { db, mailer } = ctx;
  if (!mailer) {
    const kept = await db.$executeRaw`UPDATE mail_messages SET status = 'kept', "lastAttemptAt" = now() WHERE id = ${mailId} AND status = 'queued'`;
    return kept === 1 ? "kept" : "taken";
  }
  const messageId = `<${randomUUID()}@${mailer.messageIdDomain}>`;
  const [mail] = await db.$queryRaw<ClaimedMail[]>`
    UPDATE mail_messages
       SET status = 'sending', attempts = attempts + 1, "lastAttemptAt" = now(), "messageId" = COALESCE("messageId", ${messageId})
     WHERE id = ${mailId}
       AND (status = 'queued' OR (status = 'sending' AND "lastAttemptAt" < now() - make_interval(secs => ${ctx.leaseSeconds})))
    RETURNING "to", subject, text, html, "messageId"`;
  if (!mail) return "taken";
  try {
    await mailer.send(mail);
  } catch (error) {
    const last = ctx.retryCount >= ctx.retryLimit;
    await db.$executeRaw`
      UPDATE mail_messages SET status = ${last ? "failed" : "queued"}::"MailStatus", "lastError" = ${describeSmtpError(error)}
       WHERE id = ${mailId} AND status = 'sending'`;
    if (last) return "failed";
    throw error;
  }
  await db.$executeRaw`UPDATE mail_messages SET status = 'sent', "sentAt" = now(), "lastError" = NULL WHERE id = ${mailId} AND status = 'sending'`;
  return "sent";
}
