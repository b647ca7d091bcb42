import { getTranslations } from "next-intl/server";
import { ClockRuleRow } from "@/components/jurisdictions/clock-rule-row";
import { JurisdictionForm } from "@/components/jurisdictions/jurisdiction-form";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/guards";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { listJurisdictionsWithRules } from "@/lib/jurisdictions/list-jurisdictions";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("jurisdictionsAdmin");
  return { title: t("title") };
}

/** Jurisdictions and their clock rules: administrators edit them, regulators read them. */
export default async function JurisdictionsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await pageLocale(params);
  const viewer = await requirePermission(locale, `/${locale}/admin/jurisdictions`, "jurisdiction.view");
  const [t, jurisdictions] = await Promise.all([getTranslations("jurisdictionsAdmin"), listJurisdictionsWithRules(viewer)]);
  const canEdit = can(viewer, "jurisdiction.manage");
  return (
    <ClientMessages namespaces={["errors", "forms", "jurisdictionsAdmin", "validation"]}>
      <div className="space-y-8">
        <PageHeader title={t("title")} intro={t("intro")} />
        {canEdit ? null : <p className="text-sm text-slate-700">{t("readOnly")}</p>}
        <div className="grid gap-6 lg:grid-cols-2">
          {jurisdictions.map((j) => (
            <section key={j.code} aria-labelledby={`j-${j.code}`} className="rounded-xl border border-slate-200 bg-white p-5" data-jurisdiction={j.code}>
              <h2 id={`j-${j.code}`} className="text-lg font-semibold">
                {localized(locale, j.name, j.nameKo)} <span className="text-sm font-normal text-slate-600">({j.code})</span>
              </h2>
              <p className="text-sm text-slate-600">{t("timeZone", { zone: j.timeZone })}</p>
              <ul className="mt-2 divide-y divide-slate-200">
                {j.rules.map((r) => (
                  <ClockRuleRow key={r.id} canEdit={canEdit} reference={localized(locale, r.legalReference, r.legalReferenceKo)} rule={{ id: r.id, kind: r.kind, length: r.length, unit: r.unit, legalReference: r.legalReference, legalReferenceKo: r.legalReferenceKo, version: r.version }} />
                ))}
              </ul>
            </section>
          ))}
        </div>
        {canEdit ? <JurisdictionForm /> : null}
      </div>
    </ClientMessages>
  );
}
