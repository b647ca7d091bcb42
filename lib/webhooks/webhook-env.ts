import { parseWebhookEnv } from "@/lib/env-schema";
import type { TargetPolicy } from "./outbound-rules";

/**
 * The outbound policy in force, read on every check: tests switch it on around a local receiver.
 * Read from the process's environment directly because the worker runs without the web server's
 * secrets, which env() would require.
 */
export function targetPolicy(): TargetPolicy {
  // eslint-disable-next-line no-restricted-properties -- the worker has no web secrets for env(); this parses only the webhook setting
  const { WEBHOOKS_ALLOW_PRIVATE_TARGETS } = parseWebhookEnv(process.env);
  return { allowPrivate: WEBHOOKS_ALLOW_PRIVATE_TARGETS, allowHttp: WEBHOOKS_ALLOW_PRIVATE_TARGETS };
}
