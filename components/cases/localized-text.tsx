// Every text kept in English and Korean reaches a page through this: the page's language when it
// has the text, else the other language, in an element that says which (lang) with a small visible
// mark ("영어" on a Korean page), so English is never passed off as Korean. The rule itself is
// lib/i18n/localized.ts; places that cannot show a mark (titles, image cards) use localized().
import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { localizedText } from "@/lib/i18n/localized";
import { useAppLocale } from "@/lib/i18n/use-app-locale";

type Tag = "span" | "p" | "div" | "blockquote" | "h1" | "h2" | "h3" | "th" | "dd";

export interface LocalizedTextProps {
  en: string | null | undefined;
  /** Omitted for a field that has no Korean counterpart yet: it shows in English, marked. */
  ko?: string | null;
  as?: Tag;
  className?: string;
  /** Defaults to the page's locale. */
  locale?: Locale;
}

export function LocalizedText({ en, ko, as: Element = "span", className, locale }: LocalizedTextProps) {
  const pageLocale = useAppLocale();
  const t = useTranslations("languageMark");
  const choice = localizedText(locale ?? pageLocale, en, ko);
  if (!choice) return null;
  if (!choice.fallback) return <Element className={className}>{choice.text}</Element>;
  return (
    <Element className={className} data-shown-in={choice.lang}>
      <LanguageMark lang={choice.lang} label={t(choice.lang)} title={t(`${choice.lang}Title`)} />
      <span lang={choice.lang}>{choice.text}</span>
    </Element>
  );
}

/** The small mark before a text shown in the other language; its words are the page's. */
function LanguageMark({ lang, label, title }: { lang: Locale; label: string; title: string }) {
  return (
    <span
      className="mr-1 inline-block rounded border border-slate-300 bg-white px-1 align-[0.1em] text-[0.7rem] leading-4 font-medium tracking-normal text-slate-600 not-italic"
      title={title}
      data-language-mark={lang}
    >
      {label}
    </span>
  );
}
