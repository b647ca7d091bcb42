// A case file in: the JSON of the case-file export (GET /api/cases/<slug>/export?format=json)
// becomes a new case, in one transaction with its audit row, or nothing at all. This is how a
// case moves between installations. What a new case takes over: the case's details, its
// organisations (matched by slug, or created), recipients, key figures, statements, sources,
// findings (with their status), data shared, affected-people estimates with every revision,
// timeline and records per day, deleted items staying deleted. What it does not: the workflow
// (the new case starts as reported and internal; the file's transitions, proposals, deadlines
// and sanctions belong to a process that starts again here, and are counted in the answer), the
// evidence files and their links (the JSON has their records but not their bytes; counted in the
// answer, and the files are uploaded again from the export's zip), the published versions, assignments, the activity trail, and who wrote each item.
import "server-only";
import { createHash } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { assertCan } from "@/lib/auth/assert-can";
import type { Viewer } from "@/lib/auth/permissions";
import { actorOf, recordAudit } from "@/lib/audit/record-audit";
import { checkSlug, proposeSlug } from "@/lib/cases/slug";
import { checkCaseFile } from "./check-case-file";
import { problem, type CaseFileProblem } from "./case-file-problems";
import { writeCaseFile } from "./write-case-file";

export interface ImportInput {
  bytes: Uint8Array;
  /** The uploaded file's name, kept in the audit row. */
  fileName: string | null;
  /** The new case's address; null to take the file's (or, when taken, the next free one). */
  slug: string | null;
}

/** The proposed address, or with -2, -3… the first that no case (deleted ones included) holds. */
async function freeSlug(tx: Prisma.TransactionClient, base: string) {
  const taken = new Set((await tx.incident.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((i) => i.slug));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/** What the first bytes say before any parsing: nothing, UTF-16, or binary (the export's ZIP itself, say). */
function byteProblem(bytes: Uint8Array): CaseFileProblem | null {
  if (bytes.length === 0) return problem("", "fileEmpty");
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return problem("", "fileEncoding");
  if (bytes.subarray(0, 4096).includes(0)) return problem("", "fileBinary");
  return null;
}

function readText(bytes: Uint8Array): { text: string } | { problem: CaseFileProblem } {
  const refused = byteProblem(bytes);
  if (refused) return { problem: refused };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { problem: problem("", "fileEncoding") };
  }
}

export async function importCaseFile(viewer: Viewer | null, input: ImportInput) {
  assertCan(viewer, "case.create");
  if (input.slug !== null) {
    const slugProblem = checkSlug(input.slug);
    if (slugProblem) return { ok: false as const, reason: "slugInvalid" as const, slug: input.slug, messageKey: slugProblem };
  }
  const read = readText(input.bytes);
  if ("problem" in read) return { ok: false as const, reason: "invalid" as const, problems: [read.problem], more: 0 };
  const checked = checkCaseFile(read.text);
  if (!checked.ok) return { ok: false as const, reason: "invalid" as const, problems: checked.problems, more: checked.more };
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  const fileSlug = checked.data.incident.slug;
  const base = fileSlug && checkSlug(fileSlug) === null ? fileSlug : proposeSlug(checked.data.incident.title);

  try {
    return await prisma.$transaction(
      async (tx) => {
        if (input.slug !== null && (await tx.incident.findUnique({ where: { slug: input.slug }, select: { id: true } }))) {
          return { ok: false as const, reason: "slugTaken" as const, slug: input.slug };
        }
        if (!(await tx.jurisdiction.findUnique({ where: { code: checked.data.incident.jurisdiction }, select: { code: true } }))) {
          return { ok: false as const, reason: "invalid" as const, problems: [problem("incident.jurisdiction", "jurisdiction")], more: 0 };
        }
        const slug = input.slug ?? (await freeSlug(tx, base));
        const written = await writeCaseFile(tx, checked.data, slug);
        await recordAudit(tx, {
          actor: actorOf(viewer),
          action: "incident.imported",
          entityType: "incident",
          entityId: written.incident.id,
          incidentId: written.incident.id,
          after: { ...written.incident, fileName: input.fileName, sha256, importedFrom: fileSlug, organizationsCreated: written.organizationsCreated },
        });
        return { ok: true as const, slug, incidentId: written.incident.id, counts: written.counts, organizations: written.organizations, leftOut: checked.leftOut, evidenceLeftOut: checked.evidenceLeftOut };
      },
      // A case with years of daily records is a few thousand rows a statement; give it time.
      { timeout: 120_000, maxWait: 10_000 },
    );
  } catch (error) {
    // Another import or a new case took the address between the check and the write.
    if (isUniqueViolation(error)) return { ok: false as const, reason: "slugTaken" as const, slug: input.slug ?? base };
    throw error;
  }
}

export type ImportOutcome = Awaited<ReturnType<typeof importCaseFile>>;
