import { NextResponse } from "next/server";
import { z } from "zod";
import { publicRoute } from "@/lib/http/route-handler";
import { listPublishedCases } from "@/lib/publishing/get-published-case";

const query = z.object({ page: z.coerce.number().int().min(1).max(10_000).default(1), limit: z.coerce.number().int().min(1).max(100).default(20) });

// GET /api/public/cases?page=&limit=: the published cases, newest publication first. No session;
// reads only published snapshots. The shape is documented in docs/public-api.md.
export const GET = publicRoute({ query }, async ({ query: { page, limit } }) => {
  const all = await listPublishedCases();
  const items = all.slice((page - 1) * limit, page * limit).map((c) => ({
    slug: c.slug,
    title: c.title,
    titleKo: c.titleKo,
    stage: c.stage,
    isDemo: c.isDemo,
    version: c.version,
    publishedAt: c.publishedAt.toISOString(),
    peopleAffected: c.raw.headline.people,
    recordsShared: c.raw.headline.records,
    links: { en: `/en/cases/${c.slug}`, ko: `/ko/cases/${c.slug}`, json: `/cases/${c.slug}.json`, csv: `/cases/${c.slug}.csv` },
  }));
  return NextResponse.json(
    { page, limit, total: all.length, items, next: page * limit < all.length ? `/api/public/cases?page=${page + 1}&limit=${limit}` : null },
    { headers: { "Cache-Control": "public, max-age=60" } },
  );
});
