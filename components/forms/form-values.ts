// Converting stored values to what form controls hold (strings), for default values.
export const dayValue = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : "");
export const linesValue = (items: readonly string[] | null | undefined) => (items ?? []).join("\n");
export const countValue = (n: bigint | number | null | undefined) => (n === null || n === undefined ? "" : String(n));
export const textValue = (s: string | null | undefined) => s ?? "";
