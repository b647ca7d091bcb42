// A real S3-protocol server for tests: s3rver (from npm), in this process, on a free port, over a
// temporary directory. It stands in for MinIO or AWS S3, which are what deployments use; it
// speaks enough of the protocol (multipart upload, copy, list, head) for the evidence store.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import type { S3Client } from "@aws-sdk/client-s3";
import { s3ClientFor } from "@/lib/evidence/storage/s3-store";

export interface TestS3Server {
  endpoint: string;
  bucket: string;
  /** A client signed with s3rver's fixed test keys. */
  client: S3Client;
  stop(): Promise<void>;
}

/** s3rver accepts only these keys for signed requests. */
const TEST_KEYS = { EVIDENCE_S3_ACCESS_KEY_ID: "S3RVER", EVIDENCE_S3_SECRET_ACCESS_KEY: "S3RVER" };

export async function startS3Server(bucket = "casefile-evidence-test"): Promise<TestS3Server> {
  const directory = await mkdtemp(path.join(os.tmpdir(), "casefile-s3rver-"));
  const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const client = s3ClientFor({
    CASEFILE_DATA_DIR: undefined,
    EVIDENCE_MAX_FILE_MB: 200,
    EVIDENCE_S3_ENDPOINT: endpoint,
    EVIDENCE_S3_BUCKET: bucket,
    EVIDENCE_S3_REGION: "us-east-1",
    ...TEST_KEYS,
    EVIDENCE_S3_FORCE_PATH_STYLE: true,
  });
  return {
    endpoint,
    bucket,
    client,
    async stop() {
      client.destroy();
      // The SDK keeps connections alive; close them so the server's close() does not wait.
      server.httpServer?.closeAllConnections();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
