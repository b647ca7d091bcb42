import "server-only";
import { defineAction } from "@/lib/actions/execute-action";
import { ActionError } from "@/lib/actions/result";
import { assertCan } from "@/lib/auth/assert-can";
import type { Viewer } from "@/lib/auth/permissions";
import { actorOf, recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/prisma";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { canRetryMail } from "./retry-rule";
import { retryMailSchema, type RetryMailInput } from "./schema";

const AUDITED = { id: true, to: true, subject: true, status: true, attempts: true, lastError: true } as const;


/**
 * Sends a mail again now, with a fresh run of retries: the row goes back to `queued` and a new
 * `mail.send` job is queued, both with the audit row in one transaction. A mail that is being
 * sent or was sent is refused (it would go out twice).
 */
async function retryMail(viewer: Viewer, input: RetryMailInput) {
  assertCan(viewer, "mail.retry");
  return prisma.$transaction(async (tx) => {
    const before = await tx.mailMessage.findUnique({ where: { id: input.mailId }, select: AUDITED });
    if (!before) throw new ActionError("not_found", "No such mail.");
    if (!canRetryMail(before)) throw new ActionError("conflict", "mailAdmin.notRetryable");
    const { count } = await tx.mailMessage.updateMany({ where: { id: before.id, status: before.status }, data: { status: "queued" } });
    if (count === 0) throw new ActionError("conflict", "mailAdmin.notRetryable");
    await enqueueJob(tx, "mail.send", { mailId: before.id });
    const after = await tx.mailMessage.findUniqueOrThrow({ where: { id: before.id }, select: AUDITED });
    await recordAudit(tx, { actor: actorOf(viewer), action: "mail.retried", entityType: "mail_message", entityId: before.id, before, after });
    return { id: before.id };
  });
}

export const mailActions = {
  retry: defineAction(retryMailSchema, retryMail),
};
