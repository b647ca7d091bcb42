// Every /api/v1 route module with its OpenAPI path: the description is built from these
// modules' own options (lib/api/openapi/build-document.ts). A test fails when a route file
// under app/api/v1 is missing here.
import * as cases from "./cases/route";
import * as oneCase from "./cases/[slug]/route";
import * as publications from "./cases/[slug]/publications/route";
import * as findings from "./cases/[slug]/findings/route";
import * as timelineEvents from "./cases/[slug]/timeline-events/route";
import * as sources from "./cases/[slug]/sources/route";
import * as estimates from "./cases/[slug]/estimates/route";
import * as revisions from "./cases/[slug]/estimates/[estimateId]/revisions/route";
import * as series from "./cases/[slug]/series/route";
import * as evidence from "./cases/[slug]/evidence/route";
import * as webhooks from "./webhooks/route";
import * as oneWebhook from "./webhooks/[webhookId]/route";
import * as enableWebhook from "./webhooks/[webhookId]/enable/route";
import * as pauseWebhook from "./webhooks/[webhookId]/pause/route";
import * as rotateWebhookSecret from "./webhooks/[webhookId]/rotate-secret/route";
import * as replayDelivery from "./webhooks/[webhookId]/deliveries/[deliveryId]/replay/route";
import type { ApiRouteModule } from "@/lib/api/openapi/build-document";

export const API_ROUTE_TABLE: readonly { path: string; module: ApiRouteModule }[] = [
  { path: "/api/v1/cases", module: cases },
  { path: "/api/v1/cases/{slug}", module: oneCase },
  { path: "/api/v1/cases/{slug}/publications", module: publications },
  { path: "/api/v1/cases/{slug}/findings", module: findings },
  { path: "/api/v1/cases/{slug}/timeline-events", module: timelineEvents },
  { path: "/api/v1/cases/{slug}/sources", module: sources },
  { path: "/api/v1/cases/{slug}/estimates", module: estimates },
  { path: "/api/v1/cases/{slug}/estimates/{estimateId}/revisions", module: revisions },
  { path: "/api/v1/cases/{slug}/series", module: series },
  { path: "/api/v1/cases/{slug}/evidence", module: evidence },
  { path: "/api/v1/webhooks", module: webhooks },
  { path: "/api/v1/webhooks/{webhookId}", module: oneWebhook },
  { path: "/api/v1/webhooks/{webhookId}/enable", module: enableWebhook },
  { path: "/api/v1/webhooks/{webhookId}/pause", module: pauseWebhook },
  { path: "/api/v1/webhooks/{webhookId}/rotate-secret", module: rotateWebhookSecret },
  { path: "/api/v1/webhooks/{webhookId}/deliveries/{deliveryId}/replay", module: replayDelivery },
];
