// The fan-out job's name, data and timing, apart from its run (lib/webhooks/jobs.ts, which loads the
// fan-out's code only when it runs), so queueing it loads no server-only module: the series
// importer's script queues it too (lib/webhooks/emit-pg.ts).
import { z } from "zod";
import { WEBHOOK_EVENTS } from "./events";

const fanOutData = z.object({
  eventId: z.string().min(1).max(80),
  type: z.enum(WEBHOOK_EVENTS),
  incidentId: z.string().min(1).max(64),
  occurredAt: z.iso.datetime(),
  facts: z.record(z.string().max(40), z.union([z.string().max(80), z.number(), z.null()])),
});
export type FanOutData = z.infer<typeof fanOutData>;

export const FAN_OUT_JOB = { name: "webhooks.fan-out", data: fanOutData, retryLimit: 5, retryDelaySeconds: 10, retryBackoff: true, leaseSeconds: 120 } as const;
