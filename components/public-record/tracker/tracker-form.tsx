// The tracker's filters as a plain GET form: it works without JavaScript, and the address it
// leads to holds every filter, so a view can be shared or reloaded. The choices offered are the
// values the published sanctions have; the current sort rides along in hidden fields.
import { useTranslations } from "next-intl";
import { Options } from "@/components/ui/options";
import { ORGANIZATION_SECTORS, SANCTION_TYPES } from "@/lib/enums";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { citationText } from "@/lib/legal-articles/format-citation";
import type { PublicSanctionRow } from "@/lib/public-record/sanction-rows";
import type { TrackerQueryKey } from "@/lib/public-record/tracker-filters";

// One rule on the form styles every field and label (a class list on each would ride twice in
// the cached page: its HTML and its flight payload).
const FORM = [
  "grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4",
  "[&_label]:text-sm [&_label>span:first-child]:font-medium",
  "[&_:is(input,select)]:mt-1 [&_:is(input,select)]:block [&_:is(input,select)]:w-full [&_:is(input,select)]:rounded-md [&_:is(input,select)]:border [&_:is(input,select)]:border-slate-400 [&_:is(input,select)]:bg-white [&_:is(input,select)]:px-3 [&_:is(input,select)]:py-2 [&_:is(input,select)]:text-sm",
].join(" ");

/** The distinct values the published sanctions offer for each choice. */
function choices(rows: readonly PublicSanctionRow[], locale: Locale) {
  const years = [...new Set(rows.flatMap((r) => (r.decisionDate ? [r.decisionDate.slice(0, 4)] : [])))].sort().reverse();
  const authorities = new Map<string, string>();
  const articles = new Map<string, string>();
  const currencies = new Set<string>();
  for (const r of rows) {
    if (r.authority?.slug) authorities.set(r.authority.slug, localized(locale, r.authority.name, r.authority.nameKo));
    for (const a of r.articles) articles.set(`${a.lawCode}:${a.number}`, citationText(a, locale));
    if (r.amount) currencies.add(r.amount.currency);
  }
  const byLabel = (m: Map<string, string>) => [...m].sort((a, b) => a[1].localeCompare(b[1], locale));
  return { years, authorities: byLabel(authorities), articles: byLabel(articles), currencies: [...currencies].sort() };
}

export function TrackerForm({ rows, raw, locale, filtered }: { rows: readonly PublicSanctionRow[]; raw: Partial<Record<TrackerQueryKey, string>>; locale: Locale; filtered: boolean }) {
  const t = useTranslations("tracker");
  const tw = useTranslations("workflow");
  const ts = useTranslations("orgSector");
  const c = choices(rows, locale);
  const select = (name: TrackerQueryKey, label: string, options: React.ReactNode) => (
    <label>
      <span>{label}</span>
      <select name={name} defaultValue={raw[name] ?? ""}>
        <option value="">{t("any")}</option>
        {options}
      </select>
    </label>
  );
  return (
    <form method="get" role="search" aria-label={t("filtersLabel")} className={FORM} data-testid="tracker-filters">
      <label className="sm:col-span-2">
        <span>{t("search")}</span>
        <input name="q" type="search" defaultValue={raw.q ?? ""} aria-describedby="tracker-search-hint" />
        <span id="tracker-search-hint" className="mt-1 block text-xs text-slate-600">
          {t("searchHint")}
        </span>
      </label>
      {select("year", t("year"), <Options values={c.years} label={(y) => y} />)}
      {select("sector", t("sector"), <Options values={ORGANIZATION_SECTORS} label={(s) => ts(s)} />)}
      {select("type", t("type"), <Options values={SANCTION_TYPES} label={(s) => tw(`sanctionTypes.${s}`)} />)}
      {select("authority", t("authority"), c.authorities.map(([slug, name]) => <option key={slug} value={slug}>{name}</option>))}
      {select("article", t("article"), c.articles.map(([key, text]) => <option key={key} value={key}>{text}</option>))}
      <fieldset className="grid grid-cols-3 items-end gap-2 sm:col-span-2 lg:col-span-4" aria-describedby="tracker-amount-hint">
        <legend className="sr-only">{t("columns.amount")}</legend>
        {select("currency", t("currency"), <Options values={c.currencies} label={(code) => code} />)}
        <label>
          <span>{t("min")}</span>
          <input name="min" inputMode="decimal" defaultValue={raw.min ?? ""} />
        </label>
        <label>
          <span>{t("max")}</span>
          <input name="max" inputMode="decimal" defaultValue={raw.max ?? ""} />
        </label>
        <p id="tracker-amount-hint" className="col-span-3 text-xs text-slate-600">
          {t("amountHint")}
        </p>
      </fieldset>
      {raw.sort ? <input type="hidden" name="sort" value={raw.sort} /> : null}
      {raw.dir ? <input type="hidden" name="dir" value={raw.dir} /> : null}
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-4">
        <button type="submit" className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700">
          {t("apply")}
        </button>
        {filtered ? (
          <Link href="/sanctions" className="text-sm text-blue-800 underline">
            {t("clear")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
