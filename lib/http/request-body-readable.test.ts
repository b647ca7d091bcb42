import { PassThrough, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { afterEach, describe, expect, it } from "vitest";
import { requestBodyReadable } from "./request-body-readable";

/**
 * A request body exactly as Next hands it to a route handler: undici's stream over the Node
 * request, which Next passes to `new Request` as the body. `upload` is what the client sends.
 */
function incomingBody() {
  const upload = new PassThrough();
  // undici takes any async iterable as a body (the DOM's RequestInit type does not say so).
  const init = { method: "POST", body: upload, duplex: "half" } as unknown as RequestInit;
  return { upload, body: new Request("http://localhost/import", init).body! };
}

const uncaught: unknown[] = [];
const record = (error: unknown) => uncaught.push(error);
process.on("uncaughtException", record);
afterEach(() => {
  uncaught.length = 0;
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Stops at the first chunk, as the importer does with a UTF-16 or binary file. */
const refuseFirstChunk = () =>
  new Transform({
    transform(_chunk, _encoding, callback) {
      callback(new Error("refused"));
    },
  });

describe("requestBodyReadable", () => {
  it("passes the body through whole", async () => {
    const { upload, body } = incomingBody();
    const chunks: Buffer[] = [];
    upload.write("day,records\n");
    upload.end("2024-01-01,5\n");
    for await (const chunk of requestBodyReadable(body)) chunks.push(Buffer.from(chunk as Uint8Array));
    expect(Buffer.concat(chunks).toString()).toBe("day,records\n2024-01-01,5\n");
  });

  it.each([
    ["the upload then ends", (upload: PassThrough) => upload.end()],
    ["more bytes then arrive", (upload: PassThrough) => upload.write("more")],
    ["the client then goes away", (upload: PassThrough) => upload.destroy(new Error("aborted"))],
  ])("stops early without an uncaught exception when %s", async (_when, then) => {
    const { upload, body } = incomingBody();
    upload.write(Buffer.from([0xff, 0xfe, 0x64, 0x00]));
    await expect(pipeline(requestBodyReadable(body), refuseFirstChunk(), new PassThrough())).rejects.toThrow("refused");
    then(upload);
    await settle();
    expect(uncaught).toEqual([]);
  });

  it("lets go of the body once it stops, so the upload is not left half read", async () => {
    const { upload, body } = incomingBody();
    upload.write("x");
    await expect(pipeline(requestBodyReadable(body), refuseFirstChunk(), new PassThrough())).rejects.toThrow("refused");
    upload.write("y");
    await settle();
    expect(upload.destroyed).toBe(true);
  });

  it("reports the client going away mid-upload as an error", async () => {
    const { upload, body } = incomingBody();
    const readable = requestBodyReadable(body);
    upload.write("day,records\n");
    setTimeout(() => upload.destroy(new Error("aborted")), 10);
    await expect(pipeline(readable, new PassThrough().resume())).rejects.toThrow("aborted");
    expect(uncaught).toEqual([]);
  });
});
