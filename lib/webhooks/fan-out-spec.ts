// The fan-out job's name, data and timing, apart from its run (lib/webhooks/jobs.ts), so the series
// importer's script can queue it without loading the worker's server-only modules.
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
