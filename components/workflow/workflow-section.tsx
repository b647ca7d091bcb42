import type { MessageNamespace } from "@/lib/i18n/locales";
import { getTranslations } from "next-intl/server";
import { CommentThread } from "@/components/comments/comment-thread";
import { EmptyState } from "@/components/ui/empty-state";
import { PendingProposalActions } from "@/components/workflow/pending-proposal";
import { AppealOutcomeForm, SanctionForm, WithdrawSanctionForm } from "@/components/workflow/sanction-forms";
import { WorkflowActions } from "@/components/workflow/workflow-actions";
import { StepPreview, stepConsequences } from "@/components/workflow/step-preview";
import { previewProposal } from "@/lib/workflow/preview-transition";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ClockList, SanctionHistory, StepDiagram, WorkflowHistory } from "@/components/workflow/workflow-panels";
import { can } from "@/lib/auth/permissions";
import type { SectionViewProps } from "@/lib/cases/sections";
import { formatDate, formatDateTime, formatInstantDay } from "@/lib/format/date";
import { formatMoney } from "@/lib/format/money";
import { toDecimal } from "@/lib/money/amount";
import { storedMoney } from "@/lib/money/stored-money";
import { localized } from "@/lib/i18n/localized";
import { getWorkflow } from "@/lib/workflow/get-workflow";
import { TRANSITION_FIELDS } from "@/lib/workflow/schema";
import { PROPOSING_STATES } from "@/lib/sanctions/schema";
import { Disclosure } from "@/components/ui/disclosure";
import { NotificationDutyPanel } from "@/components/workflow/notification-duty-panel";
import { CitedArticles } from "@/components/legal-articles/cited-articles";
import { listLegalArticles } from "@/lib/legal-articles/list-legal-articles";

