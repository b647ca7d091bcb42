// @mentions in a comment's plain text: "@" and the part of a user's email before the "@", not
// inside a word or an email address ("write to kim@fss.or.kr" mentions nobody). Pure.

const MENTION = /(^|[^A-Za-z0-9._%+\-@])@([A-Za-z0-9](?:[A-Za-z0-9._+\-]*[A-Za-z0-9_+\-])?)/g;

/** The handles mentioned, lower-cased, each once, in order of first mention. */
export function mentionHandles(body: string): string[] {
  const handles = new Set<string>();
  for (const match of body.matchAll(MENTION)) handles.add(match[2]!.toLowerCase());
  return [...handles];
}

/** A user's handle: their email's local part, lower-cased. */
export const handleOf = (email: string) => email.slice(0, email.lastIndexOf("@") === -1 ? undefined : email.lastIndexOf("@")).toLowerCase();
