import { prisma } from "@/lib/db/prisma";
import { healthResponse } from "@/lib/cluster/health";

// GET /healthz: the load balancer's health check (lib/cluster/health.ts). Not rate-limited, no
// cookie (proxy.ts leaves the path alone), never cached.
export const dynamic = "force-dynamic";

export const GET = () => healthResponse(() => prisma.$queryRaw`SELECT 1`);
