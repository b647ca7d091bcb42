// The tracker's API reads only published versions: a case published here appears in
// /api/public/sanctions, and disappears at once when it is taken down. Bad values answer 400.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/public/sanctions/route";
import { executeAction } from "@/lib/actions/execute-action";
import type { Viewer } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import { defaultSelection } from "@/lib/publishing/build-snapshot";
import { publishingActions } from "@/lib/publishing/mutations";
import { makeCase, makeViewer, unique } from "@/tests/support/factories";
import { getOrganisationPage } from "./public-reads";

let regulator: Viewer;
let regulator2: Viewer;

beforeAll(async () => {
  [regulator, regulator2] = await Promise.all([makeViewer("regulator"), makeViewer("regulator")]);
});
afterAll(() => prisma.$disconnect());

const call = (query: string) => GET(new NextRequest(`http://localhost/api/public/sanctions?${query}`, { headers: { host: "localhost", "x-forwarded-for": "203.0.113.7" } }));

async function publishedCaseFining(orgId: string, subjectName: string, amountMinor: bigint) {
  const incident = await makeCase();
  await prisma.sanction.create({ data: { incidentId: incident.id, type: "fine", subjectName, subjectOrgId: orgId, amountMinor, currency: "EUR", status: "decided", decisionDate: new Date("2025-03-04") } });
  expect(await executeAction(regulator, publishingActions.propose, { incidentId: incident.id, selection: await defaultSelection(prisma, incident.id) })).toMatchObject({ ok: true });
  const version = await prisma.publicationVersion.findFirstOrThrow({ where: { incidentId: incident.id } });
  expect(await executeAction(regulator2, publishingActions.approve, { versionId: version.id })).toMatchObject({ ok: true });
  return incident;
}

describe("GET /api/public/sanctions", () => {
  it("lists a sanction once its case is published, drops it at once when unpublished, and the company page follows", async () => {
    const name = unique("Tracker Co");
    const org = await prisma.organization.create({ data: { slug: unique("tracker-co"), name, nameKo: "트래커", kind: "company", sector: "retail", country: "FR" } });
    const first = await publishedCaseFining(org.id, name, 123_450n);
    expect((await getOrganisationPage(org.slug))?.repeat).toBe(false);
    const second = await publishedCaseFining(org.id, name, 5n);
    expect((await getOrganisationPage(org.slug))?.repeat).toBe(true);
    const everything = (await (await call(`q=${encodeURIComponent(name)}`)).json()) as { total: number; items: { case: { slug: string } }[] };
    expect(everything.items.map((i) => i.case.slug)).toEqual([first.slug, second.slug].sort((a, b) => a.localeCompare(b)));

    const json = await call(`q=${encodeURIComponent(name)}&currency=EUR&min=1000&max=1234.50`);
    expect(json.status).toBe(200);
    expect(json.headers.get("cache-control")).toBe("public, max-age=60");
    const body = (await json.json()) as { total: number; items: { case: { slug: string }; amount: unknown; decisionDate: string; company: { slug: string } }[] };
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({ case: { slug: first.slug }, amount: { amount: "1234.50", currency: "EUR" }, decisionDate: "2025-03-04", company: { slug: org.slug } });

    const csv = await call(`q=${encodeURIComponent(name)}&currency=EUR&min=1000&format=csv`);
    expect(csv.headers.get("content-disposition")).toBe('attachment; filename="sanctions.csv"');
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines[0]).toBe("case_slug,case_title,company,company_slug,sector,authority,decision_date,type,amount,currency,appeal_outcome,final_amount,articles,case_url");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`${first.slug},`);
    expect(lines[1]).toContain(",retail,");


    expect((await executeAction(regulator, publishingActions.unpublish, { incidentId: first.id, reason: "Taken down for the test." })).ok).toBe(true);
    const after = (await (await call(`q=${encodeURIComponent(name)}`)).json()) as { items: { case: { slug: string } }[] };
    expect(after.items.map((i) => i.case.slug)).not.toContain(first.slug);
    expect(after.items.map((i) => i.case.slug)).toEqual([second.slug]);
    expect((await getOrganisationPage(org.slug))?.repeat).toBe(false);
  });

  it("refuses bad values with 400 and a message that names the problem, and ignores unknown names", async () => {
    for (const query of ["year=1800", "sector=banking", "currency=EUR&min=10&max=1", "min=5", "sort=size", "format=xml", "article=nope"]) {
      const response = await call(query);
      expect(response.status, query).toBe(400);
      expect(JSON.stringify(await response.json()), query).toMatch(/year|sector|inverted|currency|sort|format|article/);
    }
    expect((await call("utm_source=news&year=")).status).toBe(200);
  });
});
