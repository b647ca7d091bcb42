// The notation for an identifier's format, which the reversibility check counts:
//
//   X digit (10)    L letter, either case (52)    H hex digit (16)    * letter or digit (62)
//   ? free text of any length, which cannot be counted (an e-mail address: ?@?)
//   X{8} eight digits, X{10,14} ten to fourteen digits (right after X, L, H or *)
//   \ makes the next character literal; every other character is literal.
//
// A format the check cannot count is refused by the form and judged "undetermined" by the check,
// never answered with a confident number: "15 digits" has no placeholder, so it describes exactly
// one value, which any hash rate enumerates "in under a second". Pure: the form reads it live.

const CLASS_SIZES = { X: 10n, L: 52n, H: 16n, "*": 62n } as const;
type CountedClass = keyof typeof CLASS_SIZES;
export type FormatClass = CountedClass | "?";

/** Fewer possible values than this is a typing mistake, not an identifier (for a small set of values, give their number instead). */
export const MIN_IDENTIFIER_SPACE = 1_000n;
/** The longest identifier a format may describe, repetitions expanded. */
export const MAX_FORMAT_LENGTH = 200;

export type FormatProblem = "not_ascii" | "bad_repeat" | "too_long" | "no_class" | "too_small";

export interface FormatReading {
  /** The placeholders used, in order of first appearance. */
  classes: FormatClass[];
  /** How many values the format allows; null when they cannot be counted (free text, or an unreadable format). */
  size: bigint | null;
  /** The longest identifier the format describes. */
  maxLength: number;
  problem: FormatProblem | null;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const REPEAT = /^\{(\d{1,3})(?:,(\d{1,3}))?\}/;

const isCounted = (ch: string): ch is CountedClass => Object.hasOwn(CLASS_SIZES, ch);

/** base^low + … + base^high: a run of low to high placeholders. */
function runSize(base: bigint, low: number, high: number): bigint {
  let total = 0n;
  for (let k = low; k <= high; k++) total += base ** BigInt(k);
  return total;
}

export function readFormat(format: string): FormatReading {
  const unreadable = (problem: FormatProblem): FormatReading => ({ classes: [], size: null, maxLength: 0, problem });
  if (!PRINTABLE_ASCII.test(format)) return unreadable("not_ascii");
  const classes = new Set<FormatClass>();
  let size = 1n;
  let freeText = false;
  let length = 0;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i] as string;
    if (ch === "\\") {
      // The next character is literal (a trailing backslash is itself literal).
      i++;
      length++;
    } else if (ch === "{") {
      // Braces repeat the placeholder right before them; anywhere else they are a mistake.
      return unreadable("bad_repeat");
    } else if (ch === "?") {
      if (format[i + 1] === "{") return unreadable("bad_repeat");
      classes.add("?");
      freeText = true;
      length++;
    } else if (isCounted(ch)) {
      let low = 1;
      let high = 1;
      if (format[i + 1] === "{") {
        const repeat = REPEAT.exec(format.slice(i + 1));
        if (!repeat) return unreadable("bad_repeat");
        low = Number(repeat[1]);
        high = repeat[2] === undefined ? low : Number(repeat[2]);
        if (low < 1 || high < low) return unreadable("bad_repeat");
        i += repeat[0].length;
      }
      length += high;
      // Checked before multiplying, so *{999} never builds a thousand-digit number.
      if (length > MAX_FORMAT_LENGTH) return unreadable("too_long");
      classes.add(ch);
      size *= runSize(CLASS_SIZES[ch], low, high);
    } else {
      length++;
    }
  }
  if (length > MAX_FORMAT_LENGTH) return unreadable("too_long");
  const used = [...classes];
  const counted = freeText ? null : size;
  const problem = used.length === 0 ? "no_class" : counted !== null && counted < MIN_IDENTIFIER_SPACE ? "too_small" : null;
  return { classes: used, size: counted, maxLength: length, problem };
}
