import { getTranslations, setRequestLocale } from "next-intl/server";
import { CaseCard } from "@/components/incidents/case-card";
import { EmptyState } from "@/components/ui/empty-state";
import { listPublishedCases } from "@/lib/publishing/get-published-case";

export const dynamic = "force-dynamic";

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, cases] = await Promise.all([getTranslations("home"), listPublishedCases()]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-2 max-w-prose text-slate-700">{t("intro")}</p>
        {cases.length > 0 ? <p className="mt-1 text-sm text-slate-600">{t("count", { count: cases.length })}</p> : null}
      </div>
      {cases.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>
          <p>{t("emptyBody")}</p>
        </EmptyState>
      ) : (
        <div className="grid gap-5 lg:grid-cols-2">
          {cases.map((item) => (
            <CaseCard key={item.slug} item={item} />
          ))}
        </div>
      )}
    </div>
  );
}
