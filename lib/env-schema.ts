import { z } from "zod";

// In the browser (this module reaches it through lib/i18n/routing.ts), zod must not test whether it
// may compile parsers with eval: the page's Content-Security-Policy forbids eval, and the refused
// test is logged as a policy violation on every page.
if (typeof window !== "undefined") z.config({ jitless: true });

function isPostgresUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "";
  } catch {
    return false;
  }
}

const postgresUrl = z.string({ error: "DATABASE_URL is not set." }).trim().refine(isPostgresUrl, "DATABASE_URL must look like postgresql://user:password@host:5432/database.");

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

/**
 * Webhooks (lib/webhooks/): only for tests and a local receiver, allow plain http and private,
 * loopback and link-local targets. Never in production. Also read by the worker, which has no web
 * secrets.
 */
const webhookEnvShape = {
  WEBHOOKS_ALLOW_PRIVATE_TARGETS: z
    .enum(["true", "false", "1", "0", ""], { error: "WEBHOOKS_ALLOW_PRIVATE_TARGETS must be true or false." })
    .optional()
    .transform((v) => v === "true" || v === "1"),
};
const webhookEnvSchema = z.object(webhookEnvShape);
export type WebhookEnv = z.infer<typeof webhookEnvSchema>;

/**
 * Where evidence files are kept (lib/evidence/storage/): a directory under the data directory, or,
 * when EVIDENCE_S3_BUCKET is set, an S3-compatible object store (every app instance must then
 * share it). Also read by scripts, which cannot import server-only modules.
 */
const evidenceEnvShape = {
  /** The data directory; evidence files go to `<dir>/evidence` unless S3 is configured. */
  CASEFILE_DATA_DIR: optionalText,
  /** The largest file one upload may bring, in MiB (CopyObject copies at most 5 GiB in one call). */
  EVIDENCE_MAX_FILE_MB: z.coerce.number().int().min(1).max(5_120).default(200),
  EVIDENCE_S3_ENDPOINT: optionalText.pipe(z.url({ protocol: /^https?$/, error: "EVIDENCE_S3_ENDPOINT must be the store's http(s) URL, e.g. http://minio:9000." }).optional()),
  EVIDENCE_S3_BUCKET: optionalText,
  EVIDENCE_S3_REGION: optionalText,
  EVIDENCE_S3_ACCESS_KEY_ID: optionalText,
  EVIDENCE_S3_SECRET_ACCESS_KEY: optionalText,
  /** MinIO and most self-hosted stores want path-style addresses (http://host/bucket/key). */
  EVIDENCE_S3_FORCE_PATH_STYLE: z
    .enum(["true", "false", "1", "0", ""], { error: "EVIDENCE_S3_FORCE_PATH_STYLE must be true or false." })
    .optional()
    .transform((v) => v === "true" || v === "1"),
};

type EvidenceS3Settings = Partial<Record<"EVIDENCE_S3_ENDPOINT" | "EVIDENCE_S3_BUCKET" | "EVIDENCE_S3_REGION" | "EVIDENCE_S3_ACCESS_KEY_ID" | "EVIDENCE_S3_SECRET_ACCESS_KEY", string>>;

/** S3 needs a bucket, and keys come in pairs; an endpoint or region alone is a mistake, not "local". */
function checkEvidenceS3<T extends EvidenceS3Settings>(env: T, ctx: z.core.$RefinementCtx<T>): void {
  const s3Only = [env.EVIDENCE_S3_ENDPOINT, env.EVIDENCE_S3_REGION, env.EVIDENCE_S3_ACCESS_KEY_ID, env.EVIDENCE_S3_SECRET_ACCESS_KEY];
  if (!env.EVIDENCE_S3_BUCKET && s3Only.some(Boolean)) {
    ctx.addIssue({ code: "custom", path: ["EVIDENCE_S3_BUCKET"], message: "EVIDENCE_S3_* settings are set but EVIDENCE_S3_BUCKET is not: set the bucket, or unset them all to keep evidence on local disk." });
  }
  if (Boolean(env.EVIDENCE_S3_ACCESS_KEY_ID) !== Boolean(env.EVIDENCE_S3_SECRET_ACCESS_KEY)) {
    ctx.addIssue({ code: "custom", path: ["EVIDENCE_S3_ACCESS_KEY_ID"], message: "EVIDENCE_S3_ACCESS_KEY_ID and EVIDENCE_S3_SECRET_ACCESS_KEY go together (or leave both unset to use the SDK's default credentials)." });
  }
  if (env.EVIDENCE_S3_BUCKET && !env.EVIDENCE_S3_REGION && !env.EVIDENCE_S3_ENDPOINT) {
    ctx.addIssue({ code: "custom", path: ["EVIDENCE_S3_REGION"], message: "EVIDENCE_S3_BUCKET needs EVIDENCE_S3_REGION (AWS) or EVIDENCE_S3_ENDPOINT (MinIO and other S3-compatible stores)." });
  }
}

