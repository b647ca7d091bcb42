import { getTranslations } from "next-intl/server";
import { formatDate, formatDateTime, formatDateTimeIn, formatInstantDay } from "@/lib/format/date";
import { formatMoney } from "@/lib/format/money";
import { hoursLate } from "@/lib/jurisdictions/clock-rules";
import type { Locale } from "@/lib/i18n/locales";
import { clockStatus, daysLeft, type ClockStatus } from "@/lib/workflow/clocks";
import type { HistoryEntry, WorkflowView } from "@/lib/workflow/get-workflow";
import { MAIN_PATH, type WorkflowState } from "@/lib/workflow/machine";
import { EmptyState } from "@/components/ui/empty-state";

/** The main path as numbered steps, with the current one marked; appeal and dismissal appear when they happened. */
export async function StepDiagram({ state, visited }: { state: WorkflowState; visited: Set<WorkflowState> }) {
  const [t, tState] = await Promise.all([getTranslations("workflow"), getTranslations("state")]);
  let steps: WorkflowState[] = [...MAIN_PATH];
  if (visited.has("appealed")) steps.splice(steps.indexOf("closed"), 0, "appealed");
  if (state === "dismissed") steps = [...steps.filter((s) => visited.has(s) && s !== "closed"), "dismissed"];
  const currentIndex = steps.indexOf(state);
  return (
    <ol className="flex flex-wrap gap-2" aria-label={t("stepsTitle")} data-testid="step-diagram">
      {steps.map((s, i) => {
        const status = i < currentIndex ? "done" : i === currentIndex ? "current" : "upcoming";
        const style =
          status === "current"
            ? "bg-blue-800 text-white ring-blue-800"
            : status === "done"
              ? "bg-emerald-50 text-emerald-900 ring-emerald-700"
              : "bg-white text-slate-700 ring-slate-300";
        return (
          <li key={s} aria-current={status === "current" ? "step" : undefined} data-status={status} className={`flex items-center gap-1.5 rounded-full px-3 py-1 text-sm ring-1 ${style}`}>
            <span aria-hidden="true" className="font-semibold">
              {status === "done" ? "✓" : i + 1}
            </span>
            <span>{tState(s)}</span>
            <span className="sr-only">({t(`stepStatus.${status}`)})</span>
          </li>
        );
      })}
    </ol>
  );
}

