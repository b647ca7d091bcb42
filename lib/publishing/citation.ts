// "Cite this" for one published version of a case: plain text, BibTeX and CSL-JSON. Pure: no
// I/O; the caller passes the site's address and today's day in Seoul, so tests fix both.
import { formatDate, formatInstantDay } from "@/lib/format/date";
import { todayInSeoul } from "@/lib/validation/fields";
import type { Locale } from "@/lib/i18n/locales";

export interface CitationInput {
  slug: string;
  /** The title in the reader's language. */
  title: string;
  /** The authority in the reader's language; null when the version names none ("Casefile" cites it). */
  authority: string | null;
  version: number;
  publishedAt: Date;
  /** The version's own absolute address (versionUrl). */
  url: string;
  /** The access day, YYYY-MM-DD in Seoul (todayInSeoul). */
  accessed: string;
  locale: Locale;
}

/** The address of one version: absolute, with its language, so a citation names exactly what was read. */
export function versionUrl(options: { site: URL; locale: Locale; slug: string; version: number }): string {
  return new URL(`/${options.locale}/cases/${options.slug}/versions/${options.version}`, options.site).href;
}

const author = (input: CitationInput) => input.authority ?? "Casefile";
/** The publication's day in Seoul, where the record is kept (the same day the version list shows). */
const publishedDay = (input: CitationInput) => todayInSeoul(input.publishedAt);
const dayParts = (day: string) => day.split("-").map(Number);
const asDate = (day: string) => new Date(`${day}T00:00:00Z`);
const citationId = (input: CitationInput) => `casefile-${input.slug}-v${input.version}`;

export function citePlain(input: CitationInput): string {
  const published = formatInstantDay(input.publishedAt, input.locale);
  const accessed = formatDate(asDate(input.accessed), "day", input.locale);
  return input.locale === "ko"
    ? `${author(input)}, 「${input.title}」, 공개 요약 버전 ${input.version}, ${published} 공개. Casefile. ${input.url} (${accessed} 접속).`
    : `${author(input)}, “${input.title}”, public summary version ${input.version}, published ${published}. Casefile. ${input.url} (accessed ${accessed}).`;
}

const BIBTEX_SPECIALS: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "%": "\\%",
  "&": "\\&",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "^": "\\textasciicircum{}",
  "~": "\\textasciitilde{}",
};

/** Text safe inside a BibTeX field: every special character written as the literal it stands for. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (c) => BIBTEX_SPECIALS[c] ?? c);
}

export function citeBibtex(input: CitationInput): string {
  // Double braces keep a corporate author and the title's capitals as written. The url field is
  // verbatim in biblatex, so it is not escaped: versionUrl yields only URL-safe characters.
  const fields: [string, string][] = [
    ["title", `{${escapeBibtex(input.title)}}`],
    ["author", `{${escapeBibtex(author(input))}}`],
    ["year", publishedDay(input).slice(0, 4)],
    ["howpublished", "Casefile"],
    ["url", input.url],
    ["version", String(input.version)],
    ["note", input.locale === "ko" ? `공개 요약 버전 ${input.version}, ${publishedDay(input)} 공개` : `Public summary version ${input.version}, published ${publishedDay(input)}`],
    ["urldate", input.accessed],
  ];
  return [`@misc{${citationId(input)},`, fields.map(([k, v]) => `  ${k} = {${v}}`).join(",\n"), "}"].join("\n");
}

/** CSL-JSON (an array of one item), which Zotero, Mendeley and pandoc read. */
export function citeCslJson(input: CitationInput): string {
  const item = {
    id: citationId(input),
    type: "webpage",
    title: input.title,
    "container-title": "Casefile",
    author: [{ literal: author(input) }],
    URL: input.url,
    version: String(input.version),
    language: input.locale,
    issued: { "date-parts": [dayParts(publishedDay(input))] },
    accessed: { "date-parts": [dayParts(input.accessed)] },
  };
  return JSON.stringify([item], null, 2);
}
