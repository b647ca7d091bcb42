// The one way a webhook leaves Casefile: the target is checked (lib/webhooks/outbound-rules.ts)
// and resolved once, and the request connects to exactly that address (the `lookup` below never
// asks DNS again), with a time limit, a cap on what is read of the answer, and no redirects
// (node's http client follows none; a 3xx is a failed attempt like any other non-2xx).
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { checkTarget, type TargetPolicy, type TargetRefusal } from "./outbound-rules";
import { targetPolicy } from "./webhook-env";

const WEBHOOK_TIMEOUT_MS = 10_000;
/** Enough to show the receiver's error in the log; the rest of an answer is not read. */
const WEBHOOK_MAX_RESPONSE_BYTES = 16 * 1024;

export type PostOutcome = { ok: true; statusCode: number } | { ok: false; statusCode: number | null; error: string; refused?: TargetRefusal };

export interface PostOptions {
  url: string;
  body: string;
  headers: Record<string, string>;
  policy?: TargetPolicy;
  timeoutMs?: number;
}

/** Checks the URL for a subscription: the refusal's reason, or null when it may be used. */
export async function refuseTarget(url: string, policy: TargetPolicy = targetPolicy()): Promise<TargetRefusal | null> {
  const check = await checkTarget(url, policy);
  return check.ok ? null : check.reason;
}

export async function postWebhook(options: PostOptions): Promise<PostOutcome> {
  const target = await checkTarget(options.url, options.policy ?? targetPolicy());
  if (!target.ok) return { ok: false, statusCode: null, error: `Refused target: ${target.reason}`, refused: target.reason };
  const { url, address, family } = target;
  const pinned: LookupFunction = (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all) (callback as unknown as (e: null, all: { address: string; family: number }[]) => void)(null, [{ address, family }]);
    else callback(null, address, family);
  };
  const client = url.protocol === "https:" ? https : http;
  const timeoutMs = options.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  return new Promise<PostOutcome>((resolve) => {
    const request = client.request(
      url,
      {
        method: "POST",
        lookup: pinned,
        headers: { ...options.headers, "content-type": "application/json", "content-length": Buffer.byteLength(options.body), "user-agent": "Casefile-Webhooks/1" },
        signal: AbortSignal.timeout(timeoutMs),
        agent: false,
      },
      (response) => {
        let read = 0;
        response.on("data", (chunk: Buffer) => {
          read += chunk.length;
          if (read > WEBHOOK_MAX_RESPONSE_BYTES) response.destroy();
        });
        const settle = () => {
          const statusCode = response.statusCode ?? 0;
          resolve(statusCode >= 200 && statusCode < 300 ? { ok: true, statusCode } : { ok: false, statusCode, error: `HTTP ${statusCode}` });
        };
        response.on("end", settle);
        response.on("close", settle);
        response.on("error", settle);
      },
    );
    request.on("error", (error: Error) => {
      resolve({ ok: false, statusCode: null, error: error.name === "AbortError" || error.name === "TimeoutError" ? `No answer within ${timeoutMs / 1_000} s` : error.message.slice(0, 500) });
    });
    request.end(options.body);
  });
}
