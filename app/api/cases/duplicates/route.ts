import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { findPossibleDuplicates } from "@/lib/cases/find-possible-duplicates";
import { duplicateCheckSchema } from "@/lib/cases/schema";
import { viewerRoute } from "@/lib/http/route-handler";

// GET /api/cases/duplicates?title=&titleKo=&org=&start=&startPrecision=&end=&endPrecision=
// The new-case form's warning: open cases that may be the one being opened.
export const GET = viewerRoute({ query: duplicateCheckSchema, permission: "case.create" }, async ({ viewer, query }) => {
  const draft = {
    title: query.title,
    titleKo: query.titleKo,
    organizationId: query.org || null,
    period: { start: query.start || null, startPrecision: query.startPrecision, end: query.end || null, endPrecision: query.endPrecision },
  };
  return NextResponse.json(await findPossibleDuplicates(prisma, viewer, draft), { headers: { "Cache-Control": "private, no-store" } });
});
