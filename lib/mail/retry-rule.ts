import type { MailStatus } from "@/lib/generated/prisma/enums";

/** Failed for good, waiting after an error, or kept while no SMTP server was configured: never one being sent or sent. */
export function canRetryMail(mail: { status: MailStatus; lastError: string | null }): boolean {
  return mail.status === "failed" || mail.status === "kept" || (mail.status === "queued" && mail.lastError !== null);
}
