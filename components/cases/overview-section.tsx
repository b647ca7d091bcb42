import type { MessageNamespace } from "@/lib/i18n/locales";
import { getTranslations } from "next-intl/server";
import { CaseForm } from "@/components/cases/case-form";
import { CaseStaffing } from "@/components/cases/case-staffing";
import { DeleteRestoreButton } from "@/components/forms/delete-restore-button";
import { dayValue, linesValue, textValue } from "@/components/forms/form-values";
import { can } from "@/lib/auth/permissions";
import { deleteCaseAction } from "@/lib/cases/actions";
import type { SectionViewProps } from "@/lib/cases/sections";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { formatDate, formatPeriod } from "@/lib/format/date";
import { jurisdictionName } from "@/lib/jurisdictions/jurisdiction-name";
import { listJurisdictionOptions } from "@/lib/jurisdictions/list-jurisdictions";
import { slugIsFixed } from "@/lib/cases/slug-is-fixed";
import { prisma } from "@/lib/db/prisma";
import { Disclosure } from "@/components/ui/disclosure";
import { CitedArticles } from "@/components/legal-articles/cited-articles";
import { listLegalArticles } from "@/lib/legal-articles/list-legal-articles";
import { listCaseArticles } from "@/lib/legal-articles/list-case-articles";
import { CommentThread } from "@/components/comments/comment-thread";

