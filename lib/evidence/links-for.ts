import "server-only";
// The evidence of a set of records of one case (the findings of a list, one statement…), read in
// one query for the whole set, for the lists beside each record. The caller has already checked
// that the viewer sees the case and the records; files are shown only with evidence.view on the
// case, while label-only references are part of the record and shown to whoever sees it.
import { can, type CaseAccess, type Viewer } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import type { EvidenceKind } from "@/lib/generated/prisma/enums";
import { EVIDENCE_TARGET_COLUMN } from "./link-targets";
import type { EvidenceTarget } from "./schema";

interface LinkedEvidenceFile {
  linkId: string;
  fileId: string;
  title: string;
  titleKo: string | null;
  kind: EvidenceKind;
  mediaType: string;
  locator: string | null;
  deleted: boolean;
  /** The newer version of the file, when one was uploaded. */
  supersededById: string | null;
}

interface EvidenceReference {
  linkId: string;
  label: string;
  locator: string | null;
}

export interface RecordEvidence {
  files: LinkedEvidenceFile[];
  labels: EvidenceReference[];
}

/** Every record of `ids` mapped to its evidence (empty lists for one without any), in link order. */
export async function loadEvidenceLinks(options: { viewer: Viewer; access: CaseAccess; incidentId: string; target: EvidenceTarget; ids: readonly string[] }): Promise<Map<string, RecordEvidence>> {
  const byRecord = new Map<string, RecordEvidence>(options.ids.map((id) => [id, { files: [], labels: [] }]));
  if (options.ids.length === 0) return byRecord;
  const column = EVIDENCE_TARGET_COLUMN[options.target];
  const seesFiles = can(options.viewer, "evidence.view", options.access);
  const rows = await prisma.evidenceLink.findMany({
    where: { incidentId: options.incidentId, deletedAt: null, [column]: { in: [...options.ids] }, ...(seesFiles ? {} : { fileId: null }) },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      findingId: true,
      timelineEventId: true,
      sourceId: true,
      statementId: true,
      locator: true,
      label: true,
      file: { select: { id: true, title: true, titleKo: true, kind: true, mediaType: true, deletedAt: true, supersededBy: { select: { id: true } } } },
    },
  });
  for (const row of rows) {
    const evidence = byRecord.get(row[column] ?? "");
    if (!evidence) continue;
    if (row.file) {
      const { file } = row;
      evidence.files.push({ linkId: row.id, fileId: file.id, title: file.title, titleKo: file.titleKo, kind: file.kind, mediaType: file.mediaType, locator: row.locator, deleted: file.deletedAt !== null, supersededById: file.supersededBy?.id ?? null });
    } else if (row.label !== null) {
      evidence.labels.push({ linkId: row.id, label: row.label, locator: row.locator });
    }
  }
  return byRecord;
}
