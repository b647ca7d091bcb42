import { useTranslations } from "next-intl";
import type { AuditChange, AuditEventDescription } from "@/lib/audit/describe-audit-event";
import type { AuditTrailView } from "@/lib/audit/get-audit-trail";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { EmptyState } from "@/components/ui/empty-state";

function Changes({ changes }: { changes: AuditChange[] }) {
  const t = useTranslations("activity");
  if (changes.length === 0) return null;
  return (
    <dl className="mt-2 grid grid-cols-[minmax(0,38%)_1fr] gap-x-3 gap-y-1 text-sm sm:grid-cols-[minmax(8rem,max-content)_1fr] sm:gap-x-4">
      {changes.map((c) => (
        <div key={c.field} className="contents">
          <dt className="text-slate-600">{c.label}</dt>
          <dd className="min-w-0 break-words">
            {c.kind === "changed" ? (
              <>
                <span className="sr-only">{t("before")}: </span>
                <del className="text-red-800 decoration-red-800/60">{c.before}</del>
                <span aria-hidden="true" className="px-1.5 text-slate-500">
                  →
                </span>
                <span className="sr-only">{t("after")}: </span>
                <ins className="text-emerald-800 no-underline">{c.after}</ins>
              </>
            ) : (
              c.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** One audit row as people read it (also the evidence file page's custody log). */
export function Entry({ entry, showCase }: { entry: AuditEventDescription; showCase: boolean }) {
  const t = useTranslations("auditLabels");
  const ta = useTranslations("activity");
  return (
    <li className="px-4 py-3" data-action={entry.action}>
      <div className="flex flex-col gap-x-4 gap-y-0.5 sm:flex-row sm:items-baseline sm:justify-between">
        <p className="font-medium text-slate-900">{entry.headline}</p>
        <time dateTime={entry.occurredAt.iso} className="shrink-0 text-sm text-slate-600">
          {entry.occurredAt.text}
        </time>
      </div>
      {showCase && entry.caseRef ? (
        <p className="mt-0.5 text-sm text-slate-700">
          {t("inCase")}{" "}
          <Link href={`/workspace/cases/${entry.caseRef.slug}/activity`} className="text-blue-800 underline">
            {entry.caseRef.title}
          </Link>
        </p>
      ) : null}
      <Changes changes={entry.changes} />
      <div className="mt-1.5 flex flex-wrap items-start gap-x-4 gap-y-1 text-xs text-slate-600">
        {entry.ip ? <span>{ta("ip", { ip: entry.ip })}</span> : null}
        <details className="min-w-0 flex-1" data-testid="audit-raw">
          <summary className="w-fit cursor-pointer text-blue-800 underline">{t("showRaw")}</summary>
          <pre className="mt-1 max-h-80 overflow-auto whitespace-pre-wrap break-all rounded bg-slate-100 p-2 font-mono text-xs text-slate-800">
            {entry.raw}
          </pre>
        </details>
      </div>
    </li>
  );
}

/**
 * A filterable, paged audit trail, written for people: names, sentences and dates in the reader's
 * language (the row's raw JSON one click away). Filters and pages live in the URL, so a view can
 * be shared.
 */
export function AuditLog({
  trail,
  filter,
  basePath,
  locale,
  showCase = false,
}: {
  trail: AuditTrailView;
  filter: { actorId?: string; kind?: string; before?: bigint };
  basePath: string;
  locale: Locale;
  /** On the trail across cases, each row names its case. */
  showCase?: boolean;
}) {
  const t = useTranslations("activity");
  const query = (extra: Record<string, string | undefined>) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ actor: filter.actorId, kind: filter.kind, ...extra })) if (v) params.set(k, v);
    const s = params.toString();
    return s ? `${basePath}?${s}` : basePath;
  };
  const filtered = Boolean(filter.actorId || filter.kind);
  return (
    <div className="space-y-4">
      <form method="get" action={`/${locale}${basePath}`} className="flex flex-wrap items-end gap-3">
        <label className="min-w-0 text-sm">
          <span className="block font-medium text-slate-800">{t("actor")}</span>
          <select name="actor" defaultValue={filter.actorId ?? ""} className="mt-1 max-w-full rounded-md border border-slate-400 px-2 py-1.5">
            <option value="">{t("all")}</option>
            {trail.facets.actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label}
              </option>
            ))}
          </select>
        </label>
        <label className="min-w-0 text-sm">
          <span className="block font-medium text-slate-800">{t("kind")}</span>
          <select name="kind" defaultValue={filter.kind ?? ""} className="mt-1 max-w-full rounded-md border border-slate-400 px-2 py-1.5">
            <option value="">{t("all")}</option>
            {trail.facets.kinds.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
          {t("filter")}
        </button>
      </form>

      {trail.entries.length === 0 ? (
        <EmptyState>{filtered ? t("emptyFiltered") : t("empty")}</EmptyState>
      ) : (
        <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200" aria-label={t("title")}>
          {trail.entries.map((entry) => (
            <Entry key={entry.id} entry={entry} showCase={showCase} />
          ))}
        </ol>
      )}
      <nav className="flex gap-4 text-sm" aria-label={t("title")}>
        {filter.before !== undefined ? (
          <Link href={query({})} className="text-blue-800 underline">
            {t("newest")}
          </Link>
        ) : null}
        {trail.nextBefore !== undefined ? (
          <Link href={query({ before: trail.nextBefore })} className="text-blue-800 underline">
            {t("older")}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
