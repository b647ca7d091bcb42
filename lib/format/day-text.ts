// Reading a typed calendar day. Day fields are plain text (YYYY-MM-DD), so they look and work the
// same in every browser and language; people also write 2024.5.31, 2024. 5. 31., 2024/05/31,
// 2024년 5월 31일 or 20240531, and those mean the same day. Pure: used on blur by the field.

const SEPARATED = /^(\d{4})\s*(?:[-./]|년)\s*(\d{1,2})\s*(?:[-./]|월)\s*(\d{1,2})\s*(?:\.|일)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * The day as YYYY-MM-DD when the text is a day written in a familiar way; otherwise the text
 * itself (trimmed), so the form's own rules can say what is wrong with it. Whether the day
 * exists is also left to those rules.
 */
export function normalizeDayText(text: string): string {
  const trimmed = text.trim();
  const match = SEPARATED.exec(trimmed) ?? COMPACT.exec(trimmed);
  if (!match) return trimmed;
  const [, year, month, day] = match as unknown as [string, string, string, string];
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

/** Whether the text is a day that exists, written YYYY-MM-DD. */
export function isIsoDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
