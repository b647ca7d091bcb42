import type { MessageNamespace } from "@/lib/i18n/locales";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { LocalizedText } from "@/components/cases/localized-text";
import { CategoryForm } from "@/components/data-categories/category-form";
import { ReversibilityCheck } from "@/components/data-categories/reversibility-check";
import { DeleteRestoreButton } from "@/components/forms/delete-restore-button";
import { DeletedItems } from "@/components/forms/deleted-items";
import { countValue, dayValue, textValue } from "@/components/forms/form-values";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/permissions";
import { SectionBackLink } from "@/components/workspace/section-back-link";
import type { SectionViewProps } from "@/lib/cases/sections";
import { deleteCategoryAction, restoreCategoryAction } from "@/lib/data-categories/actions";
import { getCategory, listCategories } from "@/lib/data-categories/list-categories";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { Disclosure } from "@/components/ui/disclosure";

/** The message namespaces this section's client components read; the section page and the report hand them on. */
export const clientMessages: readonly MessageNamespace[] = ["caseWs", "consent", "dayField", "enum", "errors", "forms", "identifierFormat", "protection", "validation"];
export async function SectionList({ viewer, incident, access, locale, slug, canEdit }: SectionViewProps) {
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
                  <LocalizedText en={c.name} ko={c.nameKo} />
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
              <LocalizedText className="block text-xs text-slate-600" en={c.reversibilityNote} ko={c.reversibilityNoteKo} />
            </p>
          </li>
        ))}
      </ul>
      <DeletedItems items={categories.deleted.map((c) => ({ id: c.id, name: localized(locale, c.name, c.nameKo), restore: restoreCategoryAction.bind(null, { categoryId: c.id, version: c.version }) }))} />
      {canEdit ? (
        <Disclosure summary={t("addCategory")} startOpen={categories.live.length === 0}>
          <CategoryForm incidentId={incident.id} slug={slug} />
        </Disclosure>
      ) : null}
    </div>
  );
}

export async function SectionItem({ viewer, incident, access, locale, slug, canEdit, itemId }: SectionViewProps & { itemId: string }) {
  const category = await getCategory(incident.id, itemId);
  if (!category) notFound();
  return (
    <div className="space-y-6">
      <SectionBackLink slug={slug} section="dataCategories" />
      <LocalizedText as="h2" className="text-xl font-semibold" en={category.name} ko={category.nameKo} />
      <div className="grid gap-8 lg:grid-cols-3">
        <div className="lg:col-span-2">
          {canEdit ? (
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
                purposeClaimedKo: textValue(category.purposeClaimedKo),
                sharedFrom: dayValue(category.sharedFrom),
                sharedUntil: dayValue(category.sharedUntil),
                protectionMethod: category.protectionMethod,
                hashAlgorithm: textValue(category.hashAlgorithm),
                keyHolder: category.keyHolder,
                keyHandling: textValue(category.keyHandling),
                protectionNote: textValue(category.protectionNote),
                protectionNoteKo: textValue(category.protectionNoteKo),
                identifierFormat: textValue(category.identifierFormat),
                identifierSpace: textValue(category.identifierSpace),
                identifierSpaceSize: countValue(category.identifierSpaceSize),
                gpuHashRate: category.gpuHashRate === null ? "" : String(category.gpuHashRate),
                reversibility: category.reversibility,
                reversibilityNote: textValue(category.reversibilityNote),
                reversibilityNoteKo: textValue(category.reversibilityNoteKo),
              }}
            />
          ) : (
            <LocalizedText as="p" className="whitespace-pre-line text-sm" en={category.protectionNote} ko={category.protectionNoteKo} />
          )}
        </div>
        <aside className="space-y-4">
          <ReversibilityCheck check={category.check} />
          <LocalizedText as="p" className="text-xs text-slate-600" en={category.protectionNote} ko={category.protectionNoteKo} />
          {can(viewer, "case.delete", access) ? (
            <DeleteRestoreButton mode="delete" name={localized(locale, category.name, category.nameKo)} run={deleteCategoryAction.bind(null, { categoryId: category.id, version: category.version })} after={`/workspace/cases/${slug}/data-categories`} />
          ) : null}
        </aside>
      </div>
    </div>
  );
}

export async function SectionReport({ incident }: SectionViewProps) {
  const categories = await listCategories(incident.id, { includeDeleted: false });
  return (
    <div className="grid gap-3 sm:grid-cols-2 print:grid-cols-2">
      {categories.live.map((c) => (
        <div key={c.id} className="break-inside-avoid space-y-1">
          <LocalizedText as="p" className="font-medium" en={c.name} ko={c.nameKo} />
          <ReversibilityCheck check={c.check} />
          <LocalizedText as="p" className="text-xs text-slate-600" en={c.reversibilityNote} ko={c.reversibilityNoteKo} />
        </div>
      ))}
    </div>
  );
}
