// The difference a proposed version makes to the public page, field by field: changed
// provenance first and marked, then the case's fields, then each list's new, removed and changed
// items. Plain data in (lib/publishing/diff-snapshots.ts); no I/O.
import { useTranslations } from "next-intl";
import { LocalizedText } from "@/components/cases/localized-text";
import { ProvenanceBadge } from "@/components/cases/provenance-badge";
import { formatExact } from "@/lib/format/number";
import { PROVENANCES } from "@/lib/enums";
import type { Locale } from "@/lib/i18n/locales";
import { DIFF_LISTS, type FieldChange, type ItemRef, type Scalar, type SnapshotDiff } from "@/lib/publishing/diff-snapshots";

type Provenance = (typeof PROVENANCES)[number];
const isProvenance = (value: Scalar): value is Provenance => typeof value === "string" && (PROVENANCES as readonly string[]).includes(value);

function useFieldLabel() {
  const t = useTranslations("publishing.review");
  const part = (segment: string) => {
    const korean = segment.length > 2 && segment.endsWith("Ko");
    const base = korean ? segment.slice(0, -2) : segment;
    const name = t.has(`part.${base}`) ? t(`part.${base}`) : base;
    return korean ? t("inKorean", { name }) : name;
  };
  return (field: string) => field.split(".").map(part).join(" › ");
}

function Value({ value, locale, field }: { value: Scalar; locale: Locale; field: string }) {
  const t = useTranslations("publishing.review");
  if (value === null || value === "") return <span className="text-slate-500">{t("empty")}</span>;
  if (isProvenance(value)) return <ProvenanceBadge provenance={value} />;
  if (typeof value === "boolean") return <>{value ? t("yes") : t("no")}</>;
  if (typeof value === "number") return <span className="tabular-nums">{formatExact(value, locale)}</span>;
  return (
    <span className="whitespace-pre-line break-words" lang={field.endsWith("Ko") ? "ko" : undefined}>
      {value}
    </span>
  );
}

/** The public compare page's own words where the approver's ("Live", "Proposed") would not fit. */
export interface DiffWording {
  title: string;
  before: string;
  after: string;
  noChanges: string;
  provenanceHint: string;
}

function Changes({ changes, locale, wording }: { changes: FieldChange[]; locale: Locale; wording?: DiffWording }) {
  const t = useTranslations("publishing.review");
  const label = useFieldLabel();
  const before = wording?.before ?? t("before");
  const after = wording?.after ?? t("after");
  return (
    <table className="w-full table-fixed border-collapse text-sm">
      <thead className="sr-only sm:not-sr-only">
        <tr className="text-left text-xs text-slate-600">
          <th className="w-1/3 py-1 pr-2 font-medium sm:w-1/4">{t("field")}</th>
          <th className="py-1 pr-2 font-medium">{before}</th>
          <th className="py-1 font-medium">{after}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.field} className={`border-t border-slate-200 align-top ${c.provenance ? "bg-amber-50" : ""}`} data-field={c.field} data-provenance-change={c.provenance || undefined}>
            <th scope="row" className="py-1 pr-2 text-left font-medium">
              {label(c.field)}
            </th>
            <td className="py-1 pr-2 text-slate-600 line-through decoration-slate-400">
              <span className="sr-only">{before}: </span>
              <Value value={c.before} locale={locale} field={c.field} />
            </td>
            <td className="py-1">
              <span className="sr-only">{after}: </span>
              <Value value={c.after} locale={locale} field={c.field} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ItemLine({ item, mark, tone }: { item: ItemRef; mark: string; tone: "added" | "removed" }) {
  return (
    <li className="flex flex-wrap items-baseline gap-2" data-item-change={tone}>
      <span className={`rounded border px-1.5 text-xs font-semibold ${tone === "added" ? "border-emerald-700 bg-emerald-50 text-emerald-900" : "border-red-700 bg-red-50 text-red-900"}`}>{mark}</span>{" "}
      <LocalizedText className={tone === "removed" ? "line-through" : undefined} en={item.label} ko={item.labelKo} />
    </li>
  );
}

export function PublicationDiff({ diff, liveNumber, locale, wording }: { diff: SnapshotDiff; liveNumber: number | null; locale: Locale; wording?: DiffWording }) {
  const t = useTranslations("publishing.review");
  const label = useFieldLabel();
  const lists = DIFF_LISTS.filter((l) => diff.lists[l].added.length + diff.lists[l].removed.length + diff.lists[l].changed.length > 0);
  return (
    <section aria-labelledby="pub-diff" className="space-y-4" data-testid="publication-diff">
      <h3 id="pub-diff" className="text-base font-semibold">
        {wording?.title ?? (diff.first || liveNumber === null ? t("diffTitleFirst") : t("diffTitle", { number: liveNumber }))}
      </h3>
      {diff.first ? <p className="text-sm text-slate-700">{t("allNew")}</p> : diff.unchanged ? <p className="text-sm text-slate-700">{wording?.noChanges ?? t("noChanges")}</p> : null}

      {diff.provenance.length > 0 ? (
        <div className="rounded-md border-2 border-amber-700 bg-amber-50 p-3" role="note" data-testid="provenance-changes">
          <p className="font-semibold text-amber-950">{t("provenanceTitle")}</p>
          <p className="text-sm text-amber-950">{wording?.provenanceHint ?? t("provenanceHint")}</p>
          <ul className="mt-2 space-y-1 text-sm">
            {diff.provenance.map((p) => (
              <li key={`${p.list}:${p.item?.id}:${p.field}`} className="flex flex-wrap items-center gap-2">
                <span className="font-medium">
                  {p.list ? (
                    <>
                      {t(`lists.${p.list}`)} › <LocalizedText en={p.item?.label} ko={p.item?.labelKo} />
                    </>
                  ) : (
                    label(p.field.replace(/\.provenance$/, ""))
                  )}
                </span>
                <Value value={p.before} locale={locale} field={p.field} /> <span aria-hidden="true">→</span>
                <span className="sr-only">{wording?.after ?? t("after")}</span> <Value value={p.after} locale={locale} field={p.field} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {diff.fields.length > 0 && !diff.first ? (
        <div className="space-y-1">
          <h4 className="text-sm font-semibold">{t("caseFields")}</h4>
          <Changes changes={diff.fields} locale={locale} wording={wording} />
        </div>
      ) : null}

      {lists.map((list) => {
        const d = diff.lists[list];
        return (
          <div key={list} className="space-y-1" data-diff-list={list}>
            <h4 className="text-sm font-semibold">{t(`lists.${list}`)}</h4>
            <ul className="space-y-1 text-sm">
              {d.added.map((item) => (
                <ItemLine key={`a-${item.id}`} item={item} mark={t("added")} tone="added" />
              ))}
              {d.removed.map((item) => (
                <ItemLine key={`r-${item.id}`} item={item} mark={t("removed")} tone="removed" />
              ))}
            </ul>
            {d.changed.map((item) => (
              <div key={`c-${item.id}`} className="rounded border border-slate-200 bg-white p-2" data-item-change="changed">
                <p className="text-sm font-medium">
                  <span className="mr-2 rounded border border-slate-500 px-1.5 text-xs font-semibold">{t("changed")}</span>
                  <LocalizedText en={item.label} ko={item.labelKo} />
                </p>
                <Changes changes={item.changes} locale={locale} wording={wording} />
              </div>
            ))}
          </div>
        );
      })}
    </section>
  );
}
