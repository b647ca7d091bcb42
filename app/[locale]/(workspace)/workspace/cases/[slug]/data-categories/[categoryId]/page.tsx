import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { DeleteRestoreButton } from "@/components/forms/delete-restore-button";
import { countValue, dayValue, textValue } from "@/components/forms/form-values";
import { CategoryForm } from "@/components/workspace/case/category-form";
import { ReversibilityCheck } from "@/components/workspace/case/reversibility-check";
import { can } from "@/lib/auth/permissions";
import { deleteCategoryAction } from "@/lib/data-categories/actions";
import { getCategory } from "@/lib/data-categories/list-categories";
import { loadCasePage } from "@/lib/cases/case-access";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";

export const dynamic = "force-dynamic";

export default async function CategoryPage({ params }: { params: Promise<{ locale: string; slug: string; categoryId: string }> }) {
  const { locale: raw, slug, categoryId } = await params;
  setRequestLocale(raw);
  const locale = isLocale(raw) ? raw : defaultLocale;
  const { viewer, incident, access } = await loadCasePage(locale, slug, `/data-categories/${categoryId}`);
  const category = await getCategory(incident.id, categoryId);
  if (!category) notFound();
  const tTabs = await getTranslations("tabs");
  return (
    <div className="space-y-6">
      <Link href={`/workspace/cases/${slug}/data-categories`} className="text-sm text-blue-800 underline">
        ← {tTabs("data")}
      </Link>
      <h2 className="text-xl font-semibold">{localized(locale, category.name, category.nameKo)}</h2>
      <div className="grid gap-8 lg:grid-cols-3">
        <div className="lg:col-span-2">
          {can(viewer, "dataCategory.edit", access) ? (
            <CategoryForm
              key={category.version}
              categoryId={category.id}
              version={category.version}
              slug={slug}
              values={{
                name: category.name,
                nameKo: textValue(category.nameKo),
                sensitivity: category.sensitivity,
                consent: category.consent,
                purposeClaimed: textValue(category.purposeClaimed),
                sharedFrom: dayValue(category.sharedFrom),
                sharedUntil: dayValue(category.sharedUntil),
                protectionMethod: category.protectionMethod,
                hashAlgorithm: textValue(category.hashAlgorithm),
                keyHolder: category.keyHolder,
                keyHandling: textValue(category.keyHandling),
                protectionNote: textValue(category.protectionNote),
                identifierFormat: textValue(category.identifierFormat),
                identifierSpace: textValue(category.identifierSpace),
                identifierSpaceSize: countValue(category.identifierSpaceSize),
                gpuHashRate: category.gpuHashRate === null ? "" : String(category.gpuHashRate),
                reversibility: category.reversibility,
                reversibilityNote: textValue(category.reversibilityNote),
              }}
            />
          ) : (
            <p className="whitespace-pre-line text-sm">{category.protectionNote}</p>
          )}
        </div>
        <aside className="space-y-4">
          <ReversibilityCheck check={category.check} />
          {category.protectionNote ? <p className="text-xs text-slate-600">{category.protectionNote}</p> : null}
          {can(viewer, "case.delete", access) ? (
            <DeleteRestoreButton mode="delete" name={category.name} run={deleteCategoryAction.bind(null, { categoryId: category.id, version: category.version })} after={`/workspace/cases/${slug}/data-categories`} />
          ) : null}
        </aside>
      </div>
    </div>
  );
}
