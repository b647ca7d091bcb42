// A ZIP written as it is read: each entry's bytes pass through fflate's streaming writer one chunk
// at a time, and the next chunk is read only when the response asks for more (the stream's `pull`), so a 100 MB evidence file is never held in memory. No ZIP64: callers keep
// the whole archive under 4 GiB (see MAX_EVIDENCE_BYTES_PER_ZIP).
import { Zip, ZipDeflate, ZipPassThrough } from "fflate";

export interface ZipEntry {
  name: string;
  /** Deflate text; store bytes that are already compressed (PDFs, images, archives) as they are. */
  compress: boolean;
  /** Opened only when the writer reaches the entry. */
  open: () => Promise<AsyncIterable<Uint8Array>> | Iterable<Uint8Array>;
}

async function* zipChunks(entries: Iterable<ZipEntry>): AsyncGenerator<Uint8Array> {
  let out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else out.push(chunk);
  });
  const drain = () => {
    if (failure) throw failure;
    const ready = out;
    out = [];
    return ready;
  };
  for (const entry of entries) {
    const file = entry.compress ? new ZipDeflate(entry.name, { level: 6 }) : new ZipPassThrough(entry.name);
    zip.add(file);
    for await (const chunk of await entry.open()) {
      file.push(chunk);
      yield* drain();
    }
    file.push(new Uint8Array(0), true);
    yield* drain();
  }
  zip.end();
  yield* drain();
}

export function zipStream(entries: Iterable<ZipEntry>): ReadableStream<Uint8Array> {
  const chunks = zipChunks(entries);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    // The client went away: closing the generator destroys the file stream it is reading.
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
