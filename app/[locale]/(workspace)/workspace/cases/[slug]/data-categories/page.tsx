import { getTranslations, setRequestLocale } from "next-intl/server";
import { DeleteRestoreButton } from "@/components/forms/delete-restore-button";
import { CategoryForm } from "@/components/workspace/case/category-form";
import { ReversibilityCheck } from "@/components/workspace/case/reversibility-check";
import { can } from "@/lib/auth/permissions";
import { restoreCategoryAction } from "@/lib/data-categories/actions";
import { listCategories } from "@/lib/data-categories/list-categories";
import { loadCasePage } from "@/lib/cases/case-access";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";

export const dynamic = "force-dynamic";

export default async function DataSharedPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale: raw, slug } = await params;
  setRequestLocale(raw);
  const locale = isLocale(raw) ? raw : defaultLocale;
  const { viewer, incident, access } = await loadCasePage(locale, slug, "/data-categories");
  const canRestore = can(viewer, "case.restore", access);
  const [t, tForms, tConsent, tProtection, tEnum, categories] = await Promise.all([
    getTranslations("caseWs"),
    getTranslations("forms"),
    getTranslations("consent"),
    getTranslations("protection"),
    getTranslations("enum"),
    listCategories(incident.id, { includeDeleted: canRestore }),
  ]);
  return (
    <div className="space-y-8">
      <p className="text-slate-700">{t("dataIntro")}</p>
      {categories.live.length === 0 ? <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600">{t("noCategories")}</p> : null}
      <ul className="grid gap-4 lg:grid-cols-2">
        {categories.live.map((c) => (
          <li key={c.id} id={`category-${c.id}`} className="space-y-3 rounded-lg border border-slate-200 p-4">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 className="text-lg font-semibold">
                <Link href={`/workspace/cases/${slug}/data-categories/${c.id}`} className="text-blue-800 hover:underline">
                  {localized(locale, c.name, c.nameKo)}
                </Link>
              </h2>
              <span className="text-xs text-slate-600">
                {t("sensitivity")}: {tEnum(`sensitivity.${c.sensitivity}`)} · {t("consent")}: {tConsent(c.consent)}
              </span>
            </div>
            <p className="text-sm">
              <span className="font-medium">{t("protectionMethod")}:</span> {tProtection(c.protectionMethod)}
              {c.identifierFormat ? (
                <>
                  {" · "}
                  <code className="rounded bg-slate-100 px-1">{c.identifierFormat}</code>
                </>
              ) : null}
            </p>
            <ReversibilityCheck check={c.check} />
            <p className="text-sm">
              <span className="font-medium">{t("reversibility")}:</span> {tEnum(`reversibility.${c.reversibility}`)}
              {c.reversibilityNote ? <span className="block text-xs text-slate-600">{c.reversibilityNote}</span> : null}
            </p>
          </li>
        ))}
      </ul>
      {categories.deleted.length > 0 ? (
        <div className="rounded-lg bg-slate-50 p-4">
          <h3 className="text-sm font-semibold">{tForms("deletedItems")}</h3>
          <ul className="mt-2 space-y-2 text-sm">
            {categories.deleted.map((c) => (
              <li key={c.id} className="flex items-center justify-between gap-2">
                <span className="line-through">{c.name}</span>
                <DeleteRestoreButton mode="restore" name={c.name} run={restoreCategoryAction.bind(null, { categoryId: c.id, version: c.version })} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {can(viewer, "dataCategory.edit", access) ? (
        <details className="rounded-lg border border-slate-200 bg-slate-50 p-4">
          <summary className="cursor-pointer text-lg font-semibold">{t("addCategory")}</summary>
          <div className="mt-4">
            <CategoryForm incidentId={incident.id} slug={slug} />
          </div>
        </details>
      ) : null}
    </div>
  );
}
