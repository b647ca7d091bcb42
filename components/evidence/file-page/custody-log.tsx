import { getTranslations } from "next-intl/server";
import { Entry } from "@/components/audit/audit-log";
import { EmptyState } from "@/components/ui/empty-state";
import type { AuditEventDescription } from "@/lib/audit/describe-audit-event";

/** The file's chain of custody, newest first, worded like the case's activity trail. */
export async function CustodyLog({ entries }: { entries: AuditEventDescription[] }) {
  const t = await getTranslations("evidence.custody");
  return (
    <section aria-labelledby="evidence-custody" className="space-y-3">
      <h2 id="evidence-custody" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      {entries.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200" aria-label={t("title")} data-testid="custody-log">
          {entries.map((entry) => (
            <Entry key={entry.id} entry={entry} showCase={false} />
          ))}
        </ol>
      )}
    </section>
  );
}
