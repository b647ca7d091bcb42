import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { EVIDENCE_CSP } from "./lib/evidence/serving-headers";
import { contentSecurityPolicy } from "./lib/security/csp";
import { SERVER_ACTION_BODY_LIMIT } from "./lib/http/request-limits";
import { siteEnv } from "./lib/site-env";
import { TRACKER_QUERY_KEYS } from "./lib/public-record/tracker-keys";
import { HOME_QUERY_KEYS } from "./lib/publishing/public-filter-keys";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  // Browsers ignore HSTS over plain http (the local demo), and keep to https once they see it.
  ...(siteEnv().NODE_ENV === "production" ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Prisma's generated client, pg and unpdf (its bundled pdfjs, for evidence text) run on the server only; keep them out of bundling.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "unpdf"],
  // Larger server-action bodies are refused before any action runs (lib/http/request-limits.ts).
  experimental: {
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT },
    // Rendered pages (and the 404 of every made-up case address) are cached in memory only, at
    // most cacheMaxMemorySize (least recently used out first): on disk, anyone could fill it with
    // made-up slugs, and the cache outlived a change of database. A restart renders afresh.
    isrFlushToDisk: false,
  },
  cacheMaxMemorySize: 64 * 1024 * 1024,
  // The case sections' addresses before they were named like the code behind them: old links keep working.
  async redirects() {
    return [
      ["people", "estimates"],
      ["data", "data-categories"],
      ["records", "series"],
    ].map(([from, to]) => ({ source: `/:locale(en|ko)/workspace/cases/:slug/${from}/:rest*`, destination: `/:locale/workspace/cases/:slug/${to}/:rest*`, permanent: true }));
  },
  // The sanctions tracker and the home page's case list with filters are rendered per request;
  // without any, each is a cached page (the address people see stays /<locale>/sanctions?… or
  // /<locale>?…: a rewrite, not a redirect).
  async rewrites() {
    const withAny = (keys: readonly string[], source: string, destination: string) => keys.map((key) => ({ source, has: [{ type: "query" as const, key }], destination }));
    return {
      beforeFiles: [...withAny(TRACKER_QUERY_KEYS, "/:locale(en|ko)/sanctions", "/:locale/sanctions/view"), ...withAny(HOME_QUERY_KEYS, "/:locale(en|ko)", "/:locale/search")],
      afterFiles: [],
      fallback: [],
    };
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // No page may be framed, except the embed pages (lib/security/csp.ts, isEmbedPath).
      { source: "/((?!embed(?:/|$)).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
      // Everything but the per-request pages, whose policy (with a nonce) proxy.ts sets.
      {
        // The same paths as needsNonce in lib/security/csp.ts (a whole segment: /en/workspaces is not one).
        source: "/((?!(?:en|ko)/(?:workspace|admin|sign-in)(?:/|$)).*)",
        headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy({ dev: siteEnv().NODE_ENV === "development" }) }],
      },
      // The embed pages: the same policy, but any site may frame them (last rule wins).
      {
        source: "/embed/:path*",
        headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy({ dev: siteEnv().NODE_ENV === "development", frameable: true }) }],
      },
      // A stored evidence file: headers set here override the route's own, so the file's sandboxing
      // policy is repeated here (last rule wins). No page frames a file: X-Frame-Options stays DENY.
      {
        source: "/api/cases/:slug/evidence/:fileId",
        headers: [{ key: "Content-Security-Policy", value: EVIDENCE_CSP }],
      },
    ];
  },
};

export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
