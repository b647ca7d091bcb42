// Every route handler the app has, with how to address it. The coverage test compares this
// table with the route.ts files on disk, so a new route cannot skip the fuzz.
import fc from "fast-check";
import type { World } from "./world";
import { encodeCursor } from "@/lib/cases/case-list-query";
import { caseFileFixture } from "@/tests/support/case-file-fixture";
import { hostileString, nearlyValidCsv, slugLike, validCsv } from "./hostile";

type Handler = (request: never, context: { params: Promise<Record<string, unknown>> }) => Promise<Response>;

export interface RouteSpec {
  /** The route file, relative to the repository. */
  file: string;
  load: () => Promise<Record<string, unknown>>;
  /** The URL path and the params Next would pass for one generated address. */
  address: (world: World) => fc.Arbitrary<{ path: string; params: Record<string, unknown> }>;
  queryKeys: readonly string[];
  /** The content type and body this route expects, tried as often as hostile ones. */
  expects?: { contentType: string; body: fc.Arbitrary<string> };
  /** Query strings worth trying besides random ones (well-formed values that reach the query); a function when they name the world's cases. */
  goodQueries?: fc.Arbitrary<string> | ((world: World) => fc.Arbitrary<string>);
  /**
   * What a request may change: "nothing" (reads), "on success" (a 2xx may write; a refusal may
   * not), or tables a refused request may write by design (failed sign-ins are counted).
   */
  writes: "nothing" | "on success" | { refusedMayWrite: readonly string[] };
  /** A 5xx the route answers by design, not a failure (oEmbed's 501 for a format it does not offer). */
  answers5xx?: readonly number[];
  /** Headers to send besides the generated ones (the /api/v1 routes read a bearer token, not the cookie, and If-Match). */
  headers?: (world: World) => fc.Arbitrary<Record<string, string>>;
  /** Outcomes that show a request got past the front door, when a 2xx is rare by design (a revision's 412: every check passed, the version was stale). */
  pastTheDoor?: RegExp;
}

const seg = (s: string) => encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, "\uFFFD"));
type Target = keyof World["slugs"];
/** Mostly the case this route serves (a published one for public routes, an assigned one otherwise), sometimes anything. */
const slugs = (w: World, prefer: Target) =>
  fc.oneof({ arbitrary: fc.constant(w.slugs[prefer]), weight: 2 }, { arbitrary: slugLike([w.slugs.assigned, w.slugs.published, w.slugs.deleted, "kakao-pay-alipay-2024"]), weight: 3 });
const bySlug = (prefix: string, suffix: string, prefer: Target) => (w: World) => slugs(w, prefer).map((slug) => ({ path: `${prefix}/${seg(slug)}${suffix}`, params: { slug } }));
const SERIES_KEYS = ["bucket", "from", "to"] as const;
const seriesQueries = fc.record({ bucket: fc.constantFrom("day", "week", "month", "year"), from: fc.constantFrom("2024-01-01", "2023-01-01", "1900-01-01"), to: fc.constantFrom("2024-12-31", "2030-01-01") }).map((q) => new URLSearchParams(q).toString());
const caseListQueries = fc
  .record({ q: hostileString(), sort: fc.constantFrom("opened_desc", "opened_asc", "updated_desc", "title_asc"), cursor: fc.record({ v: hostileString(), id: hostileString() }).map(encodeCursor), state: fc.constantFrom("reported", "closed") }, { requiredKeys: [] })
  .map((q) => new URLSearchParams(Object.entries(q).map(([k, v]) => [k, v.replace(/[\uD800-\uDFFF]/g, "")])).toString());

/**
 * The fixture as a case that is not a demo: the cases these imports open stay in the shared
 * database, and the seed's tests count the demo cases.
 */
function fuzzCaseFile(): Record<string, unknown> {
  const file = caseFileFixture() as unknown as { incident: Record<string, unknown> };
  file.incident.isDemo = false;
  return file;
}

