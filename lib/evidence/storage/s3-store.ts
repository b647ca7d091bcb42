// Evidence files in an S3-compatible object store (AWS S3, MinIO…), for deployments with several
// app instances. An upload streams through the SHA-256 meter into a multipart upload under
// `tmp/<uuid>` (the digest is known only at the end, so the object cannot start under its final
// key); commit copies it server-side to `sha256/ab/cd/<digest>` and deletes the temporary object.
// Memory per upload stays bounded by (queueSize + 1) × partSize, 15 MiB, whatever the file's
// size (measured: about 17 MiB live at the peak of a 100 MB upload), and the bytes never touch the
// app server's disk. Two parts in flight rather than the SDK's four: several uploads at once
// should not cost a server 25 MiB each, and evidence uploads are rare enough that the extra
// throughput buys little.
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  paginateListObjectsV2,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import type { EvidenceEnv } from "@/lib/env-schema";
import { contentPath, DEFAULT_STALE_STAGING_MS, isDigest, type StagedBlob, type StageOptions, type SweepableBlobStore } from "./blob-types";
import { DigestMeter } from "./digest-meter";
import { settleOnce } from "./settle-once";

const STAGING_PREFIX = "tmp/";
const CONTENT_PREFIX = "sha256/";

interface S3StoreOptions {
  client: S3Client;
  bucket: string;
  /** Parts sent at once; memory use is at most queueSize × partSize. */
  queueSize?: number;
  /** Bytes per part (S3's minimum is 5 MiB). */
  partSize?: number;
}

/** The client for EVIDENCE_S3_* (the SDK's default credential chain when no keys are given). */
export function s3ClientFor(settings: EvidenceEnv): S3Client {
  const { EVIDENCE_S3_ACCESS_KEY_ID: accessKeyId, EVIDENCE_S3_SECRET_ACCESS_KEY: secretAccessKey } = settings;
  return new S3Client({
    endpoint: settings.EVIDENCE_S3_ENDPOINT,
    // Stores other than AWS ignore the region, but the SDK signs with one.
    region: settings.EVIDENCE_S3_REGION ?? "us-east-1",
    forcePathStyle: settings.EVIDENCE_S3_FORCE_PATH_STYLE,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    // The SDK's default CRC32 trailers (aws-chunked bodies) are not understood by every
    // S3-compatible store; integrity is our own SHA-256, checked by verify.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
}

export class S3BlobStore implements SweepableBlobStore {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly queueSize: number;
  private readonly partSize: number;

  constructor(options: S3StoreOptions) {
    this.client = options.client;
    this.bucket = options.bucket;
    this.queueSize = options.queueSize ?? 2;
    this.partSize = options.partSize ?? 5 * 1024 * 1024;
  }

  async stage(source: Readable, { maxBytes, signal }: StageOptions): Promise<StagedBlob> {
    const meter = new DigestMeter(maxBytes);
    const key = `${STAGING_PREFIX}${randomUUID()}`;
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: key, Body: meter, ContentType: "application/octet-stream" },
      queueSize: this.queueSize,
      partSize: this.partSize,
      leavePartsOnError: false,
    });
    // Both sides must settle before cleaning up: the pipeline (source → meter) fails first when
    // the file is too large, the request is aborted or the source breaks; the upload fails first
    // when the store does. lib-storage then stops reading the meter, which ends the pipeline; the
    // destroy below covers a failure before it has started reading, which would otherwise leave
    // the pipeline waiting on a full buffer forever.
    const [piped, uploaded] = await Promise.allSettled([
      pipeline(source, meter, { signal }),
      upload.done().catch((error: unknown) => {
        meter.destroy(error instanceof Error ? error : new Error(String(error)));
        throw error;
      }),
    ]);
    if (piped.status === "rejected" || uploaded.status === "rejected") {
      // A small file goes up in one PUT, which may have landed just before the failure.
      await this.deleteQuietly(key);
      throw failureOf({ piped, uploaded, signal });
    }
    const sha256 = meter.digest();
    const size = meter.passedBytes;
    return settleOnce({
      sha256,
      size,
      commit: () => this.place({ key, sha256, size }),
      discard: () => this.delete(key),
    });
  }

  async exists(sha256: string): Promise<boolean> {
    return (await this.sizeOf(contentPath(sha256))) !== null;
  }

  async open(sha256: string): Promise<Readable | null> {
    try {
      const { Body } = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: contentPath(sha256) }));
      if (!(Body instanceof Readable)) throw new Error("The S3 client returned a body that is not a Node stream.");
      return Body;
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async remove(sha256: string): Promise<void> {
    await this.delete(contentPath(sha256));
  }

  async *list(): AsyncIterable<string> {
    for await (const page of paginateListObjectsV2({ client: this.client }, { Bucket: this.bucket, Prefix: CONTENT_PREFIX })) {
      for (const { Key } of page.Contents ?? []) {
        const name = Key?.slice(Key.lastIndexOf("/") + 1) ?? "";
        if (isDigest(name) && Key === contentPath(name)) yield name;
      }
    }
  }

  async sweepStaging({ olderThanMs = DEFAULT_STALE_STAGING_MS, now = new Date() }: { olderThanMs?: number; now?: Date } = {}): Promise<number> {
    const cutoff = now.getTime() - olderThanMs;
    let removed = 0;
    for await (const page of paginateListObjectsV2({ client: this.client }, { Bucket: this.bucket, Prefix: STAGING_PREFIX })) {
      for (const { Key, LastModified } of page.Contents ?? []) {
        if (!Key || !LastModified || LastModified.getTime() > cutoff) continue;
        await this.delete(Key);
        removed += 1;
      }
    }
    return removed;
  }

  /** Same rule as the local store: bytes already under the digest stay unless their size is wrong. */
  private async place({ key, sha256, size }: { key: string; sha256: string; size: number }): Promise<void> {
    const target = contentPath(sha256);
    if ((await this.sizeOf(target)) !== size) {
      await this.client.send(new CopyObjectCommand({ Bucket: this.bucket, Key: target, CopySource: `${this.bucket}/${key}`, MetadataDirective: "COPY" }));
    }
    await this.delete(key);
  }

  private async sizeOf(key: string): Promise<number | null> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return head.ContentLength ?? 0;
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  private async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  private async deleteQuietly(key: string): Promise<void> {
    await this.delete(key).catch(() => undefined);
  }
}

/**
 * The cause to report. The pipeline's error is the cause when the file was too large, the caller
 * aborted or the source broke. When the store failed, lib-storage stops reading the meter, and
 * the pipeline then ends with a bare AbortError that nobody asked for: the upload's error is the
 * cause.
 */
function failureOf({ piped, uploaded, signal }: { piped: PromiseSettledResult<void>; uploaded: PromiseSettledResult<unknown>; signal?: AbortSignal }): unknown {
  if (piped.status === "fulfilled") return uploaded.status === "rejected" ? uploaded.reason : new Error("The upload failed.");
  if (uploaded.status === "rejected" && !signal?.aborted && piped.reason instanceof Error && piped.reason.name === "AbortError") return uploaded.reason;
  return piped.reason;
}

function isNotFound(error: unknown): boolean {
  return error instanceof S3ServiceException && (error.name === "NotFound" || error.name === "NoSuchKey" || error.$metadata.httpStatusCode === 404);
}
