import { getTranslations, setRequestLocale } from "next-intl/server";
import { formatDateTime } from "@/lib/format/date";
import { loadCasePage } from "@/lib/incidents/case-access";
import { listTransitions } from "@/lib/workflow/list-transitions";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

export default async function WorkflowPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale: raw, slug } = await params;
  setRequestLocale(raw);
  const locale = isLocale(raw) ? raw : defaultLocale;
  const { incident } = await loadCasePage(locale, slug, "/workflow");
  const [t, tState, transitions] = await Promise.all([getTranslations("caseWs"), getTranslations("state"), listTransitions(incident.id)]);
  return (
    <div className="space-y-4">
      <p className="text-slate-700">{t("workflowIntro")}</p>
      {transitions.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600">{t("noTransitions")}</p>
      ) : (
        <ol className="space-y-3 border-l-2 border-slate-200 pl-4">
          {transitions.map((tr) => (
            <li key={tr.id}>
              <p className="text-sm text-slate-600">
                <time dateTime={tr.createdAt.toISOString()}>{formatDateTime(tr.createdAt, locale)}</time>
                {tr.actor ? ` · ${tr.actor.name}` : ""}
              </p>
              <p className="font-medium">{t("transition", { from: tState(tr.fromState), to: tState(tr.toState) })}</p>
              <p className="text-sm text-slate-700">{tr.reason}</p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
