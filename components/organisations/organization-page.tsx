import { getTranslations } from "next-intl/server";
import { Disclosure } from "@/components/ui/disclosure";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/format/date";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import type { OrganizationPage } from "@/lib/organisations/get-organization";
import { MergePanel, UndoMergeButton } from "./merge-panel";
import { OrganizationForm } from "./organization-form";
import { OrganizationCases, OrganizationSanctions } from "./organization-cases";

/** The organisation page: its record, where a merged-away one went, the merges into it, its cases and sanctions, and (for those who may) its edit and merge forms. */
export async function OrganizationPageView({ locale, page, canEdit, canMerge }: { locale: Locale; page: OrganizationPage; canEdit: boolean; canMerge: boolean }) {
  const [t, tKind, tSector] = await Promise.all([getTranslations("orgRecords"), getTranslations("orgKind"), getTranslations("orgSector")]);
  const { organization: o, mergedInto, merges } = page;
  const name = localized(locale, o.name, o.nameKo);
  const other = locale === "ko" ? o.name : o.nameKo;
  const none = <span className="text-slate-500">{t("notGiven")}</span>;
  const aliasList = (names: string[], lang: string) => (names.length ? <span lang={lang}>{names.join(", ")}</span> : none);
  const details: [string, React.ReactNode][] = [
    [t("fields.kind"), tKind(o.kind)],
    [t("fields.country"), o.country ? new Intl.DisplayNames([locale], { type: "region" }).of(o.country) : none],
    [t("fields.registrationNumber"), o.registrationNumber ?? none],
    [t("fields.sector"), o.sector ? tSector(o.sector) : <span className="text-slate-500">{t("sectorUnknown")}</span>],
    [t("fields.aliases"), aliasList(o.aliases, "en")],
    [t("fields.aliasesKo"), aliasList(o.aliasesKo, "ko")],
  ];
  return (
    <div className="space-y-8">
      <PageHeader
        title={name}
        intro={other ? <span lang={locale === "ko" ? "en" : "ko"}>{other}</span> : undefined}
        back={
          <Link href="/workspace/organisations" className="text-sm text-blue-800 underline">
            ← {t("listTitle")}
          </Link>
        }
      />
      {mergedInto ? (
        <div role="status" className="rounded-lg border-2 border-amber-500 bg-amber-50 p-4 text-sm text-amber-950" data-testid="merged-banner">
          <p>
            {t.rich("mergedAway", {
              date: o.mergedAt ? formatDateTime(o.mergedAt, locale) : "",
              survivor: () => (
                <Link href={`/workspace/organisations/${mergedInto.survivor.slug}`} className="font-medium underline">
                  {localized(locale, mergedInto.survivor.name, mergedInto.survivor.nameKo)}
                </Link>
              ),
            })}
          </p>
          {canMerge && mergedInto.auditId ? (
            <div className="mt-2">
              <UndoMergeButton auditId={mergedInto.auditId} label={t("undoMerge")} />
            </div>
          ) : null}
        </div>
      ) : null}
      <section aria-labelledby="org-record">
        <h2 id="org-record" className="text-lg font-semibold">
          {t("record")}
        </h2>
        <dl className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]" data-testid="organization-record">
          {details.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-sm font-medium text-slate-600">{label}</dt>
              <dd className="text-sm break-words">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      {merges.length > 0 ? (
        <section aria-labelledby="org-merges">
          <h2 id="org-merges" className="text-lg font-semibold">
            {t("mergesTitle")}
          </h2>
          <ul className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200" data-testid="organization-merges">
            {merges.map((m) => (
              <li key={m.id} className="flex flex-wrap items-center justify-between gap-3 p-3 text-sm">
                <span>
                  {t("mergeLine", { name: localized(locale, m.name, m.nameKo), date: m.mergedAt ? formatDateTime(m.mergedAt, locale) : "", who: m.mergedBy ?? t("someone") })}
                </span>
                {canMerge && m.auditId ? <UndoMergeButton auditId={m.auditId} label={t("undoMerge")} /> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <OrganizationCases locale={locale} cases={page.cases} />
      <OrganizationSanctions locale={locale} sanctions={page.sanctions} />
      {!mergedInto && canEdit ? (
        <Disclosure summary={t("editTitle")}>
          <OrganizationForm
            organizationId={o.id}
            version={o.version}
            slug={o.slug}
            values={{ name: o.name, nameKo: o.nameKo ?? "", kind: o.kind, country: o.country ?? "", sector: o.sector ?? "", registrationNumber: o.registrationNumber ?? "", aliases: o.aliases.join("\n"), aliasesKo: o.aliasesKo.join("\n") }}
          />
        </Disclosure>
      ) : null}
      {!mergedInto && canMerge ? (
        <Disclosure summary={t("mergeTitle")} look="danger">
          <MergePanel duplicate={{ id: o.id, name: o.name, nameKo: o.nameKo }} />
        </Disclosure>
      ) : null}
    </div>
  );
}

