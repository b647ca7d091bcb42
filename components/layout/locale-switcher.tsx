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
      lang={other}
      aria-label={t("switchToLabel")}
      className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
    >
      {t("switchTo")}
    </Link>
  );
}