export async function ClockList({ clocks, locale }: { clocks: WorkflowView["clocks"]; locale: Locale }) {
  const t = await getTranslations("workflow");
  if (clocks.length === 0) return <p className="text-sm text-slate-600">{t("noClocks")}</p>;
  const now = new Date();
  return (
    <ul className="space-y-2">
      {clocks.map((c) => {
        const status = clockStatus(c, now);
        const tone = status === "overdue" ? "border-red-700 bg-red-50" : status === "dueSoon" ? "border-amber-600 bg-amber-50" : "border-slate-200 bg-white";
        return (
          <li key={c.id} className={`rounded-lg border p-3 text-sm ${tone}`} data-clock={c.kind} data-status={status}>
            <p className="font-medium">{t(`clockKinds.${c.kind}`)}</p>
            <p data-testid="clock-due">
              {clockDueText(c, locale, t)} · {clockStatusText(c, status, now, t)}
            </p>
            {c.ruleLength !== null && c.ruleUnit ? (
              <p className="text-xs text-slate-600">{t("ruleApplied", { length: c.ruleLength, unit: c.ruleUnit, jurisdiction: c.ruleJurisdiction ?? "" })}</p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

type Clock = WorkflowView["clocks"][number];
type Translate = Awaited<ReturnType<typeof getTranslations<"workflow">>>;

/** A window in days ends at midnight after its last day, and people read the last day; a window in hours, to the minute. */
function clockDueText(c: Clock, locale: Locale, t: Translate): string {
  const zone = c.ruleTimeZone ?? undefined;
  if (c.ruleUnit === "hours") return t("clockDueAt", { date: formatDateTimeIn(c.dueAt, locale, zone ?? "Asia/Seoul") });
  return t("clockDue", { date: formatInstantDay(new Date(c.dueAt.getTime() - 1), locale, zone) });
}

/** The duty to notify stops at the moment the company notified, so its lateness is counted in hours from that moment. */
function clockStatusText(c: Clock, status: ClockStatus, now: Date, t: Translate): string {
  const inHours = c.ruleUnit === "hours";
  if (status === "stopped") {
    if (c.kind === "notification_duty" && c.stoppedAt) {
      const late = hoursLate(c.dueAt, c.stoppedAt);
      return late > 0 ? t("stoppedLateHours", { hours: late }) : t("stoppedOnTime");
    }
    return c.lateDays ? t("stoppedLate", { days: c.lateDays }) : t("stoppedOnTime");
  }
  if (inHours) {
    const hours = Math.ceil(Math.abs(c.dueAt.getTime() - now.getTime()) / 3_600_000);
    return status === "overdue" ? t("overdueByHours", { hours }) : t("hoursLeft", { hours });
  }
  const left = daysLeft(c.dueAt, now);
  return status === "overdue" ? t("overdueBy", { days: -left }) : t("daysLeft", { days: left });
}

const LIST_FIELDS = new Set(["legalArticles", "noticeDocRefs", "decisionDocRefs", "judgmentRefs"]);

/** Who did what, when, from and to which state, why, and the documents it cites. */
export async function WorkflowHistory({ history, locale }: { history: HistoryEntry[]; locale: Locale }) {
  const [t, tState] = await Promise.all([getTranslations("workflow"), getTranslations("state")]);
  if (history.length === 0) return <EmptyState>{t("noHistory")}</EmptyState>;
  return (
    <ol className="space-y-3 border-l-2 border-slate-200 pl-4" data-testid="workflow-history">
      {history.map((h) => {
        const documents = Object.entries(h.details ?? {}).filter(([k, v]) => LIST_FIELDS.has(k) && Array.isArray(v) && v.length > 0) as [string, string[]][];
        const lateness = (h.details?.lateness as { kind: string; lateDays: number }[] | undefined) ?? [];
        return (
          <li key={h.id} data-kind={h.kind}>
            <p className="text-sm text-slate-600">
              <time dateTime={h.at.toISOString()}>{formatDateTime(h.at, locale)}</time>
              {h.actor ? ` · ${h.actor}` : ""}
            </p>
            <p className="font-medium">
              {t(`historyKinds.${h.kind}`)}: {tState(h.from)} → {tState(h.to)}
            </p>
            {h.text ? <p className="whitespace-pre-line text-sm text-slate-800">{h.text}</p> : null}
            {documents.map(([k, v]) => (
              <p key={k} className="text-sm text-slate-700">
                {t(`fields.${k}`)}: {v.join("; ")}
              </p>
            ))}
            {lateness.map((l) => (
              <p key={l.kind} className="text-sm text-slate-700">
                {t(`clockKinds.${l.kind}`)}: {l.lateDays > 0 ? t("stoppedLate", { days: l.lateDays }) : t("stoppedOnTime")}
              </p>
            ))}
          </li>
        );
      })}
    </ol>
  );
}

/** One sanction with every amount it has had: the decided version and each appeal after it. */
export async function SanctionHistory({ chain, locale }: { chain: WorkflowView["sanctionChains"][number]["chain"]; locale: Locale }) {
  const t = await getTranslations("workflow");
  const amount = (minor: bigint | null, currency: string) => (minor === null ? "—" : formatMoney({ minor, currency }, locale));
  /** What a version rests on: its appeal outcome, else its decision, else where it stands. */
  const basis = (s: (typeof chain)[number]) => {
    const day = (d: Date | null) => (d ? [formatDate(d, "day", locale)] : []);
    const refs = (r: string[]) => (r.length ? [r.join("; ")] : []);
    if (s.appealOutcome) return [t(`appealOutcomes.${s.appealOutcome}`), ...day(s.appealDecidedOn), ...refs(s.appealDocRefs)].join(" · ");
    if (s.decisionDate) return [t("decision"), ...day(s.decisionDate), ...refs(s.decisionDocRefs)].join(" · ");
    if (s.proposedAmountMinor !== null && s.status !== "proposed") return `${t("proposedAmount")}: ${amount(s.proposedAmountMinor, s.currency)}`;
    return t(`sanctionStatus.${s.status}`);
  };
  return (
    <table className="mt-2 w-full text-left text-sm" data-testid="sanction-history">
      <caption className="sr-only">{t("amountHistory")}</caption>
      <thead className="text-slate-600">
        <tr>
          <th scope="col" className="py-1 pr-3 font-medium">{t("version")}</th>
          <th scope="col" className="py-1 pr-3 font-medium">{t("amount")}</th>
          <th scope="col" className="py-1 font-medium">{t("basis")}</th>
        </tr>
      </thead>
      <tbody>
        {chain.map((s, i) => (
          <tr key={s.id} className="border-t border-slate-200" data-status={s.status}>
            <td className="py-1 pr-3">{chain.length - i}</td>
            <td className="py-1 pr-3 tabular-nums">
              {s.status === "proposed" || s.status === "withdrawn" ? amount(s.proposedAmountMinor, s.currency) : amount(s.amountMinor, s.currency)}
            </td>
            <td className="py-1">{basis(s)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
