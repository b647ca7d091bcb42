// A request body as a Node stream, for code that pipes it (the CSV importer), and that may stop
// reading early: a refused file, a cancelled import.
//
// Why not `Readable.fromWeb`: stopping early destroys the stream, which cancels the body at once,
// even while a read is still waiting for the client's next bytes. Next hands a route the body as
// undici's stream over the incoming request; when that waiting read then finds the end of the
// upload, undici closes the stream from a queued microtask, the stream is already closed by the
// cancel, and the TypeError ("Invalid state: ReadableStream is already closed") is thrown where
// nobody can catch it: an uncaught exception in the server, on every early stop.
// Here the body is cancelled only once no read is in flight.
import { Readable } from "node:stream";

export function requestBodyReadable(body: ReadableStream<Uint8Array>): Readable {
  const reader = body.getReader();
  let inFlight: Promise<unknown> | null = null;
  const cancel = (reason: unknown) => {
    reader.cancel(reason).catch(() => undefined);
  };
  return new Readable({
    read() {
      const read = reader.read().then(
        ({ done, value }) => {
          inFlight = null;
          if (!this.destroyed) this.push(done ? null : value);
        },
        (error: unknown) => {
          inFlight = null;
          this.destroy(error instanceof Error ? error : new Error(String(error)));
        },
      );
      inFlight = read;
    },
    destroy(error, callback) {
      // The stream's users learn of the end now; the body is let go when its read settles (the
      // next chunk, the end of the upload, or the client going away).
      if (inFlight) void inFlight.then(() => cancel(error));
      else cancel(error);
      callback(error);
    },
  });
}