const evidenceEnvSchema = z.object(evidenceEnvShape).superRefine(checkEvidenceS3);

/** Mail, read by the worker (scripts/worker.ts), which sends it; the web app only queues it. */
const mailEnvShape = {
  /** Where mail goes (smtp://user:pass@host:587 or smtps://…:465). Unset: mails are kept and shown at /admin/mail, not sent. */
  SMTP_URL: optionalText.pipe(z.url({ protocol: /^smtps?$/, error: "SMTP_URL must look like smtp://user:password@host:587 (or smtps://…:465)." }).optional()),
  /** The From of every mail, e.g. "Casefile <casefile@example.org>". */
  MAIL_FROM: z.string().trim().min(3).default("Casefile <casefile@localhost>"),
  /** SMTP connections a worker keeps open; each carries about 20 mails a second (docs/performance.md). */
  SMTP_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(100).default(5),
};
const mailEnvSchema = z.object(mailEnvShape);

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

    ...evidenceEnvShape,

    /** A running clock is notified once when due within this many days, and again when overdue. */
    NOTIFY_CLOCK_DUE_DAYS: z.coerce.number({ error: "NOTIFY_CLOCK_DUE_DAYS must be a whole number of days (1–365)." }).int("NOTIFY_CLOCK_DUE_DAYS must be a whole number of days (1–365).").min(1, "NOTIFY_CLOCK_DUE_DAYS must be a whole number of days (1–365).").max(365, "NOTIFY_CLOCK_DUE_DAYS must be a whole number of days (1–365).").default(7),
    ...mailEnvShape,
    /** The authority's own deadlines (My work, the overview): a proposal waiting longer than this is stale. */
    APPROVAL_STALE_DAYS: z.coerce.number().int().min(1).max(365).default(3),
    /** An open case with no audit row for this many days is idle. */
    CASE_IDLE_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
    /** A streaming replica of DATABASE_URL for public reads and heavy read-only workspace queries (lib/db/read-routing.ts). Unset: every read goes to the primary. */
    DATABASE_REPLICA_URL: optionalText.pipe(z.string().refine(isPostgresUrl, "DATABASE_REPLICA_URL must look like postgresql://user:password@replica-host:5432/database.").optional()),
    /** Reads leave the replica for the primary while it replays more than this far behind. */
    DATABASE_REPLICA_MAX_LAG_MS: z.coerce.number().int().min(0).max(600_000).default(1_000),
    /** Connections per app instance to the replica (its own max_connections bounds the sum). */
    DATABASE_REPLICA_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    ...webhookEnvShape,
    /** Requests per minute each API token may make (/api/v1), counted in the database across instances. */
    API_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(600),
  })
  .superRefine(checkEvidenceS3)
  .refine((env) => [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].every(Boolean) || [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].every((v) => !v), {
    message: "Single sign-on needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together.",
    path: ["OIDC_ISSUER"],
  });

export type ServerEnv = z.infer<typeof serverEnvSchema>;
export type SiteEnv = z.infer<typeof siteEnvSchema>;
export type EvidenceEnv = z.infer<typeof evidenceEnvSchema>;
export type MailEnv = z.infer<typeof mailEnvSchema>;

/** Parses with `schema`, or throws one readable line per problem. */
function parseWith<T>(schema: z.ZodType<T>, source: Record<string, string | undefined>): T {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `${issue.path.join(".") || "env"}: ${issue.message}`);
  throw new Error(`Invalid configuration. ${lines.join(" ")}`);
}

export const parseServerEnv = (source: Record<string, string | undefined>): ServerEnv => parseWith(serverEnvSchema, source);
export const parseSiteEnv = (source: Record<string, string | undefined>): SiteEnv => parseWith(siteEnvSchema, source);
/** The evidence store's settings alone (scripts such as `npm run evidence:verify` need no secrets besides these). */
export const parseEvidenceEnv = (source: Record<string, string | undefined>): EvidenceEnv => parseWith(evidenceEnvSchema, source);
/** The mail settings alone (the worker needs no web secrets to send). */
export const parseMailEnv = (source: Record<string, string | undefined>): MailEnv => parseWith(mailEnvSchema, source);
/** The webhook setting alone (the worker reads it on each delivery). */
export const parseWebhookEnv = (source: Record<string, string | undefined>): WebhookEnv => parseWith(webhookEnvSchema, source);
