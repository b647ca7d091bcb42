import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * What is public changed: every app instance forgets its cached public reads and pages
 * (docs/architecture.md, "Several instances"). One channel for the whole database; the payload
 * says what happened to which case, for the log and for finer invalidation later.
 */
export const PUBLIC_CHANGE_CHANNEL = "casefile_public_change";

const publicChangeSchema = z.object({
  kind: z.enum(["published", "unpublished"]),
  slug: z.string().min(1).max(200),
});
export type PublicChange = z.infer<typeof publicChangeSchema>;

/** The payload as sent, or null for anything else on the channel (logged by the listener, then treated as "everything"). */
export function parsePublicChange(payload: string | undefined): PublicChange | null {
  if (!payload) return null;
  try {
    const parsed = publicChangeSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Sends the notification INSIDE the publishing transaction: PostgreSQL delivers a NOTIFY only when,
 * and only after, its transaction commits, so a rolled-back change sends nothing, and a committed
 * one cannot lose its notification to a crash between the commit and a second step.
 */
export async function notifyPublicChange(tx: Prisma.TransactionClient, change: { kind: PublicChange["kind"]; incidentId: string }): Promise<void> {
  // The slug is read in the same statement: callers hold only the incident's id.
  const sent = await tx.$executeRaw`
    SELECT pg_notify(${PUBLIC_CHANGE_CHANNEL}, json_build_object('kind', ${change.kind}::text, 'slug', slug)::text)
    FROM incidents WHERE id = ${change.incidentId}`;
  if (sent !== 1) throw new Error(`No incident ${change.incidentId} to announce a public change for.`);
}
