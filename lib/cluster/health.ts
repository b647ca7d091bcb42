import "server-only";
import { NextResponse } from "next/server";

// /healthz, for the load balancer (deploy/): can this instance reach its database now? It answers
// from the pool the requests use, so an instance whose pool is stuck reports itself unhealthy too.
const HEALTH_TIMEOUT_MS = 2_000;
const RETRY_AFTER_SECONDS = 5;
const headers = { "Cache-Control": "no-store" };

/** 200 when `probe` answers within `timeoutMs`; 503 with Retry-After when it fails or takes longer. */
export async function healthResponse(probe: () => Promise<unknown>, timeoutMs = HEALTH_TIMEOUT_MS): Promise<NextResponse> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const outcome = await Promise.race([probe().then(() => "ok" as const), timedOut]);
    if (outcome === "ok") return NextResponse.json({ status: "ok" }, { headers });
    return unavailable(`the database did not answer within ${timeoutMs} ms`);
  } catch {
    return unavailable("the database did not answer");
  } finally {
    clearTimeout(timer);
  }
}

function unavailable(reason: string): NextResponse {
  return NextResponse.json({ status: "unavailable", reason }, { status: 503, headers: { ...headers, "Retry-After": String(RETRY_AFTER_SECONDS) } });
}
