import { getTranslations } from "next-intl/server";
import { CategoryForm } from "@/components/workspace/case/category-form";
import { ReversibilityCheck } from "@/components/workspace/case/reversibility-check";
import { can } from "@/lib/auth/permissions";
import { restoreCategoryAction } from "@/lib/data-categories/actions";
import { listCategories } from "@/lib/data-categories/list-categories";
import { loadCasePage } from "@/lib/cases/case-access";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { DeletedItems } from "@/components/forms/deleted-items";
import { EmptyState } from "@/components/ui/empty-state";

export const dynamic = "force-dynamic";

export default async function DataSharedPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await pageLocale(params);
  const { viewer, incident, access } = await loadCasePage(locale, slug, "/data-categories");
  const canRestore = can(viewer, "case.restore", access);
  const [t, tConsent, tProtection, tEnum, categories] = await Promise.all([
    getTranslations("caseWs"),
    getTranslations("consent"),
    getTranslations("protection"),
    getTranslations("enum"),
    listCategories(incident.id, { includeDeleted: canRestore }),
  ]);
  return (
    <div className="space-y-8">
      <p className="text-slate-700">{t("dataIntro")}</p>
      {categories.live.length === 0 ? <EmptyState>{t("noCategories")}</EmptyState> : null}
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
      <DeletedItems items={categories.deleted.map((c) => ({ id: c.id, name: c.name, restore: restoreCategoryAction.bind(null, { categoryId: c.id, version: c.version }) }))} />
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
