// Run by evidence-storage.fault.test.ts as its own process: stages an endless upload into the
// local evidence store in argv[2], printing "staging" once bytes are flowing, until it is killed.
import { Readable } from "node:stream";
import { LocalBlobStore } from "@/lib/evidence/storage/local-store";

const root = process.argv[2];
if (!root) throw new Error("evidence-stage-child: no store directory");
const block = Buffer.alloc(256 * 1024, 7);
let sent = 0;
const source = new Readable({
  read() {
    sent += 1;
    if (sent === 8) process.stdout.write("staging\n");
    this.push(block);
  },
});
await new LocalBlobStore(root).stage(source, { maxBytes: Number.MAX_SAFE_INTEGER });
