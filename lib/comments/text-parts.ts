// A comment is plain text. On display, http(s) addresses become links; everything else stays text
// (React text nodes: no HTML is ever rendered). Pure, shared by the server and the browser.

export type TextPart = { text: string } | { href: string; text: string };

const URL_LIKE = /https?:\/\/[^\s<>"'`]+/gi;
// A sentence's closing punctuation after a link belongs to the sentence.
const TRAILING = /[.,;:!?)\]}'"]+$/;

/** The text in order, with each http or https address as a link part. */
export function textParts(body: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of body.matchAll(URL_LIKE)) {
    const raw = match[0].replace(TRAILING, "");
    const start = match.index;
    const href = safeHref(raw);
    if (!href) continue;
    if (start > last) parts.push({ text: body.slice(last, start) });
    parts.push({ href, text: raw });
    last = start + raw.length;
  }
  if (last < body.length) parts.push({ text: body.slice(last) });
  return parts;
}

/** The address as a link target if it is a well-formed http(s) URL; otherwise null (it stays text). */
function safeHref(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}
