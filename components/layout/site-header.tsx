import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { WorkspaceNav as NavRow } from "@/components/workspace/workspace-nav";
import { LocaleSwitcher } from "./locale-switcher";

export function SiteHeader() {
  const t = useTranslations("nav");
  const locale = useLocale();
  const linkClass =
    "rounded-md px-2 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700";
  return (
    <header className="border-b border-slate-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow">
        {t("skipToContent")}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight text-slate-900">
          <span aria-hidden="true" className="inline-block h-5 w-4 rounded-sm border-2 border-slate-800 bg-amber-300" />
          Casefile
        </Link>
        {/* On a phone: the name and the language on the first line, the places on one sideways row below. */}
        <span className="sm:order-last">
          <LocaleSwitcher />
        </span>
        <div className="w-full sm:flex sm:w-auto sm:flex-1 sm:justify-end">
          <NavRow label={t("label")} fadeFrom="from-white" testId="site-nav-more">
            <Link href="/" className={linkClass}>
              {t("cases")}
            </Link>
            <Link href="/sanctions" className={linkClass}>
              {t("sanctions")}
            </Link>
            <Link href="/statistics" className={linkClass}>
              {t("statistics")}
            </Link>
            <Link href="/about" className={linkClass}>
              {t("about")}
            </Link>
            {/* A full page load, not a client-side one: the workspace's stricter Content-Security-Policy
                (a nonce, no inline scripts) applies only to documents loaded with it. */}
            <a href={`/${locale}/workspace`} className={linkClass}>
              {t("workspace")}
            </a>
          </NavRow>
        </div>
      </div>
    </header>
  );
}
