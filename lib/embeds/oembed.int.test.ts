import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/oembed/route";
import { prisma } from "@/lib/db/prisma";
import { buildSnapshot, defaultSelection } from "@/lib/publishing/build-snapshot";
import { forgetPublicReads } from "@/lib/publishing/public-read-cache";
import { makeCase } from "@/tests/support/factories";

// GET /api/oembed reads published versions only: a case with a published series embeds, and
// answers 404 the moment it is taken down (its versions set to unpublished, as unpublishCase does).
const SITE = "http://localhost:3000";
let incidentId = "";
let slug = "";

const oembed = async (url: string, extra = "") => {
  const response = await GET(new NextRequest(`${SITE}/api/oembed?url=${encodeURIComponent(url)}${extra}`));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

beforeAll(async () => {
  const incident = await makeCase();
  incidentId = incident.id;
  slug = incident.slug;
  const snapshot = await buildSnapshot(prisma, incident.id, await defaultSelection(prisma, incident.id));
  const withSeries = { ...snapshot, series: { ...snapshot.series, months: [{ month: "2024-01-01", records: 5, days: 31, provenance: "reported" }] } };
  await prisma.publicationVersion.create({ data: { incidentId, number: 1, status: "published", snapshot: withSeries as object, publishedAt: new Date(Date.now() - 1000), decidedAt: new Date() } });
  forgetPublicReads();
});
afterAll(() => prisma.$disconnect());

describe("GET /api/oembed", () => {
  it("embeds a published case's records chart, from its page or its embed address", async () => {
    const { status, body } = await oembed(`${SITE}/ko/cases/${slug}`, "&maxwidth=500");
    expect(status).toBe(200);
    expect(body).toMatchObject({ version: "1.0", type: "rich", provider_name: "Casefile", provider_url: `${SITE}/`, width: 500, height: 660 });
    expect(body.html).toBe(`<iframe src="${SITE}/embed/ko/cases/${slug}/records" title="${String(body.title)}" width="500" height="660" style="border:0" loading="lazy"></iframe>`);
    expect((await oembed(`${SITE}/embed/en/cases/${slug}/records`)).status).toBe(200);
  });

  it("answers 404 for a chart the version does not publish, and 501 for XML", async () => {
    expect((await oembed(`${SITE}/embed/en/cases/${slug}/people`)).status).toBe(404);
    expect((await oembed(`${SITE}/en/cases/${slug}`, "&format=xml")).status).toBe(501);
  });

  it("answers 404 once the case is taken down", async () => {
    await prisma.publicationVersion.updateMany({ where: { incidentId, status: "published" }, data: { status: "unpublished", unpublishedAt: new Date() } });
    forgetPublicReads();
    expect((await oembed(`${SITE}/en/cases/${slug}`)).status).toBe(404);
    expect((await oembed(`${SITE}/embed/en/cases/${slug}/records`)).status).toBe(404);
  });
});
