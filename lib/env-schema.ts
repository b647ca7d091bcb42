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

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

/**
 * What every part of the app may read, including next.config.ts and proxy.ts, which run before
 * (or without) the database and secrets: how it runs and its public address.
 */
const siteEnvShape = {
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  NEXTAUTH_URL: z.url("NEXTAUTH_URL must be the app's public URL, e.g. https://casefile.example.org.").optional(),
};
const siteEnvSchema = z.object(siteEnvShape);

const serverEnvSchema = z
  .object({
    ...siteEnvShape,
    DATABASE_URL: postgresUrl,
    /** Connections per app instance; PostgreSQL's max_connections bounds the sum over instances. */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    /** How long a request waits for a pooled connection before failing with a retryable error. */
    DATABASE_POOL_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
    /** Server-side cap on any single statement. */
    DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),

    /** Signs session cookies. `npm start` generates one for the embedded demo; deployments set their own. */
    NEXTAUTH_SECRET: z.string({ error: "NEXTAUTH_SECRET is not set (32+ random characters)." }).min(32, "NEXTAUTH_SECRET must be at least 32 characters."),
    /** How long a sign-in lasts. */
    SESSION_MAX_AGE_HOURS: z.coerce.number().min(0.25).max(720).default(8),
    /** Proxies in front of the app that append to X-Forwarded-For (0: the app faces clients). */
    TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),

    /** Optional single sign-on (OpenID Connect): all three or none. */
    OIDC_ISSUER: optionalText.pipe(z.url("OIDC_ISSUER must be the provider's issuer URL.").optional()),
    OIDC_CLIENT_ID: optionalText,
    OIDC_CLIENT_SECRET: optionalText,
    OIDC_DISPLAY_NAME: z.string().trim().min(1).default("Single sign-on"),

    /** The largest evidence file an upload may bring, in MB; refused while it streams in. */
    EVIDENCE_MAX_MB: z.coerce.number().int().min(1).max(100_000).default(200),
  })
  .refine((env) => [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].every(Boolean) || [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].every((v) => !v), {
    message: "Single sign-on needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together.",
    path: ["OIDC_ISSUER"],
  });

export type ServerEnv = z.infer<typeof serverEnvSchema>;
export type SiteEnv = z.infer<typeof siteEnvSchema>;

/** Parses with `schema`, or throws one readable line per problem. */
function parseWith<T>(schema: z.ZodType<T>, source: Record<string, string | undefined>): T {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `${issue.path.join(".") || "env"}: ${issue.message}`);
  throw new Error(`Invalid configuration. ${lines.join(" ")}`);
}

export const parseServerEnv = (source: Record<string, string | undefined>): ServerEnv => parseWith(serverEnvSchema, source);
export const parseSiteEnv = (source: Record<string, string | undefined>): SiteEnv => parseWith(siteEnvSchema, source);