/** The message namespaces this section's client components read; the section page and the report hand them on. */
export const clientMessages: readonly MessageNamespace[] = ["comments", "dayField", "errors", "forms", "legalArticles", "state", "validation", "workflow"];
export async function SectionList({ viewer, incident, access, locale, canEdit }: SectionViewProps) {
  const [t, tState, view] = await Promise.all([getTranslations("workflow"), getTranslations("state"), getWorkflow(viewer, incident, access)]);
  const preview = view.pending ? await previewProposal({ incidentId: incident.id, fromState: view.pending.from, details: view.pending.details as Prisma.JsonValue }) : null;
  const consequences = view.pending && preview ? await stepConsequences(preview, { locale, from: view.pending.from }) : null;
  const canEditSanctions = can(viewer, "sanction.edit", access);
  const sanctionLabel = (s: { type: string; subjectName: string }) => `${t(`sanctionTypes.${s.type}`)} · ${s.subjectName}`;
  const sanctionOptions = view.proposedSanctions.map((s) => ({ id: s.id, label: sanctionLabel(s), proposedAmount: s.proposedAmountMinor === null ? null : toDecimal({ minor: s.proposedAmountMinor, currency: s.currency }), currency: s.currency }));
  const showDetail = (name: string, value: unknown) => {
    if (name === "decisions" && Array.isArray(value)) {
      return (value as { sanctionId: string; amount?: unknown; currency?: unknown; amountKrw?: unknown }[])
        .map((d) => {
          const s = view.proposedSanctions.find((x) => x.id === d.sanctionId);
          const money = storedMoney(d);
          return `${s ? sanctionLabel(s) : d.sanctionId}: ${money ? formatMoney(money, locale) : "—"}`;
        })
        .join("; ");
    }
    if (typeof value === "boolean") return value ? t("yes") : t("no");
    if (Array.isArray(value)) return value.join("; ");
    if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(new Date(`${value}T00:00:00Z`), "day", locale);
    return value === null || value === undefined || value === "" ? null : String(value);
  };

  return (
    <div className="space-y-8">
      <p className="text-slate-700">{t("intro")}</p>

      <section aria-labelledby="wf-state" className="space-y-3">
        <h2 id="wf-state" className="text-lg font-semibold">
          {t("currentTitle")}
        </h2>
        <StepDiagram state={view.state} visited={view.visited} />
        <p className="text-sm text-slate-700" data-testid="time-in-state">
          {t("timeInState", { state: tState(view.state), days: view.daysInState, since: formatInstantDay(view.stateEnteredAt, locale) })}
        </p>
        <h3 className="font-medium">{t("clocksTitle")}</h3>
        {/* The duty to notify has its own panel below. */}
        <ClockList clocks={view.clocks.filter((c) => c.kind !== "notification_duty")} locale={locale} />
        {view.jurisdiction.rules
          // "Does not start" is about clocks to come: a kind already running keeps its frozen rule.
          .filter((r) => r.kind !== "notification_duty" && r.length === null && !view.clocks.some((c) => c.kind === r.kind))
          .map((r) => (
            <p key={r.id} className="text-sm text-slate-600" data-testid="no-rule">
              {t("noRule", { kind: t(`clockKinds.${r.kind}`) })}
            </p>
          ))}
      </section>

      <NotificationDutyPanel view={view} incidentId={incident.id} locale={locale} canRecord={can(viewer, "record.edit", access)} />

      {view.pending ? (
        <section aria-labelledby="wf-pending" className="space-y-3 rounded-lg border-2 border-blue-800 bg-blue-50 p-4" data-testid="pending-proposal">
          <h2 id="wf-pending" className="text-lg font-semibold">
            {t("pendingTitle")}: {t(`transitions.${view.pending.transitionId}`)}
          </h2>
          <p className="text-sm text-slate-700">
            {t("proposedBy", { name: view.pending.proposedBy ?? t("someone"), date: formatDateTime(view.pending.createdAt, locale) })} · {tState(view.pending.from)} → {tState(view.pending.to)}
          </p>
          <p className="whitespace-pre-line">{view.pending.reason}</p>
          <dl className="grid gap-2 text-sm sm:grid-cols-2">
            {TRANSITION_FIELDS[view.pending.transitionId].map((f) => {
              const shown = showDetail(f.name, view.pending?.details[f.name]);
              return shown ? (
                <div key={f.name}>
                  <dt className="font-medium text-slate-800">{t(`fields.${f.name}`)}</dt>
                  <dd className="whitespace-pre-line">{shown}</dd>
                </div>
              ) : null;
            })}
          </dl>
          {preview ? <StepPreview preview={preview} locale={locale} /> : null}
          <PendingProposalActions
            proposalId={view.pending.id}
            canApprove={view.pending.canApprove}
            canReject={view.pending.canReject}
            canWithdraw={view.pending.canWithdraw}
            isMine={view.pending.isMine}
            approveConsequence={consequences?.approve ?? ""}
            rejectConsequence={consequences?.reject ?? ""}
          />
          <CommentThread viewer={viewer} access={access} incidentId={incident.id} locale={locale} target={{ kind: "transition_proposal", id: view.pending.id }} heading="h3" />
        </section>
      ) : null}

      {/* The next steps, each enabled or saying why not, are for those with a hand in the workflow;
          a reader without one (an administrator) sees the state, history, clocks and sanctions. */}
      {canEdit ? (
        <section aria-labelledby="wf-next" className="space-y-3" data-incident={incident.id} data-testid="next-steps">
          <h2 id="wf-next" className="text-lg font-semibold">
            {t("nextTitle")}
          </h2>
          <WorkflowActions incidentId={incident.id} state={view.state} actions={view.actions} sanctions={sanctionOptions} />
        </section>
      ) : null}

      <section aria-labelledby="wf-sanctions" className="space-y-3" id="sanctions">
        <h2 id="wf-sanctions" className="text-lg font-semibold">
          {t("sanctionsTitle")}
        </h2>
        {view.sanctionChains.length === 0 ? <EmptyState>{t("noSanctions")}</EmptyState> : null}
        <ul className="space-y-3">
          {view.sanctionChains.map(({ current: s, chain }) => {
            return (
              <li key={s.id} id={`sanction-${s.id}`} className="rounded-lg border border-slate-200 bg-white p-4" data-sanction-status={s.status}>
                <p className="font-medium">{sanctionLabel(s)}</p>
                <CitedArticles className="text-sm text-slate-700" label={t("legalBasis")} articles={s.articles.map((l) => l.article)} freeText={s.legalBasis} />
                <SanctionHistory chain={chain} locale={locale} />
                {s.status === "proposed" ? <CommentThread viewer={viewer} access={access} incidentId={incident.id} locale={locale} target={{ kind: "sanction", id: s.id }} heading="h3" /> : null}
                {canEditSanctions && s.status === "proposed" && PROPOSING_STATES.includes(view.state) ? (
                  <Disclosure look="inline" summary={t("withdrawSanction")}>
                    <WithdrawSanctionForm sanctionId={s.id} version={s.version} />
                  </Disclosure>
                ) : null}
                {canEditSanctions && view.state === "appealed" && s.status === "decided" && !s.appealOutcome ? (
                  <Disclosure look="inline" startOpen summary={t("recordAppealOutcome")}>
                    <AppealOutcomeForm sanctionId={s.id} version={s.version} currency={s.currency} />
                  </Disclosure>
                ) : null}
              </li>
            );
          })}
        </ul>
        {canEditSanctions && PROPOSING_STATES.includes(view.state) ? (
          <Disclosure summary={t("proposeSanction")}>
            <SanctionForm incidentId={incident.id} defaultSubject={localized(locale, incident.investigatedOrg.name, incident.investigatedOrg.nameKo)} articles={await listLegalArticles()} />
          </Disclosure>
        ) : null}
      </section>

      <section aria-labelledby="wf-history" className="space-y-3">
        <h2 id="wf-history" className="text-lg font-semibold">
          {t("historyTitle")}
        </h2>
        <WorkflowHistory history={view.history} locale={locale} />
      </section>
    </div>
  );
}

export async function SectionReport({ viewer, incident, access, locale }: SectionViewProps) {
  const [t, tState, workflow] = await Promise.all([getTranslations("workflow"), getTranslations("state"), getWorkflow(viewer, incident, access)]);
  return (
    <>
      <p>{t("timeInState", { state: tState(workflow.state), days: workflow.daysInState, since: formatInstantDay(workflow.stateEnteredAt, locale) })}</p>
      {workflow.sanctionChains.map(({ current, chain }) => (
        <div key={current.id} className="break-inside-avoid">
          <p className="font-medium">
            {t(`sanctionTypes.${current.type}`)} · {current.subjectName}
          </p>
          <SanctionHistory chain={chain} locale={locale} />
        </div>
      ))}
      <WorkflowHistory history={workflow.history} locale={locale} />
    </>
  );
}