/** The message namespaces this section's client components read; the section page and the report hand them on. */
export const clientMessages: readonly MessageNamespace[] = ["caseOrigin", "caseStaffing", "caseWs", "comments", "dayField", "enum", "errors", "forms", "legalArticles", "newCase", "orgKind", "orgSector", "organizations", "validation", "workspace"];
export async function SectionList({ viewer, incident, access, locale }: SectionViewProps) {
  const canEditCase = can(viewer, "case.edit", access);
  // Each organisation links to its own page (every case it appears in) for those who may read it.
  const organizationName = (o: { slug: string; name: string; nameKo: string | null }) =>
    can(viewer, "organization.view") ? (
      <Link href={`/workspace/organisations/${o.slug}`} className="text-blue-800 underline">
        {localized(locale, o.name, o.nameKo)}
      </Link>
    ) : (
      localized(locale, o.name, o.nameKo)
    );
  const [t, tCase, tExport, tOrigin, jurisdictions, slugLocked, cited, library] = await Promise.all([
    getTranslations("workspace"),
    getTranslations("caseWs"),
    getTranslations("export"),
    getTranslations("caseOrigin"),
    listJurisdictionOptions(),
    canEditCase ? slugIsFixed(prisma, incident.id) : true,
    listCaseArticles(incident.id),
    canEditCase ? listLegalArticles() : [],
  ]);
  return (
    <div className="grid gap-8 lg:grid-cols-3">
      <div className="min-w-0 space-y-4 lg:col-span-2">
        <p className="max-w-prose whitespace-pre-line text-slate-800">{localized(locale, incident.summary, incident.summaryKo)}</p>
        {canEditCase ? (
          <Disclosure summary={tCase("editDetails")}>
              <CaseForm
                key={incident.version}
                slugLocked={slugLocked}
                jurisdictions={jurisdictions}
                articles={library}
                organizations={{ investigated: incident.investigatedOrg, authority: incident.authority }}
                defaults={{
                  incidentId: incident.id,
                  version: incident.version,
                  slug: incident.slug,
                  investigated: { mode: "existing", id: incident.investigatedOrg.id },
                  authority: incident.authority ? { mode: "existing", id: incident.authority.id } : null,
                  origin: incident.origin ?? "",
                  receivedOn: dayValue(incident.receivedOn),
                  jurisdiction: incident.jurisdiction,
                  title: incident.title,
                  titleKo: textValue(incident.titleKo),
                  summary: incident.summary,
                  summaryKo: textValue(incident.summaryKo),
                  discoveredOn: dayValue(incident.discoveredOn),
                  conductStart: dayValue(incident.conductStart),
                  conductStartPrecision: incident.conductStartPrecision,
                  conductEnd: dayValue(incident.conductEnd),
                  conductEndPrecision: incident.conductEndPrecision,
                  articleIds: cited.map((a) => a.id),
                  legalBasisExamined: linesValue(incident.legalBasisExamined),
                }}
              />
          </Disclosure>
        ) : null}
        <CommentThread viewer={viewer} access={access} incidentId={incident.id} locale={locale} target={{ kind: "case" }} />
      </div>
      <aside className="min-w-0 space-y-4 text-sm">
        <CaseStaffing viewer={viewer} incident={incident} />
        <dl className="space-y-3">
          <div>
            <dt className="font-medium text-slate-600">{tCase("investigated")}</dt>
            <dd>{organizationName(incident.investigatedOrg)}</dd>
          </div>
          {incident.authority ? (
            <div>
              <dt className="font-medium text-slate-600">{tCase("authority")}</dt>
              <dd>{organizationName(incident.authority)}</dd>
            </div>
          ) : null}
          <div>
            <dt className="font-medium text-slate-600">{tCase("origin")}</dt>
            <dd>
              {incident.origin ? tOrigin(incident.origin) : tCase("noOrigin")}
              {incident.receivedOn ? ` · ${tCase("receivedOn")} ${formatDate(incident.receivedOn, "day", locale)}` : ""}
            </dd>
          </div>
          <div>
            <dt className="font-medium text-slate-600">{tCase("jurisdiction")}</dt>
            <dd>{jurisdictionName(jurisdictions, incident.jurisdiction, locale)}</dd>
          </div>
          <div>
            <dt className="font-medium text-slate-600">{tCase("legalBasis")}</dt>
            <dd>{cited.length > 0 || incident.legalBasisExamined.length > 0 ? <CitedArticles articles={cited} freeText={incident.legalBasisExamined} /> : "–"}</dd>
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
        <section aria-labelledby="export-heading" className="space-y-1 rounded-lg border border-slate-200 p-3 print:hidden">
          <h2 id="export-heading" className="font-semibold">
            {tExport("title")}
          </h2>
          <ul className="space-y-1">
            {can(viewer, "case.export", access) ? (
              <>
                <li>
                  <a href={`/api/cases/${incident.slug}/export?format=zip`} className="text-blue-800 underline" download>
                    {tExport("zip")}
                  </a>
                </li>
                <li>
                  <a href={`/api/cases/${incident.slug}/export?format=json`} className="text-blue-800 underline" download>
                    {tExport("json")}
                  </a>
                </li>
              </>
            ) : null}
            <li>
              <Link href={`/workspace/cases/${incident.slug}/report`} className="text-blue-800 underline">
                {tExport("report")}
              </Link>
            </li>
          </ul>
          {can(viewer, "case.export", access) ? <p className="text-xs text-slate-600">{tExport("audited")}</p> : null}
        </section>
        {can(viewer, "case.delete", access) ? (
          <DeleteRestoreButton mode="delete" name={incident.title} run={deleteCaseAction.bind(null, { incidentId: incident.id, version: incident.version })} after="/workspace" />
        ) : null}
      </aside>
    </div>
  );
}

export async function SectionReport({ incident, locale }: SectionViewProps) {
  const t = await getTranslations("case");
  return (
    <>
      <p className="whitespace-pre-line">{localized(locale, incident.summary, incident.summaryKo)}</p>
      <p>
        <span className="font-medium">{t("period")}:</span>{" "}
        {formatPeriod({ start: incident.conductStart, startPrecision: incident.conductStartPrecision, end: incident.conductEnd, endPrecision: incident.conductEndPrecision }, locale, {
          ongoing: t("ongoing"),
          unknown: t("unknown"),
        })}
      </p>
    </>
  );
}
