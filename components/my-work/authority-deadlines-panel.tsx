import { useTranslations } from "next-intl";
import { LocalizedText } from "@/components/cases/localized-text";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/lib/format/date";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import type { AuthorityDeadlines } from "@/lib/my-work/authority-deadlines";
import { waitedFor } from "@/lib/my-work/waited";
import { MyWorkRow, rowLink } from "./my-work-section";

/** The authority's own deadlines (stale approvals, idle cases), on My work and on the overview. */
export function AuthorityDeadlinesPanel({ deadlines, locale, now }: { deadlines: AuthorityDeadlines; locale: Locale; now: Date }) {
  const t = useTranslations("myWork");
  return (
    <section aria-labelledby="mw-authority" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" data-testid="mw-authority">
      <div>
        <h2 id="mw-authority" className="text-lg font-semibold">
          {t("authorityTitle")}
        </h2>
        <p className="text-sm text-slate-600">{t("authorityIntro", { staleDays: deadlines.staleDays, idleDays: deadlines.idleDays })}</p>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-2" data-testid="mw-stale">
          <h3 className="font-medium">{t("staleTitle", { days: deadlines.staleDays, count: deadlines.stale.total })}</h3>
          {deadlines.stale.total === 0 ? (
            <EmptyState>{t("staleEmpty")}</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {deadlines.stale.items.map((s) => {
                const waited = waitedFor(s.createdAt, now);
                return (
                  <MyWorkRow key={s.id} meta={t("waited", { time: t(`time.${waited.unit}`, { count: waited.count }) })}>
                    <Link href={s.path} className={rowLink}>
                      <LocalizedText en={s.case.title} ko={s.case.titleKo} />
                    </Link>
                    <span className="text-sm text-slate-700">{s.kind === "workflow" ? t("unknownStep") : t("publicSummary")}</span>
                  </MyWorkRow>
                );
              })}
            </ul>
          )}
        </div>
        <div className="space-y-2" data-testid="mw-idle">
          <h3 className="font-medium">{t("idleTitle", { days: deadlines.idleDays, count: deadlines.idle.total })}</h3>
          {deadlines.idle.total === 0 ? (
            <EmptyState>{t("idleEmpty")}</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {deadlines.idle.items.map((c) => (
                <MyWorkRow key={c.slug} meta={t("lastActivity", { date: formatDateTime(c.lastActivityAt, locale) })}>
                  <Link href={c.path} className={rowLink}>
                    <LocalizedText en={c.title} ko={c.titleKo} />
                  </Link>
                </MyWorkRow>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
