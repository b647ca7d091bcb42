import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

// The Open Graph card's fonts. next/og's own font (Geist) has no Hangul, and for a glyph its fonts
// lack it asks Google Fonts at render time: a Korean card came out as boxes offline, and online
// the server would call Google. These are Noto Sans KR (SIL Open Font License 1.1,
// public/fonts/LICENSE-OFL.txt) cut down by scripts/subset-og-font.ts to Latin, common punctuation
// and the 2,350 Hangul syllables of KS X 1001 (every syllable in everyday use), ~240 KB a weight.
const OG_FONT_FILES = [
  { file: "noto-sans-kr-og-400.woff", weight: 400 },
  { file: "noto-sans-kr-og-700.woff", weight: 700 },
] as const;

interface OgFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: "normal";
}

let loading: Promise<OgFont[]> | undefined;

/** The card's fonts, read from public/fonts once per server process. */
export function loadOgFonts(): Promise<OgFont[]> {
  loading ??= Promise.all(
    OG_FONT_FILES.map(async ({ file, weight }) => ({ name: "Noto Sans KR", data: await readFile(path.join(process.cwd(), "public/fonts", file)), weight, style: "normal" as const })),
  ).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
