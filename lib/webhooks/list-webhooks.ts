import "server-only";
import type { Viewer } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import { managedBy } from "./mutations";

/** The subscriptions the viewer manages (their own; every one for administrators), newest first. */
export async function listWebhooks(viewer: Viewer) {
  return prisma.webhookSubscription.findMany({
    where: managedBy(viewer),
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { id: true, url: true, events: true, enabled: true, disabledAt: true, disabledReason: true, consecutiveFailures: true, owner: { select: { id: true, name: true } } },
  });
}

const WEBHOOK_LOG_SIZE = 100;

/**
 * One subscription with its latest deliveries and the slugs of their cases, or null when the
 * viewer may not manage it. The secret is returned only to its owner.
 */
export async function getWebhook(viewer: Viewer, id: string) {
  const subscription = await prisma.webhookSubscription.findFirst({
    where: { id, ...managedBy(viewer) },
    select: {
      id: true,
      url: true,
      events: true,
      secret: true,
      enabled: true,
      disabledAt: true,
      disabledReason: true,
      consecutiveFailures: true,
      version: true,
      createdAt: true,
      owner: { select: { id: true, name: true } },
      deliveries: {
        orderBy: { createdAt: "desc" },
        take: WEBHOOK_LOG_SIZE,
        select: { id: true, messageId: true, eventType: true, incidentId: true, status: true, attempts: true, lastStatusCode: true, lastError: true, nextAttemptAt: true, createdAt: true, replayOfId: true },
      },
    },
  });
  if (!subscription) return null;
  const ids = [...new Set(subscription.deliveries.map((d) => d.incidentId).filter((v): v is string => v !== null))];
  const cases = await prisma.incident.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true } });
  const slugs = new Map(cases.map((c) => [c.id, c.slug]));
  const { secret, ...rest } = subscription;
  return {
    ...rest,
    secret: subscription.owner.id === viewer.id ? secret : null,
    deliveries: subscription.deliveries.map((d) => ({ ...d, caseSlug: d.incidentId ? (slugs.get(d.incidentId) ?? null) : null })),
  };
}
