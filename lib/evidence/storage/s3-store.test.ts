// Against a real S3-protocol server (s3rver, a stand-in for MinIO or AWS S3) on a free port.
import { CreateBucketCommand, paginateListObjectsV2, PutObjectCommand } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Readable } from "node:stream";
import { blobStoreContract } from "@/tests/support/blob-store-contract";
import { startS3Server, type TestS3Server } from "@/tests/support/s3-server";
import { S3BlobStore } from "./s3-store";

let server: TestS3Server;
let buckets = 0;

beforeAll(async () => {
  server = await startS3Server();
});

afterAll(async () => {
  await server?.stop();
});

async function freshBucket(): Promise<string> {
  buckets += 1;
  const bucket = `evidence-${buckets}`;
  await server.client.send(new CreateBucketCommand({ Bucket: bucket }));
  return bucket;
}

async function keysIn(bucket: string): Promise<string[]> {
  const keys = [];
  for await (const page of paginateListObjectsV2({ client: server.client }, { Bucket: bucket })) {
    for (const { Key } of page.Contents ?? []) if (Key) keys.push(Key);
  }
  return keys.sort();
}

blobStoreContract(async () => {
  const bucket = await freshBucket();
  return {
    store: new S3BlobStore({ client: server.client, bucket }),
    everything: () => keysIn(bucket),
    async damage(sha256, bytes) {
      await server.client.send(new PutObjectCommand({ Bucket: bucket, Key: `sha256/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`, Body: bytes }));
    },
  };
});

describe("S3BlobStore keys", () => {
  it("stages under tmp/ and commits to sha256/ab/cd/<digest>", async () => {
    const bucket = await freshBucket();
    const store = new S3BlobStore({ client: server.client, bucket });
    const staged = await store.stage(Readable.from([Buffer.from("a company reply")]), { maxBytes: 1000 });
    expect(await keysIn(bucket)).toEqual([expect.stringMatching(/^tmp\/[0-9a-f-]{36}$/)]);
    await staged.commit();
    const d = staged.sha256;
    expect(await keysIn(bucket)).toEqual([`sha256/${d.slice(0, 2)}/${d.slice(2, 4)}/${d}`]);
  });

  it("fails, and stops reading, when the store refuses the upload (here: no such bucket)", async () => {
    const store = new S3BlobStore({ client: server.client, bucket: "no-such-bucket" });
    // Endless, and more than a part: without the failure reaching the source, this would wait forever.
    let pulled = 0;
    const chunk = Buffer.alloc(1024 * 1024, 1);
    const source = new Readable({
      read() {
        pulled += chunk.length;
        this.push(chunk);
      },
    });
    await expect(store.stage(source, { maxBytes: 1024 * 1024 * 1024 })).rejects.toMatchObject({ name: "NoSuchBucket" });
    expect(source.destroyed).toBe(true);
    expect(pulled).toBeLessThan(64 * 1024 * 1024);
  });
});
