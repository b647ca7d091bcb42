// The locales Casefile speaks. Kept free of next-intl imports so pure modules can use it.
import type en from "./messages/en.json";

/** A top-level key of the messages files: what useTranslations("…") names and <ClientMessages> hands on. */
export type MessageNamespace = keyof typeof en;

export const locales = ["en", "ko"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** All dates and times are shown in Korean time: that is where the cases happen. */
export const DISPLAY_TIME_ZONE = "Asia/Seoul";
