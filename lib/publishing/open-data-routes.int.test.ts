// The open data of the seeded cases through the real routes: the zip's tables read back with the
// zip library, the JSON against its JSON Schema, every feed; then the reference case taken down,
// and every one of those addresses forgets it at once.
import { parse } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as caseFile } from "@/app/cases/[file]/route";
import { GET as siteFeed } from "@/app/feed.xml/route";
import { GET as languageFeed } from "@/app/[locale]/(public)/feed.xml/route";
import { GET as caseFeed } from "@/app/[locale]/(public)/cases/[slug]/feed.xml/route";
import { GET as organisationFeed } from "@/app/[locale]/(public)/organisations/[slug]/feed.xml/route";
import { GET as sanctionsFeed } from "@/app/[locale]/(public)/sanctions/feed.xml/route";
import { GET as schemaRoute } from "@/app/schemas/published-case.json/route";
import { prisma } from "@/lib/db/prisma";
import { seedDatabase } from "@/prisma/seed/index";
import { REFERENCE_CASE_SLUG as REFERENCE } from "@/prisma/seed/reference-case";
import { publishedCaseValidator } from "@/tests/support/published-case-validator";
import { buildSnapshot, defaultSelection } from "./build-snapshot";
import { publishedDocumentSchema } from "./published-case-schema";
import { forgetPublicReads } from "./public-read-cache";
import type { PublicSnapshot } from "./snapshot";

type Route<P> = (request: NextRequest, context: { params: Promise<P> }) => Promise<Response>;
const get = <P,>(route: Route<P>, path: string, params: P) => route(new NextRequest(`http://localhost${path}`, { headers: { host: "localhost" } }), { params: Promise.resolve(params) });
const file = (name: string) => get(caseFile as Route<{ file: string }>, `/cases/${name}`, { file: name });
const feed = (locale: string, kind: "site" | "case" | "organisation" | "sanctions", slug = "") => {
  if (kind === "site") return get(languageFeed as Route<{ locale: string }>, `/${locale}/feed.xml`, { locale });
  if (kind === "sanctions") return get(sanctionsFeed as Route<{ locale: string }>, `/${locale}/sanctions/feed.xml`, { locale });
  const route = (kind === "case" ? caseFeed : organisationFeed) as Route<{ locale: string; slug: string }>;
  return get(route, `/${locale}/${kind === "case" ? "cases" : "organisations"}/${slug}/feed.xml`, { locale, slug });
};

let reference: PublicSnapshot;

async function publishedSlugs() {
  const versions = await prisma.publicationVersion.findMany({ where: { status: "published" }, select: { snapshot: true } });
  return versions.map((v) => (v.snapshot as { slug: string }).slug);
}

beforeAll(async () => {
  await seedDatabase(prisma, { demo: true });
  forgetPublicReads();
  const response = await file(`${REFERENCE}.json`);
  expect(response.status).toBe(200);
  reference = ((await response.json()) as { case: PublicSnapshot }).case;
}, 120_000);
afterAll(() => prisma.$disconnect());

