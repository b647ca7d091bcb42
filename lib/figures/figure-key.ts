// A key figure's stable machine key (e.g. "monthly_users"), made once from its label when the
// figure is created and never changed by later edits: code and exports name a figure by it, and
// a label may be reworded. Pure: unit-tested.

const MAX_KEY = 60;

/** Lowercase letters and digits of the label (any script), joined by "_"; "figure" when nothing is left. */
export function figureKey(label: string): string {
  const key = label
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "_")
    .replace(/^_+|_+$/g, "");
  // Cut at a whole code point and never leave a trailing "_".
  return [...key].slice(0, MAX_KEY).join("").replace(/_+$/, "") || "figure";
}
