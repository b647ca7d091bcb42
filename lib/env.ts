import "server-only";
import { parseServerEnv, type ServerEnv } from "./env-schema";

// Validated once per process; a bad value fails the first request with a clear message
// (the start script validates the same schema before the server boots).
let cached: ServerEnv | undefined;

export function env(): ServerEnv {
  cached ??= parseServerEnv(process.env);
  return cached;
}
