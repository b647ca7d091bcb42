// The locales Casefile speaks. Kept free of next-intl imports so pure modules can use it.
export const locales = ["en", "ko"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** All dates and times are shown in Korean time: that is where the cases happen. */
export const DISPLAY_TIME_ZONE = "Asia/Seoul";
