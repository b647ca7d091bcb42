// An uploaded file's name as Casefile keeps it: what a browser or a script sent, made safe to
// show, to put in a Content-Disposition header and to write into an export zip. Pure.

/** Longest name kept, in characters (code points), extension included. */
export const MAX_FILE_NAME_LENGTH = 200;

// C0 and C1 controls, DEL, and the invisible characters that can make a name read as something it
// is not: bidirectional overrides and isolates ("invoice‮fdp.exe"), zero-width characters, the BOM.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;

/**
 * The cleaned name, or null when nothing usable is left (then the upload is refused). Directories
 * are dropped (only the last path segment stays, for either separator), unsafe characters removed,
 * runs of spaces collapsed, leading dots and surrounding spaces trimmed (no hidden or "..": names),
 * and a long name is cut to MAX_FILE_NAME_LENGTH keeping its extension.
 */
export function cleanFileName(raw: string): string | null {
  const lastSegment = raw.normalize("NFC").split(/[/\\]/).pop() ?? "";
  const cleaned = lastSegment
    // Tabs and line breaks separate words: a space keeps them apart before the other controls go.
    .replace(/[\t\n\v\f\r]/gu, " ")
    .replace(UNSAFE, "")
    .replace(/\s+/gu, " ")
    .trim()
    .replace(/^\.+/u, "")
    .trim();
  if (!cleaned) return null;
  return shorten(cleaned);
}

function shorten(name: string): string {
  const chars = [...name];
  if (chars.length <= MAX_FILE_NAME_LENGTH) return name;
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 ? [...name.slice(dot)] : [];
  // A very long "extension" is part of the name, not a type: cut the whole thing.
  if (extension.length === 0 || extension.length > 16) return chars.slice(0, MAX_FILE_NAME_LENGTH).join("").trimEnd();
  const stem = chars.slice(0, MAX_FILE_NAME_LENGTH - extension.length).join("").trimEnd();
  return stem + extension.join("");
}

/** The extension in lower case without its dot ("pdf"), or null. */
export function fileExtension(name: string): string | null {
  const dot = name.lastIndexOf(".");
  if (dot <= 0 || dot === name.length - 1) return null;
  return name.slice(dot + 1).toLowerCase();
}
