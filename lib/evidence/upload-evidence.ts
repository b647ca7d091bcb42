// Receiving an evidence file: the bytes stream into the blob store (hashed on the way, never held
// whole), the first bytes decide its type, and then one transaction writes the record and its
// `evidence.uploaded` custody row and commits the bytes. Whatever fails before that transaction
// commits discards the staged bytes: no record without bytes, no orphan bytes.
import "server-only";
import { pipeline } from "node:stream/promises";
import type { Readable, Transform } from "node:stream";
import { ActionError } from "@/lib/actions/result";
import type { Viewer } from "@/lib/auth/permissions";
import { actorOf, recordAudit } from "@/lib/audit/record-audit";
import { requireCaseAction } from "@/lib/cases/case-guard";
import { prisma } from "@/lib/db/prisma";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EvidenceExtraction } from "@/lib/generated/prisma/enums";
import { decideType } from "./content-type-policy";
import { initialExtraction } from "./extraction/extraction-policy";
import { detectType, TYPE_SAMPLE_BYTES } from "./detect-type";
import { BlobTooLargeError, type BlobStore, type StagedBlob } from "./evidence-store";
import { cleanFileName, fileExtension } from "./file-name";
import { headTap } from "./head-tap";
import type { UploadEvidenceMetadata } from "./schema";

/** A refusal of the upload, worded by a message key (evidence.errors.*) the page shows. */
function refuseUpload(key: string, message: string): never {
  throw new ActionError("invalid", message, { file: [`evidence.errors.${key}`] });
}

interface UploadEvidenceOptions {
  store: BlobStore;
  viewer: Viewer;
  incidentId: string;
  metadata: UploadEvidenceMetadata;
  /** The Content-Type the client declared, if any. */
  declaredType: string | null;
  source: Readable;
  maxBytes: number;
  /** Aborts when the client goes away: the staged bytes are dropped. */
  signal?: AbortSignal;
}

interface UploadedEvidence {
  id: string;
  sha256: string;
  size: number;
  mediaType: string;
  originalName: string;
  /** `pending` when the file has text to extract for search (extracted in the background), else `none`. */
  extraction: EvidenceExtraction;
}

export async function uploadEvidence(options: UploadEvidenceOptions): Promise<UploadedEvidence> {
  const { store, viewer, incidentId, metadata, maxBytes } = options;
  // Before a byte is stored: may they, and is the name usable.
  await requireCaseAction(prisma, viewer, incidentId, "evidence.upload");
  // A name that was sent must survive cleaning; a file sent without one is named after its type below.
  const givenName = metadata.fileName?.trim() ? (cleanFileName(metadata.fileName) ?? refuseUpload("badName", "The file name has nothing usable left once path separators and control characters are removed.")) : null;

  const tap = headTap(TYPE_SAMPLE_BYTES);
  const staged = await stage(store, options, tap.stream, maxBytes);
  try {
    if (staged.size === 0) refuseUpload("empty", "The file is empty.");
    const head = tap.head();
    const detected = await detectType(head);
    const decision = decideType({ extension: givenName ? fileExtension(givenName) : null, declaredType: options.declaredType, detected, head });
    if (!decision.ok) refuseUpload("typeMismatch", `The file's content (${decision.found}) does not match its declared type (${decision.claimed}).`);
    const { mediaType } = decision;
    const originalName = givenName ?? `file.${detected?.ext ?? (mediaType === "text/plain" ? "txt" : "bin")}`;
    if (options.signal?.aborted) refuseUpload("cancelled", "The upload was cancelled; nothing was kept.");

    const id = await prisma.$transaction(async (tx) => {
      await requireCaseAction(tx, viewer, incidentId, "evidence.upload");
      if (metadata.supersedesId) await requireSupersedable(tx, { incidentId, fileId: metadata.supersedesId });
      const fields = {
        title: metadata.title ?? originalName,
        titleKo: metadata.titleKo,
        description: metadata.description,
        descriptionKo: metadata.descriptionKo,
        kind: metadata.kind,
        receivedOn: metadata.receivedOn,
        providedBy: metadata.providedBy,
        sensitivity: metadata.sensitivity,
      };
      const created = await tx.evidenceFile
        .create({ data: { ...fields, incidentId, originalName, mediaType, size: BigInt(staged.size), sha256: staged.sha256, uploadedById: viewer.id, supersedesId: metadata.supersedesId ?? null, extraction: initialExtraction(mediaType) } })
        // Two new versions of one file racing: the unique supersedesId lets one through.
        .catch((error: unknown) => (metadata.supersedesId && isUniqueViolation(error) ? refuseAlreadySuperseded() : Promise.reject(error)));
      await recordAudit(tx, {
        actor: actorOf(viewer),
        action: "evidence.uploaded",
        entityType: "evidence_file",
        entityId: created.id,
        incidentId,
        after: { ...fields, originalName, mediaType, size: staged.size, sha256: staged.sha256, uploadedById: viewer.id, supersedesId: metadata.supersedesId ?? null },
      });
      if (metadata.supersedesId) {
        await recordAudit(tx, { actor: actorOf(viewer), action: "evidence.superseded", entityType: "evidence_file", entityId: metadata.supersedesId, incidentId, after: { supersededById: created.id } });
      }
      // Last step inside the transaction: if the bytes cannot be made readable, the record is not written either.
      await staged.commit();
      return created.id;
    });
    return { id, sha256: staged.sha256, size: staged.size, mediaType, originalName, extraction: initialExtraction(mediaType) };
  } finally {
    // After a commit this does nothing; before one (any refusal or failure), it drops the bytes.
    await staged.discard();
  }
}

async function stage(store: BlobStore, options: UploadEvidenceOptions, tap: Transform, maxBytes: number): Promise<StagedBlob> {
  // The tap sees every byte the store reads; a failing source fails the pipe and so the stage
  // (the pipe's own rejection is that same error, answered through the stage).
  pipeline(options.source, tap).catch(() => undefined);
  try {
    return await store.stage(tap, { maxBytes, signal: options.signal });
  } catch (error) {
    options.source.destroy();
    tap.destroy();
    if (error instanceof BlobTooLargeError) refuseUpload("tooLarge", `The file is larger than ${Math.floor(maxBytes / 1024 / 1024)} MB.`);
    if (options.signal?.aborted) refuseUpload("cancelled", "The upload was cancelled; nothing was kept.");
    throw error;
  }
}

/** A new version replaces a live file of the same case that no other version replaces yet. */
async function requireSupersedable(tx: Prisma.TransactionClient, { incidentId, fileId }: { incidentId: string; fileId: string }): Promise<void> {
  const previous = await tx.evidenceFile.findFirst({ where: { id: fileId, incidentId, deletedAt: null }, select: { supersededBy: { select: { id: true } } } });
  if (!previous) throw new ActionError("invalid", "The file this version replaces is not in this case.", { supersedesId: ["evidence.errors.invalidMetadata"] });
  if (previous.supersededBy) refuseAlreadySuperseded();
}

function refuseAlreadySuperseded(): never {
  refuseUpload("alreadySuperseded", "That file already has a newer version (someone may have uploaded one just now); open the newest version and replace that one.");
}
