import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { enqueueJob } from "@/lib/jobs/enqueue-job";

type Tx = Prisma.TransactionClient;

export interface OutgoingMail {
  recipientId: string | null;
  to: string;
  locale: Locale;
  subject: string;
  text: string;
  html?: string;
  /** Set for a daily digest: one per recipient and KST day. */
  digestDay?: Date;
}

/**
 * Puts a rendered mail in the outbox inside the caller's transaction, with the job that sends it
 * (`mail.send`): a rolled-back change leaves neither, a committed one is never lost, and the
 * request never waits for SMTP. Returns the mail's id.
 */
export async function queueMail(tx: Tx, mail: OutgoingMail): Promise<string> {
  const row = await tx.mailMessage.create({
    data: {
      recipientId: mail.recipientId,
      to: mail.to,
      locale: mail.locale,
      subject: mail.subject,
      text: mail.text,
      html: mail.html ?? null,
      digestDay: mail.digestDay ?? null,
    },
    select: { id: true },
  });
  await enqueueJob(tx, "mail.send", { mailId: row.id });
  return row.id;
}