describe("open data of the seeded cases", () => {
  it("every case's snapshot, published or not, and every published JSON, fits the JSON Schema", async () => {
    const validate = publishedCaseValidator(await (await get(schemaRoute as Route<object>, "/schemas/published-case.json", {})).json());
    const incidents = await prisma.incident.findMany({ where: { deletedAt: null }, select: { id: true, slug: true } });
    expect(incidents.length).toBeGreaterThan(1);
    for (const { id, slug } of incidents) {
      const snapshot = await buildSnapshot(prisma, id, await defaultSelection(prisma, id));
      const doc = { version: 1, publishedAt: new Date().toISOString(), history: [], case: JSON.parse(JSON.stringify(snapshot)) };
      expect(validate(doc), `${slug}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(publishedDocumentSchema.safeParse(doc).success, slug).toBe(true);
    }
    for (const slug of await publishedSlugs()) {
      const response = await file(`${slug}.json`);
      expect(validate(await response.json()), `${slug}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it("every published case's zip holds README, datapackage.json and every table with its header and one row per published item", async () => {
    const seen: Record<string, number> = {};
    for (const slug of await publishedSlugs()) {
      const snapshot = ((await (await file(`${slug}.json`)).json()) as { case: PublicSnapshot }).case;
      const response = await file(`${slug}.zip`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/zip");
      expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${slug}-v1.zip"`);
      const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
      expect(Object.keys(files)).toEqual(["README.txt", "datapackage.json", "figures.csv", "data-categories.csv", "timeline.csv", "findings.csv", "sanctions.csv", "monthly-records.csv"]);
      const expected: Record<string, number> = {
        figures: [snapshot.headline.people, snapshot.headline.records].filter(Boolean).length + snapshot.figures.length,
        "data-categories": snapshot.dataCategories.length,
        timeline: snapshot.timeline.length,
        findings: snapshot.findings.length,
        sanctions: snapshot.sanctions.length,
        "monthly-records": snapshot.series.months?.length ?? 0,
      };
      const pkg = JSON.parse(strFromU8(files["datapackage.json"]!)) as { resources: { name: string; schema: { fields: { name: string }[] } }[] };
      for (const resource of pkg.resources) {
        const text = strFromU8(files[`${resource.name}.csv`]!);
        expect(text.split("\r\n")[0], resource.name).toBe(resource.schema.fields.map((f) => f.name).join(","));
        const rows = parse(text, { columns: true }) as Record<string, string>[];
        expect(rows, `${slug} ${resource.name}`).toHaveLength(expected[resource.name]!);
        seen[resource.name] = (seen[resource.name] ?? 0) + rows.length;
        if (resource.name === "sanctions") expect(rows.every((r) => /^(\d+(\.\d+)?)?$/.test(r.amount!))).toBe(true);
      }
      expect(strFromU8(files["README.txt"]!)).toContain(snapshot.title);
    }
    // The seed publishes something of every kind, so the counts above mean something.
    expect(Object.keys(seen)).toHaveLength(6);
    for (const [name, count] of Object.entries(seen)) expect(count, name).toBeGreaterThan(0);
  });

  it("the old CSV address redirects (308) to the zip", async () => {
    const response = await file(`${REFERENCE}.csv`);
    expect(response.status).toBe(308);
    expect(response.headers.get("location")).toBe(`http://localhost/cases/${REFERENCE}.zip`);
  });

  it("every feed names the reference case, in its language; unknown locales and companies are 404", async () => {
    const ko = await (await feed("ko", "site")).text();
    expect(ko).toContain('xml:lang="ko"');
    expect(ko).toContain(`<title>${reference.titleKo}</title>`);
    expect(await (await siteFeed(new NextRequest("http://localhost/feed.xml"))).text()).toContain(`/en/cases/${REFERENCE}`);
    const kakao = reference.investigated.slug!;
    for (const [locale, kind, slug] of [["en", "case", REFERENCE], ["ko", "case", REFERENCE], ["en", "organisation", kakao], ["ko", "organisation", kakao]] as const) {
      const response = await feed(locale, kind, slug);
      expect(response.status, `${locale} ${kind}`).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
      expect(response.headers.get("cache-control")).toBe("public, max-age=60");
      expect(await response.text()).toContain(`/${locale}/cases/${REFERENCE}`);
    }
    // The tracker's feed: one entry per published sanction (the reference case has none yet).
    const sanctions = await (await feed("ko", "sanctions")).text();
    const decided = (await prisma.publicationVersion.findMany({ where: { status: "published" }, select: { snapshot: true } })).map((v) => v.snapshot as unknown as PublicSnapshot).filter((c) => c.sanctions.length > 0);
    expect(decided.length).toBeGreaterThan(0);
    expect(sanctions.match(/<entry>/g)).toHaveLength(decided.reduce((n, c) => n + c.sanctions.length, 0));
    for (const c of decided) expect(sanctions).toContain(`/ko/cases/${c.slug}`);
    expect((await feed("fr", "site")).status).toBe(404);
    expect((await feed("xx", "case", REFERENCE)).status).toBe(404);
    expect((await feed("en", "organisation", "no-such-company")).status).toBe(404);
    expect((await feed("en", "case", "no-such-case")).status).toBe(404);
  });

  it("a case taken down disappears from every download and feed at once", async () => {
    const incident = await prisma.incident.findUniqueOrThrow({ where: { slug: REFERENCE }, select: { id: true } });
    await prisma.publicationVersion.updateMany({ where: { incidentId: incident.id, status: "published" }, data: { status: "unpublished", unpublishedAt: new Date() } });
    forgetPublicReads();
    for (const name of [`${REFERENCE}.json`, `${REFERENCE}.zip`, `${REFERENCE}.csv`]) expect((await file(name)).status, name).toBe(404);
    for (const locale of ["en", "ko"]) {
      expect((await feed(locale, "case", REFERENCE)).status).toBe(404);
      for (const kind of ["site", "sanctions"] as const) expect(await (await feed(locale, kind)).text()).not.toContain(`/cases/${REFERENCE}`);
    }
    // Kakao Pay is named by no other published case.
    expect((await feed("en", "organisation", reference.investigated.slug!)).status).toBe(404);
  });
});