/** A good case file, or one with a hostile value at one of its paths, so some imports get far and some succeed. */
const nearlyValidCaseFile = () =>
  fc.oneof(
    fc.constant(JSON.stringify(fuzzCaseFile())),
    fc.tuple(fc.constantFrom("format", "incident.title", "incident.slug", "sources.0.url", "figures.0.value", "records_per_day.0.day", "organizations.0.slug", "recipients.0.stakePercent"), hostileString()).map(([path, value]) => {
      const file = fuzzCaseFile();
      const keys = path.split(".");
      const parent = keys.slice(0, -1).reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, file);
      parent[keys.at(-1) as string] = value;
      return JSON.stringify(file);
    }),
  );

export const ROUTES: RouteSpec[] = [
  {
    file: "app/cases/[file]/route.ts",
    load: () => import("@/app/cases/[file]/route"),
    address: (w) =>
      fc.tuple(slugs(w, "published"), fc.constantFrom(".json", ".csv", ".xml", "", ".json.csv", ".JSON", "%00.json", ".zip")).map(([slug, ext]) => ({ path: `/cases/${seg(slug)}${ext}`, params: { file: `${slug}${ext}` } })),
    queryKeys: ["download"],
    writes: "nothing",
  },
  { file: "app/feed.xml/route.ts", load: () => import("@/app/feed.xml/route"), address: () => fc.constant({ path: "/feed.xml", params: {} }), queryKeys: ["page"], writes: "nothing" },
  { file: "app/api/public/cases/route.ts", load: () => import("@/app/api/public/cases/route"), address: () => fc.constant({ path: "/api/public/cases", params: {} }), queryKeys: ["page", "limit"], goodQueries: fc.constantFrom("page=1&limit=100", "page=2", "limit=1"), writes: "nothing" },
  { file: "app/api/public/cases/[slug]/series/route.ts", load: () => import("@/app/api/public/cases/[slug]/series/route"), address: bySlug("/api/public/cases", "/series", "published"), queryKeys: SERIES_KEYS, goodQueries: seriesQueries, writes: "nothing" },
  {
    file: "app/api/cases/route.ts",
    load: () => import("@/app/api/cases/route"),
    address: () => fc.constant({ path: "/api/cases", params: {} }),
    queryKeys: ["q", "state", "org", "recipient", "category", "from", "to", "sort", "cursor", "limit", "dates", "clock"],
    goodQueries: caseListQueries,
    writes: "nothing",
  },
  { file: "app/api/cases/[slug]/series/route.ts", load: () => import("@/app/api/cases/[slug]/series/route"), address: bySlug("/api/cases", "/series", "assigned"), queryKeys: SERIES_KEYS, goodQueries: seriesQueries, writes: "nothing" },
  { file: "app/api/cases/[slug]/export/route.ts", load: () => import("@/app/api/cases/[slug]/export/route"), address: bySlug("/api/cases", "/export", "assigned"), queryKeys: ["format"], goodQueries: fc.constantFrom("format=json", "format=zip", "format=JSON"), writes: "on success" },
  {
    file: "app/api/cases/[slug]/series/import/route.ts",
    load: () => import("@/app/api/cases/[slug]/series/import/route"),
    address: bySlug("/api/cases", "/series/import", "assigned"),
    queryKeys: ["provenance", "fileName"],
    expects: { contentType: "text/csv", body: fc.oneof(nearlyValidCsv(), validCsv()) },
    goodQueries: fc.tuple(fc.constantFrom("reported", "modelled", "verified"), hostileString()).map(([p, f]) => new URLSearchParams({ provenance: p, fileName: f.replace(/[\uD800-\uDFFF]/g, "") }).toString()),
    writes: "on success",
  },
  {
    file: "app/api/cases/[slug]/evidence/route.ts",
    load: () => import("@/app/api/cases/[slug]/evidence/route"),
    address: bySlug("/api/cases", "/evidence", "assigned"),
    queryKeys: ["title", "titleKo", "kind", "receivedOn", "providedBy", "sensitivity", "fileName", "supersedesId"],
    expects: { contentType: "application/pdf", body: fc.constant("%PDF-1.7\n%%EOF\n") },
    goodQueries: fc.oneof(
      fc.constant(new URLSearchParams({ title: "Inspection report", fileName: "report.pdf", kind: "inspection_report", receivedOn: "2024-01-01" }).toString()),
      fc
        .tuple(hostileString(), fc.constantFrom("report.pdf", "../../x.pdf", "a.csv", ""), fc.constantFrom("inspection_report", "other", "nonsense"), fc.constantFrom("2024-01-01", "2999-01-01", ""))
        .map(([title, fileName, kind, receivedOn]) => new URLSearchParams({ title: title.replace(/[\uD800-\uDFFF]/g, ""), fileName, kind, receivedOn }).toString()),
    ),
    writes: "on success",
  },
  {
    file: "app/api/cases/[slug]/evidence/[fileId]/route.ts",
    load: () => import("@/app/api/cases/[slug]/evidence/[fileId]/route"),
    address: (w) =>
      fc.tuple(slugs(w, "assigned"), fc.oneof({ arbitrary: fc.constant(w.ids.evidenceFile ?? "nosuchfile"), weight: 2 }, { arbitrary: hostileString(), weight: 1 })).map(([slug, fileId]) => ({ path: `/api/cases/${seg(slug)}/evidence/${seg(fileId)}`, params: { slug, fileId } })),
    queryKeys: ["inline"],
    goodQueries: fc.constantFrom("inline=1", "inline=0", ""),
    writes: "on success",
  },
  {
    file: "app/api/cases/[slug]/evidence/search/route.ts",
    load: () => import("@/app/api/cases/[slug]/evidence/search/route"),
    address: bySlug("/api/cases", "/evidence/search", "assigned"),
    queryKeys: ["q"],
    goodQueries: fc.oneof(fc.constantFrom("q=consent", "q=%EC%A0%9C3%EC%9E%90%EC%97%90%EA%B2%8C", "q=%25%25", "q=a"), hostileString().map((q) => new URLSearchParams({ q: q.replace(/[\uD800-\uDFFF]/g, "") }).toString())),
    writes: "nothing",
  },
  {
    file: "app/api/pdfjs/[asset]/[name]/route.ts",
    load: () => import("@/app/api/pdfjs/[asset]/[name]/route"),
    address: () =>
      fc
        .tuple(fc.constantFrom("cmaps", "standard_fonts", "..", "build"), fc.oneof(fc.constantFrom("UniKS-UCS2-H.bcmap", "FoxitSerif.pfb", "../package.json", "..%2Fpackage.json"), hostileString()))
        .map(([asset, name]) => ({ path: `/api/pdfjs/${seg(asset)}/${seg(name)}`, params: { asset, name } })),
    queryKeys: ["v"],
    writes: "nothing",
  },
  {
    file: "app/api/cases/import/route.ts",
    load: () => import("@/app/api/cases/import/route"),
    address: () => fc.constant({ path: "/api/cases/import", params: {} }),
    queryKeys: ["slug", "fileName"],
    expects: { contentType: "application/json", body: nearlyValidCaseFile() },
    goodQueries: fc.tuple(fc.constantFrom("", "fuzz-import", "new", "kakao-pay-alipay-2024"), hostileString()).map(([slug, f]) => new URLSearchParams({ slug, fileName: f.replace(/[\uD800-\uDFFF]/g, "") }).toString()),
    writes: "on success",
  },
  {
    file: "app/api/cases/duplicates/route.ts",
    load: () => import("@/app/api/cases/duplicates/route"),
    address: () => fc.constant({ path: "/api/cases/duplicates", params: {} }),
    queryKeys: ["title", "titleKo", "org", "start", "startPrecision", "end", "endPrecision"],
    goodQueries: fc
      .record({ title: hostileString(), start: fc.constantFrom("2020-01-01", "2024-02-29"), startPrecision: fc.constantFrom("day", "month", "year"), end: fc.constantFrom("", "2024-12-31") }, { requiredKeys: [] })
      .map((q) => new URLSearchParams(Object.entries(q).map(([k, v]) => [k, v.replace(/[\uD800-\uDFFF]/g, "")])).toString()),
    writes: "nothing",
  },
  {
    file: "app/api/organisations/route.ts",
    load: () => import("@/app/api/organisations/route"),
    address: () => fc.constant({ path: "/api/organisations", params: {} }),
    queryKeys: ["q", "limit"],
    goodQueries: fc.tuple(hostileString(), fc.constantFrom("1", "8", "20")).map(([q, limit]) => new URLSearchParams({ q: q.replace(/[\uD800-\uDFFF]/g, ""), limit }).toString()),
    writes: "nothing",
  },
  { file: "app/api/series/route.ts", load: () => import("@/app/api/series/route"), address: () => fc.constant({ path: "/api/series", params: {} }), queryKeys: SERIES_KEYS, goodQueries: seriesQueries, writes: "nothing" },
  {
    file: "app/api/auth/[...nextauth]/route.ts",
    load: () => import("@/app/api/auth/[...nextauth]/route"),
    address: () =>
      fc
        .oneof(
          fc.constantFrom(["csrf"], ["session"], ["providers"], ["signin"], ["signin", "credentials"], ["callback", "credentials"], ["signout"], ["error"], ["_log"], ["callback", "oidc"]),
          fc.array(fc.string({ minLength: 1, maxLength: 20 }), { minLength: 1, maxLength: 3 }),
        )
        .map((parts) => ({ path: `/api/auth/${parts.map(seg).join("/")}`, params: { nextauth: parts } })),
    queryKeys: ["callbackUrl", "error", "csrf", "json", "provider"],
    expects: {
      contentType: "application/x-www-form-urlencoded",
      body: fc.record({ email: hostileString(), password: hostileString(), csrfToken: hostileString(), json: fc.constantFrom("true", "false") }).map((f) => new URLSearchParams(Object.entries(f).map(([k, v]) => [k, v.replace(/[\uD800-\uDFFF]/g, "")])).toString()),
    },
    // A refused sign-in is counted against the account and the address, and audited.
    writes: { refusedMayWrite: ["sign_in_throttle", "audit_events", "audit rows"] },
  },
  {
    file: "app/api/public/sanctions/route.ts",
    load: () => import("@/app/api/public/sanctions/route"),
    address: () => fc.constant({ path: "/api/public/sanctions", params: {} }),
    queryKeys: ["year", "sector", "type", "article", "authority", "currency", "min", "max", "q", "sort", "dir", "format"],
    goodQueries: fc.constantFrom("", "year=2025", "sector=finance&type=fine", "currency=KRW&min=1&max=100000000000", "q=kakao&sort=amount&dir=asc", "format=csv", "article=CIUPA:32&authority=fss"),
    writes: "nothing",
  },
  ...openDataRoutes(),
  { file: "app/api/public/statistics/route.ts", load: () => import("@/app/api/public/statistics/route"), address: () => fc.constant({ path: "/api/public/statistics", params: {} }), queryKeys: ["year", "locale"], goodQueries: fc.constantFrom("", "year=2024", "locale=ko"), writes: "nothing" },
  {
    file: "app/api/oembed/route.ts",
    load: () => import("@/app/api/oembed/route"),
    address: () => fc.constant({ path: "/api/oembed", params: {} }),
    queryKeys: ["url", "format", "maxwidth", "maxheight"],
    // Addresses of the world's published case (the fuzz's site is http://localhost:3000), of others, and junk.
    goodQueries: (w) =>
      fc
        .record(
          {
            url: fc.oneof(
              fc.constantFrom(`http://localhost:3000/en/cases/${w.slugs.published}`, `http://localhost:3000/embed/ko/cases/${w.slugs.published}/records`, `http://localhost:3000/cases/${w.slugs.assigned}`, "https://elsewhere.example/en/cases/x"),
              hostileString(),
            ),
            format: fc.constantFrom("json", "xml"),
            maxwidth: fc.constantFrom("1", "300", "99999"),
          },
          { requiredKeys: ["url"] },
        )
        .map((q) => new URLSearchParams(Object.entries(q).map(([k, v]) => [k, v.replace(/[\uD800-\uDFFF]/g, "")])).toString()),
    writes: "nothing",
    // oEmbed 1.0, section 2.2: a format the provider does not offer answers 501 Not Implemented.
    answers5xx: [501],
  },
  { file: "app/healthz/route.ts", load: () => import("@/app/healthz/route"), address: () => fc.constant({ path: "/healthz", params: {} }), queryKeys: ["full"], writes: "nothing" },
  ...apiV1Routes(),
];

