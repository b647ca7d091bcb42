// A case's slug is its address (/workspace/cases/<slug>, /cases/<slug>): proposed from the title,
// editable, unique, and fixed once a version of the case has been published (links to it are out
// in the world). Pure: the form proposes as the title is typed and the server checks the same rule.
import { romanizeHangul } from "./romanize-hangul";

export { romanizeHangul };

/**
 * Whether a URL segment could be a case's slug (lower-case letters, digits and hyphens, as the
 * seed and scripts make them). Anything else (a NUL byte, "../", half a surrogate pair) is no
 * case at all, answered 404 without a query: PostgreSQL refuses NUL in text with an error.
 */
export const isCaseSlug = (value: string): boolean => /^[a-z0-9][a-z0-9-]{0,119}$/.test(value);

const SLUG_MIN = 3;
const SLUG_MAX = 80;
/** Longest slug proposed from a title, so the address stays readable; a person may type up to SLUG_MAX. */
const PROPOSED_MAX = 60;
/**
 * Addresses beside a case's own that a case must not shadow: /workspace/cases/new, and the fixed
 * routes beside /api/cases/<slug>/… (a case called "import" could not be exported).
 */
const RESERVED = new Set(["new", "import", "duplicates"]);
const FORMAT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What is wrong with a slug a person typed, as a message key (validation.slug.*), or null. */
export function checkSlug(slug: string): string | null {
  if (slug.length < SLUG_MIN || slug.length > SLUG_MAX) return "validation.slug.length";
  if (!FORMAT.test(slug)) return "validation.slug.format";
  if (RESERVED.has(slug)) return "validation.slug.reserved";
  return null;
}

/**
 * A slug for a title: Korean romanized, accents dropped, anything else between words becomes one
 * hyphen, cut at a word boundary. When nothing usable remains (a title in another script, or only
 * punctuation), `fallback` (the form passes "case-<day received>").
 */
export function proposeSlug(title: string, options: { fallback?: string } = {}): string {
  const latin = romanizeHangul(title.normalize("NFC")).normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  let slug = latin;
  if (slug.length > PROPOSED_MAX) {
    const cut = slug.slice(0, PROPOSED_MAX + 1);
    slug = cut.includes("-") ? cut.slice(0, cut.lastIndexOf("-")) : cut.slice(0, PROPOSED_MAX);
  }
  if (slug.length < SLUG_MIN) return options.fallback ?? "case";
  return RESERVED.has(slug) ? `${slug}-case` : slug;
}
