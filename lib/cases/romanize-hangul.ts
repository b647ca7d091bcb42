// Hangul to latin letters, following the Revised Romanization of Korean syllable by syllable
// (with the two sound rules that matter most in names: a final consonant carries over to a
// following silent ㅇ, and ㄹㄹ is "ll"). Good enough for a readable address, not a dictionary.
// Anything that is not a Hangul syllable passes through unchanged.
const INITIALS = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];
const VOWELS = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"];
/** A final consonant at the end of a syllable (before another consonant or a pause). */
const FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"];
/** The same final before a silent ㅇ: the consonant opens the next syllable (금융 → geumyung, 독원 → dogwon). */
const FINALS_BEFORE_VOWEL = ["", "g", "kk", "ks", "n", "nj", "nh", "d", "r", "lg", "lm", "lb", "ls", "lt", "lp", "lh", "m", "b", "bs", "s", "ss", "ng", "j", "ch", "k", "t", "p", "h"];

const FIRST = 0xac00;
const LAST = 0xd7a3;
const SILENT_INITIAL = 11;
const FINAL_RIEUL = 8;
const INITIAL_RIEUL = 5;

function decompose(ch: string): [number, number, number] | null {
  const code = ch.codePointAt(0) ?? 0;
  if (code < FIRST || code > LAST) return null;
  const index = code - FIRST;
  return [Math.floor(index / 588), Math.floor((index % 588) / 28), index % 28];
}

export function romanizeHangul(text: string): string {
  const chars = [...text];
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const syllable = decompose(chars[i]!);
    if (!syllable) {
      out += chars[i];
      continue;
    }
    const [initial, vowel, final] = syllable;
    const next = i + 1 < chars.length ? decompose(chars[i + 1]!) : null;
    const previous = i > 0 ? decompose(chars[i - 1]!) : null;
    // ㄹ after a final ㄹ is "l" (알리 → alli); a silent ㅇ after a final was already written by the final.
    const initialText = previous?.[2] === FINAL_RIEUL && initial === INITIAL_RIEUL ? "l" : INITIALS[initial]!;
    let finalText = FINALS[final]!;
    if (final !== 0 && next?.[0] === SILENT_INITIAL) finalText = FINALS_BEFORE_VOWEL[final]!;
    out += initialText + VOWELS[vowel]! + finalText;
  }
  return out;
}
