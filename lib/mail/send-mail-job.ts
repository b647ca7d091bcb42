import { z } from "zod";
import { defineJob } from "@/lib/jobs/define-job";
import { deliverMail } from "./deliver-mail";

/** Sends one outbox row (lib/mail/queue-mail.ts enqueues it in the row's own transaction). */
export const sendMailJob = defineJob({
  name: "mail.send",
  data: z.object({ mailId: z.string().min(1).max(64) }),
  // Doubling from 30 s: eight retries span about two hours of a mail server being down.
  retryLimit: 8,
  retryDelaySeconds: 30,
  retryBackoff: true,
  // Longer than the transport's own timeouts (lib/mail/mailer.ts), so a live worker gives up first.
  leaseSeconds: 120,
  run: async ({ mailId }, ctx) => {
    await deliverMail(ctx, mailId);
  },
});
