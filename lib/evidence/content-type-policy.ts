// Which type an uploaded file is, decided from its content, and whether that agrees with what
// the uploader claimed (its name's extension, the browser's declared type). A PDF is a PDF only
// if its bytes say so: a script renamed report.pdf is refused, and so is a PDF renamed notes.txt.
// Pure: the detection itself (file-type, on the first bytes) happens before, in detect-type.ts.

export interface DetectedType {
  ext: string;
  mime: string;
}

type TypeDecision =
  | { ok: true; mediaType: string }
  | { ok: false; reason: "type_mismatch"; claimed: string; found: string };

/** Extensions whose files carry a signature file-type recognises, and the detections that fit each. */
const SIGNED: Readonly<Record<string, readonly string[]>> = {
  pdf: ["pdf"],
  png: ["png"],
  jpg: ["jpg"],
  jpeg: ["jpg"],
  gif: ["gif"],
  webp: ["webp"],
  bmp: ["bmp"],
  tif: ["tif"],
  tiff: ["tif"],
  heic: ["heic"],
  heif: ["heic"],
  // Office Open XML and OpenDocument files are zip archives; file-type usually names them, not always.
  docx: ["docx", "zip"],
  xlsx: ["xlsx", "zip"],
  pptx: ["pptx", "zip"],
  odt: ["odt", "zip"],
  ods: ["ods", "zip"],
  // Legacy Office files and Outlook messages are compound files.
  doc: ["cfb"],
  xls: ["cfb"],
  ppt: ["cfb"],
  msg: ["cfb"],
  hwp: ["cfb"],
  rtf: ["rtf"],
  // Archives are stored as they are and never opened by the server.
  zip: ["zip"],
  gz: ["gz"],
  tgz: ["gz"],
  "7z": ["7z"],
  rar: ["rar"],
  tar: ["tar"],
  mp4: ["mp4"],
  mp3: ["mp3"],
  wav: ["wav"],
};

/** Extensions of text files (no signature), their media type, and the detections that still fit (an XML prolog). */
const TEXT: Readonly<Record<string, { mime: string; detections: readonly string[] }>> = {
  txt: { mime: "text/plain", detections: [] },
  log: { mime: "text/plain", detections: [] },
  md: { mime: "text/markdown", detections: [] },
  csv: { mime: "text/csv", detections: [] },
  tsv: { mime: "text/tab-separated-values", detections: [] },
  json: { mime: "application/json", detections: [] },
  eml: { mime: "message/rfc822", detections: [] },
  xml: { mime: "application/xml", detections: ["xml"] },
  html: { mime: "text/html", detections: ["xml"] },
  htm: { mime: "text/html", detections: ["xml"] },
  svg: { mime: "image/svg+xml", detections: ["xml"] },
};

/** Declared types that are specific enough to hold the content to; browsers guess the rest loosely (a CSV often arrives as application/vnd.ms-excel). */
const STRICT_DECLARED = /^(application\/pdf|image\/(png|jpeg|gif|webp|bmp|tiff))$/;

const MIME_EXT: Readonly<Record<string, string>> = {
  "application/pdf": "pdf",
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/webp": "webp",
  "image/bmp": "bmp",
  "image/tiff": "tif",
};

/** True when the first bytes read as text: no NUL byte, and UTF-8 (a sequence cut at the end of the sample is fine) or a UTF-16 byte-order mark. */
export function looksLikeText(head: Uint8Array): boolean {
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return true;
  if (head.includes(0)) return false;
  // Cut off at most 3 bytes of a sequence the sample split, then insist on valid UTF-8.
  let end = head.length;
  for (let back = 1; back <= 3 && back <= head.length; back++) {
    const byte = head[head.length - back]!;
    if ((byte & 0xc0) === 0xc0) {
      end = head.length - back;
      break;
    }
    if ((byte & 0x80) === 0) break;
  }
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

export function decideType(input: { extension: string | null; declaredType: string | null; detected: DetectedType | undefined; head: Uint8Array }): TypeDecision {
  const { extension, detected, head } = input;
  const found = detected?.ext ?? (looksLikeText(head) ? "text" : "binary");
  const mismatch = (claimed: string): TypeDecision => ({ ok: false, reason: "type_mismatch", claimed, found });

  let mediaType: string;
  if (extension && SIGNED[extension]) {
    if (!detected || !SIGNED[extension].includes(detected.ext)) return mismatch(extension);
    mediaType = detected.mime;
  } else if (extension && TEXT[extension]) {
    const text = TEXT[extension];
    if (detected ? !text.detections.includes(detected.ext) : !looksLikeText(head)) return mismatch(extension);
    mediaType = text.mime;
  } else {
    mediaType = detected?.mime ?? (looksLikeText(head) ? "text/plain" : "application/octet-stream");
  }

  const declared = input.declaredType?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (STRICT_DECLARED.test(declared)) {
    const claimed = MIME_EXT[declared]!;
    if (!detected || !(SIGNED[claimed] ?? []).includes(detected.ext)) return mismatch(declared);
  }
  return { ok: true, mediaType };
}
