"use client";

import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { useAppLocale } from "@/lib/i18n/use-app-locale";

/** Links to the same page in the other language, so a shared link keeps its language. */
export function LocaleSwitcher() {
  const t = useTranslations("locale");
  const pathname = usePathname();
  const other = useAppLocale() === "en" ? "ko" : "en";
  return (
    <Link
      href={pathname}
      locale={other}
      hrefLang={other}
      className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
    >
      {/* The visible word starts the accessible name, so voice control users can say what they see. */}
      <span lang={other}>{t("switchTo")}</span>
      <span className="sr-only">: {t("switchToLabel")}</span>
    </Link>
  );
}
