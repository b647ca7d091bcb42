// What approving a pending step will change, shown to the approver beside the proposal and
// named again in the confirm dialog. The preview comes from the code the approval runs
// (lib/workflow/preview-transition.ts); this only words it.
import { getTranslations } from "next-intl/server";
import { formatDateTimeIn, formatInstantDay } from "@/lib/format/date";
import { formatMoney } from "@/lib/format/money";
import type { Locale } from "@/lib/i18n/locales";
import type { TransitionPreview } from "@/lib/workflow/preview-transition";

type Ready = Extract<TransitionPreview, { ok: true }>;
type Translate = Awaited<ReturnType<typeof getTranslations<"workflow">>>;
type StartedClock = Extract<NonNullable<Ready["start"]>, { length: number }>;

/** A window in days is read by its last day; one in hours to the minute (as the clock list reads them). */
function dueText(start: StartedClock, locale: Locale, t: Translate): string {
  if (start.unit === "hours") return t("clockDueAt", { date: formatDateTimeIn(start.dueAt, locale, start.timeZone) });
  return t("clockDue", { date: formatInstantDay(new Date(start.dueAt.getTime() - 1), locale, start.timeZone) });
}

function lines(preview: Ready, locale: Locale, t: Translate, tState: (key: string) => string) {
  const start = preview.start
    ? preview.start.length === null
      ? t("review.noClock", { kind: t(`clockKinds.${preview.start.kind}`) })
      : t("review.starts", {
          kind: t(`clockKinds.${preview.start.kind}`),
          rule: t("ruleApplied", { length: preview.start.length, unit: preview.start.unit, jurisdiction: preview.start.jurisdiction }),
          due: dueText(preview.start, locale, t),
        })
    : null;
  const stops = preview.stops.map((s) => t("review.stops", { kind: t(`clockKinds.${s.kind}`), late: s.lateDays > 0 ? t("stoppedLate", { days: s.lateDays }) : t("stoppedOnTime") }));
  const decisions = preview.decisions.map((d) => [t(`sanctionTypes.${d.type}`), d.subjectName, d.money ? formatMoney(d.money, locale) : null].filter(Boolean).join(" · "));
  return { state: t("review.moves", { from: tState(preview.from), to: tState(preview.to) }), start, stops, decisions };
}

/** The sentences the approve and reject dialogs say. */
export async function stepConsequences(preview: TransitionPreview, options: { locale: Locale; from: string }) {
  const [t, tState] = await Promise.all([getTranslations("workflow"), getTranslations("state")]);
  const reject = t("review.rejectConsequence", { state: tState(options.from) });
  if (!preview.ok) return { approve: preview.problem, reject };
  const l = lines(preview, options.locale, t, tState);
  const approve = [
    t("review.approveConsequence", { state: tState(preview.to) }),
    l.start,
    ...l.stops,
    l.decisions.length > 0 ? t("review.decides", { sanctions: l.decisions.join("; ") }) : null,
    preview.problem ? t("review.wouldFail", { problem: preview.problem }) : null,
  ];
  return { approve: approve.filter(Boolean).join("\n"), reject };
}

export async function StepPreview({ preview, locale }: { preview: TransitionPreview; locale: Locale }) {
  const [t, tState] = await Promise.all([getTranslations("workflow"), getTranslations("state")]);
  return (
    <section aria-labelledby="wf-step-preview" className="space-y-2 rounded-md border border-slate-300 bg-white p-3" data-testid="step-preview">
      <h3 id="wf-step-preview" className="font-semibold">
        {t("review.title")}
      </h3>
      {!preview.ok ? (
        <p className="text-sm text-amber-900">{preview.problem}</p>
      ) : (
        <StepLines preview={preview} locale={locale} t={t} tState={tState} />
      )}
    </section>
  );
}

function StepLines({ preview, locale, t, tState }: { preview: Ready; locale: Locale; t: Translate; tState: (key: string) => string }) {
  const l = lines(preview, locale, t, tState);
  return (
    <>
      <dl className="grid gap-2 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium">{t("review.stateLabel")}</dt>
        <dd data-testid="step-state">{l.state}</dd>
        <dt className="font-medium">{t("review.clocksLabel")}</dt>
        <dd data-testid="step-clocks">
          {l.start || l.stops.length > 0 ? (
            <ul className="space-y-1">
              {l.start ? <li>{l.start}</li> : null}
              {l.stops.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          ) : (
            t("review.noClockChange")
          )}
        </dd>
        <dt className="font-medium">{t("review.sanctionsLabel")}</dt>
        <dd data-testid="step-sanctions">
          {l.decisions.length > 0 ? (
            <ul className="space-y-1">
              {l.decisions.map((d) => (
                <li key={d} className="tabular-nums">
                  {d}
                </li>
              ))}
            </ul>
          ) : (
            t("review.noSanctionChange")
          )}
        </dd>
      </dl>
      {preview.problem ? (
        <p className="rounded border border-amber-700 bg-amber-50 p-2 text-sm text-amber-950" role="note">
          {t("review.wouldFail", { problem: preview.problem })}
        </p>
      ) : null}
    </>
  );
}
