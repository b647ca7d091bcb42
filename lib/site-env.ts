import { parseSiteEnv, type SiteEnv } from "./env-schema";

// The part of the validated environment that holds no secret (lib/env-schema.ts), for code that
// runs outside a server request's reach of the database: next.config.ts, proxy.ts, layouts'
// metadata. Server code reads the rest through env() in lib/env.ts.
let cached: SiteEnv | undefined;

export function siteEnv(): SiteEnv {
  cached ??= parseSiteEnv(process.env);
  return cached;
}

/** The public address links and metadata are built from (npm start sets it for the demo). */
export const siteUrl = (): URL => new URL(siteEnv().NEXTAUTH_URL ?? "http://localhost:3000");
