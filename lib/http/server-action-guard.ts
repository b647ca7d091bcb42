import { readBodyAtMost } from "./read-body";
import { isCrossOrigin } from "./same-origin";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "./request-limits";

/**
 * A server-action POST that this app's own pages could never send, refused with a 4xx before
 * Next.js decodes it. Next answers 500 to a request from another origin (its CSRF check), to an
 * oversize body (despite its own 413 error), to a body that is not a well-formed React reply,
 * and to references it cannot resolve ("$Q5", "$h5", …). Our pages call every action with one
 * plain object, which React encodes as text/plain JSON: strings, numbers, booleans, null, and a
 * few escaped values ("$$…", "$undefined", "$D<date>", "$n<bigint>"). Anything else is not ours.
 *
 * This is not a security boundary (it runs in the proxy, which a forged request might skip):
 * every action still checks the session and its input itself. It turns framework 500s into
 * clear refusals.
 */
export async function refuseMalformedServerAction(request: Request): Promise<Response | null> {
  if (request.method !== "POST" || !request.headers.has("next-action")) return null;
  if (isCrossOrigin(request.headers)) return refusal(403, "Server actions are accepted only from this site's own pages: the request's Origin is not this site.");
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("text/plain")) return refusal(415, "Server actions take text/plain bodies.");
  const bytes = await readBodyAtMost(request.clone(), SERVER_ACTION_BODY_LIMIT_BYTES);
  if (bytes === "too large") return tooLarge();
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return refusal(400, "The body is not UTF-8.");
  }
  let args: unknown;
  try {
    args = JSON.parse(text);
  } catch {
    return refusal(400, "The body is not JSON.");
  }
  if (!Array.isArray(args) || !isPlainReply(args)) return refusal(400, "The arguments are not plain values.");
  return null;
}

/** How deep a form's values may nest (the deepest, a publication's selection, needs 4). */
const MAX_ACTION_ARGUMENT_DEPTH = 32;

// React's escapes for plain values, and "$0:<path>", its back-reference to an object or array
// that appears twice in the same arguments (resolved within this body); every other "$…" string
// names a reference into a multipart reply (chunks, maps, sets, blobs, server references, streams…).
const PLAIN_ESCAPE = /^\$(?:\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|n-?\d{1,400}$|0(?::|$))/;

function isPlainReply(root: unknown[]): boolean {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value === "string") {
      if (value.startsWith("$") && !PLAIN_ESCAPE.test(value)) return false;
    } else if (value !== null && typeof value === "object") {
      if (depth >= MAX_ACTION_ARGUMENT_DEPTH) return false;
      for (const child of Object.values(value)) stack.push([child, depth + 1]);
    }
  }
  return true;
}

const tooLarge = () => refusal(413, `Server-action bodies are limited to ${SERVER_ACTION_BODY_LIMIT_BYTES / 1024 / 1024} MB.`);

const ERROR_CODES: Record<number, string> = { 403: "cross_origin", 413: "too_large" };

function refusal(status: number, message: string): Response {
  return Response.json({ error: ERROR_CODES[status] ?? "invalid", message }, { status });
}
