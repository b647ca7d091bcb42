import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { DeleteRestoreButton } from "@/components/forms/delete-restore-button";
import { DeletedItems } from "@/components/forms/deleted-items";
import { dayValue, textValue } from "@/components/forms/form-values";
import { StatementForm } from "@/components/statements/statement-form";
import { EmptyState } from "@/components/ui/empty-state";
import { Panel } from "@/components/ui/panel";
import { SectionBackLink } from "@/components/workspace/section-back-link";
import { can } from "@/lib/auth/permissions";
import type { SectionViewProps } from "@/lib/cases/sections";
import { formatDate } from "@/lib/format/date";
import { localized } from "@/lib/i18n/localized";
import type { Locale, MessageNamespace } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { sourceChoices } from "@/lib/sources/list-sources";
import { deleteStatementAction, restoreStatementAction } from "@/lib/statements/actions";
import { getStatement, listStatements } from "@/lib/statements/list-statements";
import { partyChoices } from "@/lib/statements/parties";
import { EvidenceLinksList } from "@/components/evidence/evidence-links-list";
import { RecordEvidenceBlock } from "@/components/evidence/record-evidence";
import { loadEvidenceLinks } from "@/lib/evidence/links-for";

/** The message namespaces this section's client components read; the section page and the report hand them on. */
export const clientMessages: readonly MessageNamespace[] = ["citation", "dayField", "enum", "errors", "evidence", "evidenceLinks", "forms", "statements", "validation"];

type Statement = NonNullable<Awaited<ReturnType<typeof getStatement>>>;

/** Who said it and when, whether the words are theirs, the context and the source, as one caption. */
async function caption(s: Statement, locale: Locale) {
  const [t, tCase] = await Promise.all([getTranslations("statements"), getTranslations("case")]);
  return [
    `— ${localized(locale, s.organization.name, s.organization.nameKo)}`,
    s.statedOn ? formatDate(s.statedOn, s.statedPrecision, locale) : null,
    s.context || s.contextKo ? localized(locale, s.context ?? "", s.contextKo) : null,
    s.wording === "paraphrase" ? `(${t("paraphrased")})` : null,
    s.source ? tCase("source", { source: localized(locale, s.source.title, s.source.titleKo) }) : null,
  ]
    .filter(Boolean)
    .join(" · ");
}

export async function SectionList({ viewer, incident, access, locale, slug, canEdit }: SectionViewProps) {
  const [t, statements, sources, parties] = await Promise.all([
    getTranslations("statements"),
    listStatements(incident.id, { includeDeleted: can(viewer, "case.restore", access) }),
    canEdit ? sourceChoices(incident.id) : [],
    canEdit ? partyChoices(incident.id) : [],
  ]);
  const [captions, evidence] = await Promise.all([
    Promise.all(statements.live.map((s) => caption(s, locale))),
    loadEvidenceLinks({ viewer, access, incidentId: incident.id, target: "statement", ids: statements.live.map((s) => s.id) }),
  ]);
  return (
    <div className="grid gap-8 lg:grid-cols-3">
      <section className="min-w-0 space-y-4 lg:col-span-2" aria-labelledby="statements-heading">
        <h2 id="statements-heading" className="text-slate-700">
          {t("intro")}
        </h2>
        {statements.live.length === 0 ? <EmptyState>{canEdit ? `${t("none")} ${t("noneHint")}` : t("none")}</EmptyState> : null}
        <ul className="space-y-3">
          {statements.live.map((s, i) => (
            <li key={s.id} id={`statement-${s.id}`}>
              <figure className="rounded-lg border-l-4 border-slate-400 bg-slate-50 px-4 py-3">
                <blockquote className="text-slate-800">
                  <Link href={`/workspace/cases/${slug}/statements/${s.id}`} className="text-blue-800 hover:underline">
                    {localized(locale, s.quote, s.quoteKo)}
                  </Link>
                </blockquote>
                <figcaption className="mt-1 text-sm text-slate-600">{captions[i]}</figcaption>
              </figure>
              <EvidenceLinksList evidence={evidence.get(s.id)} slug={slug} compact />
            </li>
          ))}
        </ul>
        <DeletedItems items={statements.deleted.map((s) => ({ id: s.id, name: s.quote, restore: restoreStatementAction.bind(null, { statementId: s.id, version: s.version }) }))} />
      </section>
      {canEdit ? (
        <Panel id="add-statement" title={t("add")}>
          <StatementForm incidentId={incident.id} slug={slug} sources={sources} parties={parties} />
        </Panel>
      ) : null}
    </div>
  );
}

export async function SectionItem({ viewer, incident, access, locale, slug, canEdit, itemId }: SectionViewProps & { itemId: string }) {
  const statement = await getStatement(incident.id, itemId);
  if (!statement) notFound();
  const [sources, parties] = canEdit ? await Promise.all([sourceChoices(incident.id, { keep: statement.sourceId }), partyChoices(incident.id, { keep: statement.organizationId })]) : [[], []];
  return (
    <div className="space-y-6">
      <SectionBackLink slug={slug} section="statements" />
      <figure className="space-y-1">
        <blockquote className="text-lg font-semibold">{localized(locale, statement.quote, statement.quoteKo)}</blockquote>
        <figcaption className="text-sm text-slate-600">{await caption(statement, locale)}</figcaption>
      </figure>
      {canEdit ? (
        <StatementForm
          key={statement.version}
          statementId={statement.id}
          version={statement.version}
          slug={slug}
          sources={sources}
          parties={parties}
          values={{
            organizationId: statement.organizationId,
            quote: statement.quote,
            quoteKo: textValue(statement.quoteKo),
            wording: statement.wording,
            statedOn: dayValue(statement.statedOn),
            statedPrecision: statement.statedPrecision,
            sourceId: textValue(statement.sourceId),
            context: textValue(statement.context),
            contextKo: textValue(statement.contextKo),
          }}
        />
      ) : null}
      <RecordEvidenceBlock viewer={viewer} access={access} incidentId={incident.id} slug={slug} target="statement" targetId={statement.id} />
      {can(viewer, "case.delete", access) ? (
        <DeleteRestoreButton mode="delete" name={statement.quote} run={deleteStatementAction.bind(null, { statementId: statement.id, version: statement.version })} after={`/workspace/cases/${slug}/statements`} />
      ) : null}
    </div>
  );
}

export async function SectionReport({ incident, locale }: SectionViewProps) {
  const statements = await listStatements(incident.id, { includeDeleted: false });
  const captions = await Promise.all(statements.live.map((s) => caption(s, locale)));
  return (
    <ul className="space-y-2">
      {statements.live.map((s, i) => (
        <li key={s.id} className="break-inside-avoid">
          “{localized(locale, s.quote, s.quoteKo)}”
          <span className="block text-xs text-slate-600">{captions[i]}</span>
        </li>
      ))}
    </ul>
  );
}
