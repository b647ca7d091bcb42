import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { CaseHeader } from "@/components/workspace/case-header";
import { requireViewer } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { findCaseForViewer } from "@/lib/incidents/case-access";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";

export const dynamic = "force-dynamic";

export default async function CaseOverviewPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale: raw, slug } = await params;
  setRequestLocale(raw);
  const locale = isLocale(raw) ? raw : defaultLocale;
  const viewer = await requireViewer(locale, `/${locale}/workspace/cases/${slug}`);
  const found = await findCaseForViewer(viewer, slug);
  if (!found) notFound();
  const { incident, access } = found;
  const t = await getTranslations("workspace");
  return (
    <div className="space-y-6">
      <CaseHeader slug={slug} title={localized(locale, incident.title, incident.titleKo)} state={incident.workflowState} visibility={incident.visibility} showActivity={can(viewer, "activity.view", access)} />
      <p className="max-w-prose text-slate-800">{localized(locale, incident.summary, incident.summaryKo)}</p>
      <dl className="grid gap-3 text-sm sm:grid-cols-2">
        <div>
          <dt className="font-medium text-slate-600">{t("assignedOfficers")}</dt>
          <dd>{incident.assignments.length > 0 ? incident.assignments.map((a) => a.user.name).join(", ") : t("noneAssigned")}</dd>
        </div>
        {incident.visibility === "public" ? (
          <div>
            <dt className="font-medium text-slate-600">{t("visibility")}</dt>
            <dd>
              <Link href={`/cases/${incident.slug}`} className="text-blue-800 underline">
                {t("viewPublic")}
              </Link>
            </dd>
          </div>
        ) : null}
      </dl>
    </div>
  );
}
