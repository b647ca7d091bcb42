import { z } from "zod";
import { defineJob } from "@/lib/jobs/define-job";
import { deliverWebhook } from "./deliver";
import { fanOut } from "./fan-out";
import { FAN_OUT_JOB } from "./fan-out-spec";

/** An event on a case, to the subscriptions that asked for it (lib/webhooks/emit.ts queues it). */
export const webhookFanOutJob = defineJob({
  ...FAN_OUT_JOB,
  run: async (data, ctx) => {
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
    await deliverWebhook(ctx, deliveryId);
  },
});