/** /api/v1 with the world's tokens (every scope), hostile headers and none; each request is audited and counted, refused or not. */
function apiV1Routes(): RouteSpec[] {
  const authorization = (w: World) =>
    fc.oneof(
      { arbitrary: fc.constantFrom(`Bearer ${w.ids["apiToken.regulator"]}`, `Bearer ${w.ids["apiToken.officer"]}`), weight: 6 },
      { arbitrary: fc.constantFrom("", "Bearer", "Bearer cfk_", `Basic ${w.ids["apiToken.regulator"]}`, `Bearer ${"cfk_".padEnd(47, "A")}`), weight: 1 },
      { arbitrary: hostileString().map((s) => `Bearer ${s}`), weight: 1 },
    );
  const bearer = (w: World) => authorization(w).map((value) => ({ authorization: value }));
  const ifMatch = (w: World) =>
    fc.record({ authorization: authorization(w), "if-match": fc.oneof({ arbitrary: fc.constantFrom('"1"', '"2"', '"3"', '"4"', "1"), weight: 4 }, { arbitrary: fc.constantFrom("*", 'W/"x"', ""), weight: 1 }, { arbitrary: hostileString(), weight: 1 }) });
  const writes = { refusedMayWrite: ["audit_events", "audit rows", "api_rate_limits", "api_tokens"] } as const;
  const json = (record: Record<string, unknown>) => fc.oneof({ arbitrary: fc.constant(JSON.stringify(record)), weight: 3 }, { arbitrary: fc.tuple(fc.constantFrom(...Object.keys(record), "unknownField"), hostileString()).map(([k, v]) => JSON.stringify({ ...record, [k]: v })), weight: 1 });
  // Mostly the assigned case: a write must get past "not found" often enough to succeed sometimes.
  const assignedMostly = (w: World) => fc.oneof({ arbitrary: fc.constant(w.slugs.assigned), weight: 3 }, { arbitrary: slugs(w, "assigned"), weight: 1 });
  const v1 = (suffix: string) => (w: World) => assignedMostly(w).map((slug) => ({ path: `/api/v1/cases/${seg(slug)}${suffix}`, params: { slug } }));
  const base = { headers: bearer, writes, queryKeys: ["v"] as readonly string[] };
  return [
    { ...base, file: "app/api/v1/cases/route.ts", load: () => import("@/app/api/v1/cases/route"), address: () => fc.constant({ path: "/api/v1/cases", params: {} }), queryKeys: ["q", "state", "sort", "cursor", "limit"], goodQueries: caseListQueries, expects: { contentType: "application/json", body: json({ title: "Fuzz case", summary: "s", slug: "fuzz-api-case", conductStartPrecision: "day", conductEndPrecision: "day", jurisdiction: "KR", investigated: { name: "Fuzz Org" }, origin: "complaint", receivedOn: "2024-01-01", confirmedNew: true }) } },
    { ...base, file: "app/api/v1/cases/[slug]/route.ts", load: () => import("@/app/api/v1/cases/[slug]/route"), address: v1("") },
    { ...base, file: "app/api/v1/cases/[slug]/publications/route.ts", load: () => import("@/app/api/v1/cases/[slug]/publications/route"), address: v1("/publications") },
    { ...base, file: "app/api/v1/cases/[slug]/findings/route.ts", load: () => import("@/app/api/v1/cases/[slug]/findings/route"), address: v1("/findings"), expects: { contentType: "application/json", body: json({ title: "A finding", body: "b", severity: "high", legalArticles: "Art. 17", evidenceRefs: "" }) } },
    { ...base, file: "app/api/v1/cases/[slug]/timeline-events/route.ts", load: () => import("@/app/api/v1/cases/[slug]/timeline-events/route"), address: v1("/timeline-events"), expects: { contentType: "application/json", body: json({ occurredOn: "2024-08-13", precision: "day", kind: "publication", title: "Findings released", isPublic: true }) } },
    { ...base, file: "app/api/v1/cases/[slug]/sources/route.ts", load: () => import("@/app/api/v1/cases/[slug]/sources/route"), address: v1("/sources"), expects: { contentType: "application/json", body: json({ title: "Release", kind: "authority_release", publisher: "FSS", language: "ko", publishedOn: "2024-08-13", url: "https://www.fss.or.kr/" }) } },
    { ...base, file: "app/api/v1/cases/[slug]/estimates/route.ts", load: () => import("@/app/api/v1/cases/[slug]/estimates/route"), address: v1("/estimates"), expects: { contentType: "application/json", body: json({ label: "People affected", asOf: "2024-08-13", active: "25,000,000", unsplit: "15450000", provenance: "verified" }) } },
    {
      ...base,
      file: "app/api/v1/cases/[slug]/estimates/[estimateId]/revisions/route.ts",
      load: () => import("@/app/api/v1/cases/[slug]/estimates/[estimateId]/revisions/route"),
      headers: ifMatch,
      pastTheDoor: /^(2|412)/,
      address: (w) => fc.tuple(assignedMostly(w), fc.oneof({ arbitrary: fc.constant(w.ids.estimateId ?? "nosuchestimate"), weight: 3 }, { arbitrary: hostileString(), weight: 1 })).map(([slug, estimateId]) => ({ path: `/api/v1/cases/${seg(slug)}/estimates/${seg(estimateId)}/revisions`, params: { slug, estimateId } })),
      expects: { contentType: "application/json", body: json({ asOf: "2024-08-14", active: "1", provenance: "verified" }) },
    },
    {
      ...base,
      file: "app/api/v1/cases/[slug]/series/route.ts",
      load: () => import("@/app/api/v1/cases/[slug]/series/route"),
      address: v1("/series"),
      queryKeys: ["provenance", "fileName"],
      expects: { contentType: "text/csv", body: fc.oneof(nearlyValidCsv(), validCsv()) },
    },
    {
      ...base,
      file: "app/api/v1/cases/[slug]/evidence/route.ts",
      load: () => import("@/app/api/v1/cases/[slug]/evidence/route"),
      address: v1("/evidence"),
      queryKeys: ["title", "kind", "receivedOn", "fileName"],
      expects: { contentType: "application/pdf", body: fc.constant("%PDF-1.7\n%%EOF\n") },
      goodQueries: fc.constant(new URLSearchParams({ title: "Inspection report", fileName: "report.pdf", kind: "inspection_report", receivedOn: "2024-01-01" }).toString()),
    },
    // Webhooks: the world's subscription mostly, sometimes anything. The route that deletes it comes last.
    ...webhookRoutes(base, ifMatch),
    { file: "app/api/v1/openapi.json/route.ts", load: () => import("@/app/api/v1/openapi.json/route"), address: () => fc.constant({ path: "/api/v1/openapi.json", params: {} }), queryKeys: ["v"], writes: "nothing" },
    { file: "app/api/v1/reference/route.ts", load: () => import("@/app/api/v1/reference/route"), address: () => fc.constant({ path: "/api/v1/reference", params: {} }), queryKeys: ["v"], writes: "nothing" },
    { file: "app/api/v1/reference/scalar.js/route.ts", load: () => import("@/app/api/v1/reference/scalar.js/route"), address: () => fc.constant({ path: "/api/v1/reference/scalar.js", params: {} }), queryKeys: ["v"], writes: "nothing" },
  ];
}

