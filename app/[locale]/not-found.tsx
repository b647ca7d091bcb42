import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/lib/i18n/navigation";

export default function NotFound() {
  const t = useTranslations("errors");
  return (
    <div>
      <EmptyState
        as="h1"
        title={t("notFoundTitle")}
        action={
          <Link href="/" className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700">
            {t("goHome")}
          </Link>
        }
      >
        <p>{t("notFoundBody")}</p>
      </EmptyState>
    </div>
  );
}
