import { useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/format/date";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

interface AuditEventView {
  id: bigint;
  occurredAt: Date;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
}

function Changes({ before, after }: { before: unknown; after: unknown }) {
  const t = useTranslations("activity");
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  if (keys.length === 0) return null;
  const show = (v: unknown) => (v === undefined ? "" : typeof v === "string" ? v : JSON.stringify(v));
  return (
    <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
      {keys.map((k) => (
        <div key={k} className="contents">
          <dt className="font-mono text-slate-600">{k}</dt>
          <dd className="break-all">
            {k in b ? (
              <>
                <span className="sr-only">{t("before")}: </span>
                <del className="text-red-800">{show(b[k])}</del>{" "}
              </>
            ) : null}
            {k in a ? (
              <>
                <span className="sr-only">{t("after")}: </span>
                <ins className="text-emerald-800 no-underline">{show(a[k])}</ins>
              </>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A filterable, paged audit trail. Filters and pages live in the URL, so a view can be shared. */
export function AuditLog({
  events,
  nextBefore,
  facets,
  filter,
  basePath,
  locale,
}: {
  events: AuditEventView[];
  nextBefore?: bigint;
  facets: { actors: { id: string; label: string }[]; kinds: string[] };
  filter: { actorId?: string; kind?: string; before?: bigint };
  basePath: string;
  locale: Locale;
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
        <label className="text-sm">
          <span className="block font-medium text-slate-800">{t("actor")}</span>
          <select name="actor" defaultValue={filter.actorId ?? ""} className="mt-1 rounded-md border border-slate-400 px-2 py-1.5">
            <option value="">{t("all")}</option>
            {facets.actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="block font-medium text-slate-800">{t("kind")}</span>
          <select name="kind" defaultValue={filter.kind ?? ""} className="mt-1 rounded-md border border-slate-400 px-2 py-1.5">
            <option value="">{t("all")}</option>
            {facets.kinds.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
          {t("filter")}
        </button>
      </form>

      {events.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600">{filtered ? t("emptyFiltered") : t("empty")}</p>
      ) : (
        <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200" aria-label={t("title")}>
          {events.map((e) => (
            <li key={e.id.toString()} className="px-4 py-3" data-action={e.action}>
              <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm">
                <time dateTime={e.occurredAt.toISOString()} className="text-slate-600">
                  {formatDateTime(e.occurredAt, locale)}
                </time>
                <span className="font-medium">{e.actorLabel === "system" ? t("system") : e.actorLabel}</span>
                <code className="rounded bg-slate-100 px-1.5 text-xs">{e.action}</code>
                <span className="text-xs text-slate-600">
                  {e.entityType}
                  {e.entityId ? ` ${e.entityId}` : ""}
                </span>
                {e.ip ? <span className="text-xs text-slate-500">{t("ip", { ip: e.ip })}</span> : null}
              </div>
              <Changes before={e.before} after={e.after} />
            </li>
          ))}
        </ol>
      )}
      <nav className="flex gap-4 text-sm" aria-label={t("title")}>
        {filter.before !== undefined ? (
          <Link href={query({})} className="text-blue-800 underline">
            {t("newest")}
          </Link>
        ) : null}
        {nextBefore !== undefined ? (
          <Link href={query({ before: nextBefore.toString() })} className="text-blue-800 underline">
            {t("older")}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