/** /api/v1/webhooks: a stale version (412) or a second pause (409) got past every check too. */
function webhookRoutes(base: Pick<RouteSpec, "headers" | "writes" | "queryKeys">, ifMatch: NonNullable<RouteSpec["headers"]>): RouteSpec[] {
  const hook = (w: World) => fc.oneof({ arbitrary: fc.constant(w.ids.webhookId ?? "nosuchwebhook"), weight: 3 }, { arbitrary: hostileString(), weight: 1 });
  const one = (suffix: string) => (w: World) => hook(w).map((webhookId) => ({ path: `/api/v1/webhooks/${seg(webhookId)}${suffix}`, params: { webhookId } }));
  const versioned = { ...base, headers: ifMatch, pastTheDoor: /^(2|409|412)/ };
  return [
    {
      ...base,
      file: "app/api/v1/webhooks/route.ts",
      load: () => import("@/app/api/v1/webhooks/route"),
      address: () => fc.constant({ path: "/api/v1/webhooks", params: {} }),
      // The fuzz has no network: only an address literal can pass the outbound check.
      expects: { contentType: "application/json", body: fc.oneof(fc.constant(JSON.stringify({ url: "https://93.184.216.34/fuzz-hook", events: ["series.imported"] })), fc.constant(JSON.stringify({ url: "https://127.0.0.1/hook", events: ["case.opened"] })), fc.tuple(fc.constantFrom("url", "events", "ownerId"), hostileString()).map(([k, v]) => JSON.stringify({ url: "https://93.184.216.34/fuzz-hook", events: ["case.opened"], [k]: v }))) },
    },
    { ...versioned, file: "app/api/v1/webhooks/[webhookId]/pause/route.ts", load: () => import("@/app/api/v1/webhooks/[webhookId]/pause/route"), address: one("/pause") },
    { ...versioned, file: "app/api/v1/webhooks/[webhookId]/enable/route.ts", load: () => import("@/app/api/v1/webhooks/[webhookId]/enable/route"), address: one("/enable") },
    { ...versioned, file: "app/api/v1/webhooks/[webhookId]/rotate-secret/route.ts", load: () => import("@/app/api/v1/webhooks/[webhookId]/rotate-secret/route"), address: one("/rotate-secret") },
    {
      ...base,
      pastTheDoor: /^(2|409)/,
      file: "app/api/v1/webhooks/[webhookId]/deliveries/[deliveryId]/replay/route.ts",
      load: () => import("@/app/api/v1/webhooks/[webhookId]/deliveries/[deliveryId]/replay/route"),
      address: (w) =>
        fc
          .tuple(hook(w), fc.oneof({ arbitrary: fc.constant(w.ids.deliveryId ?? "nosuchdelivery"), weight: 3 }, { arbitrary: hostileString(), weight: 1 }))
          .map(([webhookId, deliveryId]) => ({ path: `/api/v1/webhooks/${seg(webhookId)}/deliveries/${seg(deliveryId)}/replay`, params: { webhookId, deliveryId } })),
    },
    { ...versioned, file: "app/api/v1/webhooks/[webhookId]/route.ts", load: () => import("@/app/api/v1/webhooks/[webhookId]/route"), address: one("") },
  ];
}

