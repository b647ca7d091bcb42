// Builds public/fonts/noto-sans-kr-og-{400,700}.woff, the Open Graph card's fonts
// (lib/publishing/og-fonts.ts), from Noto Sans KR:
//
//   npm pack @expo-google-fonts/noto-sans-kr@0.4.3 && tar xzf expo-google-fonts-noto-sans-kr-0.4.3.tgz
//   npx tsx scripts/subset-og-font.ts package/400Regular/NotoSansKR_400Regular.ttf 400
//   npx tsx scripts/subset-og-font.ts package/700Bold/NotoSansKR_700Bold.ttf 700
//
// Kept: printable ASCII and Latin-1, general punctuation, Hangul compatibility jamo, a few CJK
// marks, and the 2,350 syllables of KS X 1001 (the EUC-KR set: every syllable in everyday use).
// All 11,172 syllables would be about 900 KB a weight instead of 240 KB.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import subsetFont from "subset-font";

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join("");

/** The Hangul syllables of KS X 1001: EUC-KR rows 0xB0–0xC8, columns 0xA1–0xFE. */
function ksx1001Syllables(): string {
  const decoder = new TextDecoder("euc-kr", { fatal: true });
  let out = "";
  for (let row = 0xb0; row <= 0xc8; row++) for (let col = 0xa1; col <= 0xfe; col++) out += decoder.decode(new Uint8Array([row, col]));
  return out;
}

const OG_FONT_TEXT = [range(0x20, 0x7e), range(0xa0, 0xff), range(0x2010, 0x2027), range(0x3131, 0x318e), "€₩‰′″※「」『』〈〉《》【】〔〕、。～", ksx1001Syllables()].join("");

async function main() {
  const [source, weight] = process.argv.slice(2);
  if (!source || (weight !== "400" && weight !== "700")) {
    console.error("Usage: tsx scripts/subset-og-font.ts <NotoSansKR-*.ttf> <400|700>");
    process.exit(2);
  }
  const font = await subsetFont(readFileSync(source), OG_FONT_TEXT, { targetFormat: "woff" });
  const out = path.join(import.meta.dirname, "../public/fonts", `noto-sans-kr-og-${weight}.woff`);
  writeFileSync(out, font);
  console.log(`${out}: ${font.length} bytes`);
}

await main();
