import { Readable } from "node:stream";
import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { evidenceStore } from "@/lib/evidence/evidence-store";
import { recordEvidenceAccess } from "@/lib/evidence/mutations";
import { servingHeaders } from "@/lib/evidence/serving-headers";
import { caseRoute, notFoundResponse } from "@/lib/http/route-handler";
import { id } from "@/lib/validation/fields";

// GET /api/cases/<slug>/evidence/<fileId>[?inline=1]: the file's bytes, streamed from the store.
// Each answer is a custody event (evidence.viewed for a preview, evidence.downloaded otherwise),
// written before the bytes go out; the headers (serving-headers.ts) keep the file from acting in
// Casefile's origin.
const query = z.object({ inline: z.enum(["1"]).optional() });

export const GET = caseRoute<z.infer<typeof query>, { slug: string; fileId: string }>({ query, permission: "evidence.download" }, async ({ viewer, query: { inline }, params, found }) => {
  if (!id.safeParse(params.fileId).success) return notFoundResponse();
  const incidentId = found.incident.id;
  const file = await prisma.evidenceFile.findFirst({ where: { id: params.fileId, incidentId, deletedAt: null }, select: { sha256: true, mediaType: true, originalName: true, size: true } });
  if (!file) return notFoundResponse();
  const bytes = await evidenceStore().open(file.sha256);
  if (!bytes) return NextResponse.json({ error: "missing", message: "The file's bytes are missing from storage; verify it to record this." }, { status: 410 });
  try {
    const headers = servingHeaders({ mediaType: file.mediaType, fileName: file.originalName, size: Number(file.size), wantInline: Boolean(inline) });
    // The log says what happened: a file asked for inline but not shown inline was downloaded.
    const shown = headers["Content-Disposition"]!.startsWith("inline");
    await recordEvidenceAccess(viewer, { fileId: params.fileId, incidentId, how: shown ? "viewed" : "downloaded" });
    return new Response(Readable.toWeb(bytes) as ReadableStream<Uint8Array>, { headers });
  } catch (error) {
    bytes.destroy();
    throw error;
  }
});
