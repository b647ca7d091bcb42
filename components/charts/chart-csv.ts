import { toCsv } from "@/lib/export/csv";

/**
 * The CSV a chart offers for download: exactly the rows and columns of its table view, through the
 * same formula guard as every other CSV. The byte-order mark makes Excel read it as UTF-8 (Korean).
 */
export function chartCsv<T extends object>(columns: readonly { key: keyof T & string }[], rows: readonly T[]): string {
  return `\uFEFF${toCsv(
    columns.map((c) => c.key),
    rows,
  )}`;
}
