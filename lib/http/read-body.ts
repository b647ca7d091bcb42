/**
 * A request's body, read only up to `limit` bytes: a larger body (whatever its Content-Length
 * claims, or without one) stops the read and answers "too large".
 */
export async function readBodyAtMost(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | "too large"> {
  if (Number(request.headers.get("content-length") ?? 0) > limit) return "too large";
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Not awaited: cancelling one branch of a tee()d (cloned) body settles only when the other is cancelled too.
      reader.cancel().catch(() => undefined);
      return "too large";
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