/** The language feeds, the case and company feeds, the tracker's feed and the JSON Schema (lib/publishing/atom-feed.ts). */
function openDataRoutes(): RouteSpec[] {
  const locale = fc.oneof({ arbitrary: fc.constantFrom("en", "ko"), weight: 3 }, { arbitrary: fc.constantFrom("fr", "EN", "ko-KR", "workspace"), weight: 1 }, { arbitrary: hostileString(), weight: 1 });
  const byLocale = (suffix: string) => () => locale.map((l) => ({ path: `/${seg(l)}${suffix}`, params: { locale: l } }));
  const withSlug = (middle: string, slug: (w: World) => fc.Arbitrary<string>) => (w: World) =>
    fc.tuple(locale, slug(w)).map(([l, s]) => ({ path: `/${seg(l)}/${middle}/${seg(s)}/feed.xml`, params: { locale: l, slug: s } }));
  const companies = (w: World) => slugLike([w.publishedOrganisationSlug, "kakao-pay", "no-such-company"]);
  return [
    { file: "app/[locale]/(public)/feed.xml/route.ts", load: () => import("@/app/[locale]/(public)/feed.xml/route"), address: byLocale("/feed.xml"), queryKeys: ["page"], writes: "nothing" },
    { file: "app/[locale]/(public)/cases/[slug]/feed.xml/route.ts", load: () => import("@/app/[locale]/(public)/cases/[slug]/feed.xml/route"), address: withSlug("cases", (w) => slugs(w, "published")), queryKeys: ["page"], writes: "nothing" },
    { file: "app/[locale]/(public)/organisations/[slug]/feed.xml/route.ts", load: () => import("@/app/[locale]/(public)/organisations/[slug]/feed.xml/route"), address: withSlug("organisations", companies), queryKeys: ["page"], writes: "nothing" },
    { file: "app/[locale]/(public)/sanctions/feed.xml/route.ts", load: () => import("@/app/[locale]/(public)/sanctions/feed.xml/route"), address: byLocale("/sanctions/feed.xml"), queryKeys: ["year", "type"], writes: "nothing" },
    { file: "app/schemas/published-case.json/route.ts", load: () => import("@/app/schemas/published-case.json/route"), address: () => fc.constant({ path: "/schemas/published-case.json", params: {} }), queryKeys: ["v"], writes: "nothing" },
  ];
}

export type { Handler };
