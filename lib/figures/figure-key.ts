// A key figure's stable machine key (e.g. "monthly_users"), made once from its label when the
// figure is created and never changed by later edits: code and exports name a figure by it, and
// a label may be reworded. Pure: unit-tested.

const MAX_KEY = 60;

/**
 * The key of the figure that states the case's total of records shared: the headline shows it
 * (over the series' sum) and the public list of figures leaves it out. A figure gets it when it is
 * created as the records total; a label never makes it.
 */
export const RECORDS_TOTAL_KEY = "records_shared_total";

/** Lowercase letters and digits of the label (any script), joined by "_"; "figure" when nothing is left. */
export function figureKey(label: string): string {
  const key = label
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "_")
    .replace(/^_+|_+$/g, "");
  // Cut at a whole code point and never leave a trailing "_".
  const cut = [...key].slice(0, MAX_KEY).join("").replace(/_+$/, "") || "figure";
  return cut === RECORDS_TOTAL_KEY ? `${cut}_label` : cut;
}
