/** What a key figure counts; the workspace and the public page word each unit in the reader's language. */
export const FIGURE_UNITS = ["people", "records", "merchants", "countries", "percent", "krw", "other"] as const;
