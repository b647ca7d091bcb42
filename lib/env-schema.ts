import { z } from "zod";

const postgresUrl = z
  .string({ error: "DATABASE_URL is not set." })
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, "DATABASE_URL must look like postgresql://user:password@host:5432/database.");

export const serverEnvSchema = z.object({
  DATABASE_URL: postgresUrl,
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Connections per app instance; PostgreSQL's max_connections bounds the sum over instances. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** How long a request waits for a pooled connection before failing with a retryable error. */
  DATABASE_POOL_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
  /** Server-side cap on any single statement. */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

/** Parses the environment, or throws one readable line per problem. */
export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const result = serverEnvSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `${issue.path.join(".") || "env"}: ${issue.message}`);
  throw new Error(`Invalid configuration. ${lines.join(" ")}`);
}
