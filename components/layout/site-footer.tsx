import { useTranslations } from "next-intl";

export function SiteFooter() {
  const t = useTranslations("footer");
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-6 text-sm text-slate-600">
        <p>{t("about")}</p>
        <p>{t("honesty")}</p>
        <p>{t("times")}</p>
      </div>
    </footer>
  );
}
