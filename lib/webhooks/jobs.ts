import { z } from "zod";
import { defineJob } from "@/lib/jobs/define-job";
import { FAN_OUT_JOB } from "./fan-out-spec";

// Their bodies load when they run (dynamic imports), as lib/notifications/jobs.ts does: the
// registry is imported wherever a job is enqueued, and must not drag the notifications' mail
// renderer and its messages into every such module (nor into the e2e specs that enqueue).

/** An event on a case, to the subscriptions that asked for it (lib/webhooks/emit.ts queues it). */
export const webhookFanOutJob = defineJob({
  ...FAN_OUT_JOB,
  run: async (data, ctx) => {
    const { fanOut } = await import("./fan-out");
    await fanOut(ctx.db, data);
  },
});

/**
 * One attempt at one delivery. Its retries after a failed answer are new jobs at the times of the
 * schedule (lib/webhooks/retry-schedule.ts); pg-boss's own retries only cover a worker that died
 * mid-attempt. The lease outlasts the request's 10 s limit.
 */
export const webhookDeliverJob = defineJob({
  name: "webhooks.deliver",
  data: z.object({ deliveryId: z.string().min(1).max(64) }),
  retryLimit: 3,
  retryDelaySeconds: 30,
  retryBackoff: false,
  leaseSeconds: 30,
  run: async ({ deliveryId }, ctx) => {
    const { deliverWebhook } = await import("./deliver");
    await deliverWebhook(ctx, deliveryId);
  },
});
