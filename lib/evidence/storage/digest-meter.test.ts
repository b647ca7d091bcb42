import { createHash } from "node:crypto";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { describe, expect, it } from "vitest";
import { BlobTooLargeError } from "./blob-types";
import { DigestMeter } from "./digest-meter";

const drain = async (meter: DigestMeter, chunks: (Buffer | string)[]) => {
  const sink = new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  });
  await pipeline(Readable.from(chunks), meter, sink);
};

describe("DigestMeter", () => {
  it("hashes and counts what passes, strings as UTF-8", async () => {
    const meter = new DigestMeter(100);
    await drain(meter, [Buffer.from("증거 "), "file"]);
    expect(meter.passedBytes).toBe(Buffer.byteLength("증거 file"));
    expect(meter.digest()).toBe(createHash("sha256").update("증거 file").digest("hex"));
  });

  it("fails on the chunk that crosses the limit, not before", async () => {
    const meter = new DigestMeter(10);
    await expect(drain(meter, [Buffer.alloc(6), Buffer.alloc(4), Buffer.alloc(1)])).rejects.toBeInstanceOf(BlobTooLargeError);
    expect(meter.passedBytes).toBe(11);
    const exact = new DigestMeter(10);
    await drain(exact, [Buffer.alloc(6), Buffer.alloc(4)]);
    expect(exact.passedBytes).toBe(10);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("refuses a limit of %s", (limit) => {
    expect(() => new DigestMeter(limit)).toThrow(RangeError);
  });
});
