import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/auth/permissions";
import { findCaseForViewer, loadCasePage } from "@/lib/cases/case-access";
import { sectionByKey, sectionPath, type CaseSection } from "@/lib/cases/sections";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";

type SearchParams = Record<string, string | string[] | undefined>;
export type SectionPageProps<P> = { params: Promise<{ locale: string; slug: string } & P>; searchParams: Promise<SearchParams> };

/**
 * The body of every case section route: the guard (sign-in, the case, the section's permission;
 * otherwise a redirect or a 404) and then the section's own view, list or item.
 */
export async function SectionPage({ params, searchParams, section, itemId }: SectionPageProps<object> & { section: CaseSection; itemId?: string }) {
  const { locale, slug } = await pageLocale(params);
  const page = await loadCasePage(locale, slug, { section, itemId });
  const views = await section.views();
  const { SectionList, SectionItem } = views;
  const props = { ...page, locale, slug, searchParams: await searchParams };
  if (itemId !== undefined && !SectionItem) notFound();
  const t = await getTranslations("workspace");
  return (
    <>
      {/* On a public case, edits to what can be published reach readers only through a new version. */}
      {section.publishable && page.canEdit && page.incident.visibility === "public" ? (
        <p className="mb-4 text-sm text-slate-600" data-testid="publish-note">
          {t("publishNote")}{" "}
          {can(page.viewer, sectionByKey("publish").view, page.access) ? (
            <Link href={sectionPath(slug, sectionByKey("publish"))} className="text-blue-800 underline">
              {t("publishNoteLink")}
            </Link>
          ) : null}
        </p>
      ) : null}
      <ClientMessages namespaces={views.clientMessages}>{itemId === undefined ? <SectionList {...props} /> : SectionItem ? <SectionItem {...props} itemId={itemId} /> : null}</ClientMessages>
    </>
  );
}

/** "Findings · <case title>", for the browser tab and shared links; nothing about a case the viewer may not see. */
export async function sectionMetadata<P extends { locale: string; slug: string }>(params: Promise<P>, sectionOf: (params: P) => CaseSection | undefined): Promise<Metadata> {
  const resolved = await params;
  const section = sectionOf(resolved);
  const viewer = await getViewer();
  const found = section && viewer ? await findCaseForViewer(viewer, resolved.slug) : null;
  if (!section || !viewer || !found || !can(viewer, section.view, found.access)) return {};
  const locale = isLocale(resolved.locale) ? resolved.locale : defaultLocale;
  const t = await getTranslations({ locale, namespace: "tabs" });
  return { title: `${t(section.labelKey)} · ${localized(locale, found.incident.title, found.incident.titleKo)}` };
}
