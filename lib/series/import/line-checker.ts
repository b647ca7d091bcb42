// What the importer does with each line of the CSV, once the parser has split it into cells:
// skip it (a blank line, the header), stop (a file-level problem), note a problem with the line,
// or stage it as one line of COPY text. Pure, so the unit tests reach every branch.
import { readHeader, validateRow, type ImportProvenance, type Layout } from "./validate-row";

/**
 * A line of COPY text for the staging table (`line, case_ref, day, records, provenance`); null
 * for a line with nothing to stage; or why the line (`error`) or the whole file (`fatal`) fails.
 * Rows, by far the most common, cost no allocation beyond their text.
 */
type LineVerdict = string | null | { error: string } | { fatal: string };

export interface LineChecker {
  check(cells: string[], line: number): LineVerdict;
  /** Whether the header has been read. */
  hasHeader(): boolean;
}

export function createLineChecker(options: { singleCase: boolean; defaultProvenance: ImportProvenance; today: string }): LineChecker {
  let layout: Layout | null = null;
  return {
    hasHeader: () => layout !== null,
    check(cells, line) {
      if (cells.length === 1 && cells[0]!.trim() === "") return null;
      // A value running over several lines would make every later line number wrong.
      if (cells.some((cell) => cell.includes("\n") || cell.includes("\r"))) return { fatal: "A value runs over several lines. Each line must be one day." };
      if (!layout) {
        layout = readHeader(cells);
        if (!layout) return { fatal: `The first line must be the header "day,records" (optionally with ",provenance", and "case," first for several cases); found "${cells.join(",").slice(0, 80)}".` };
        if (layout.hasCase && options.singleCase) return { fatal: "This file has a case column; import it from the command line without --case, or remove the column." };
        if (!layout.hasCase && !options.singleCase) return { fatal: "This file has no case column; name the case (--case <slug>)." };
        return null;
      }
      const row = validateRow(cells, layout, options.defaultProvenance, options.today);
      if (typeof row === "string") return { error: row };
      return `${line}\t${row.caseRef === null ? "\\N" : copyText(row.caseRef)}\t${row.day}\t${row.records}\t${row.provenance}\n`;
    },
  };
}

/** Text-format COPY escaping for a value that may contain backslashes, tabs or line breaks. */
export const copyText = (value: string) => value.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
