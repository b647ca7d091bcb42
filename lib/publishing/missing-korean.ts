// Which items a version would publish with no Korean text, so the regulator sees them before
// proposing it (the Publish tab's composer). It applies the snapshot's own wording rule
// (public-text.ts), so the list names exactly what the Korean page would show marked English.
// Pure: no I/O.
import { publicText } from "./public-text";
import type { PublicationSelection } from "./snapshot";

export type KoreanItemKind = "case" | "recipient" | "finding" | "category" | "event" | "statement" | "figure" | "source";

export interface KoreanField {
  /** The field's name, as the composer labels it (`publishing.koreanFields.<field>`). */
  field: string;
  en: string | null;
  ko: string | null;
  /** The public wording keys that can replace this field (selection.wording). */
  wording?: { en: string; ko: string };
}

export interface KoreanCandidate {
  kind: KoreanItemKind;
  id: string;
  /** How the composer names the item (its title), in English and, where it has one, Korean. */
  label: string;
  labelKo?: string | null;
  /** Where the item is edited. */
  href: string;
  fields: KoreanField[];
}

export type KoreanCandidates = KoreanCandidate[];

export interface KoreanGap {
  kind: KoreanItemKind;
  id: string;
  label: string;
  labelKo?: string | null;
  href: string;
  /** The fields the Korean page would show in English. */
  fields: string[];
}

const present = (text: string | null | undefined) => typeof text === "string" && text.trim() !== "";

/** Whether the selection puts an item into the version at all. */
function published(item: KoreanCandidate, selection: PublicationSelection): boolean {
  switch (item.kind) {
    case "case":
    case "recipient":
      return true;
    case "finding":
      return selection.findingIds.includes(item.id);
    case "category":
      return selection.dataCategoryIds.includes(item.id);
    case "event":
      return selection.timelineEventIds.includes(item.id);
    case "statement":
      return selection.statements;
    case "figure":
      return selection.figures;
    case "source":
      return selection.sources;
  }
}

/** The items, in the order given, that the selection would publish with some text in English only. */
export function missingKorean(candidates: KoreanCandidates, selection: PublicationSelection): KoreanGap[] {
  return candidates.flatMap((item) => {
    if (!published(item, selection)) return [];
    const fields = item.fields
      .filter((f) => {
        const text = f.wording ? publicText(selection.wording, f.wording, { en: f.en, ko: f.ko }) : f;
        return present(text.en) && !present(text.ko);
      })
      .map((f) => f.field);
    return fields.length > 0 ? [{ kind: item.kind, id: item.id, label: item.label, ...(item.labelKo ? { labelKo: item.labelKo } : {}), href: item.href, fields }] : [];
  });
}
