import { getTranslations } from "next-intl/server";
import { formatDateTimeIn } from "@/lib/format/date";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { formatZoned, hoursLate } from "@/lib/jurisdictions/clock-rules";
import type { WorkflowView } from "@/lib/workflow/get-workflow";
import { NotificationDutyForm } from "./notification-duty-form";

/**
 * The company's duty to notify the breach: the rule that applies (the one frozen into the clock
 * once recorded), the two moments, on time or how late, and the form for those who keep the record.
 */
export async function NotificationDutyPanel({ view, incidentId, locale, canRecord }: { view: WorkflowView; incidentId: string; locale: Locale; canRecord: boolean }) {
  const [t, tRules] = await Promise.all([getTranslations("workflow"), getTranslations("jurisdictionsAdmin")]);
  const clock = view.clocks.find((c) => c.kind === "notification_duty") ?? null;
  const rule = view.jurisdiction.rules.find((r) => r.kind === "notification_duty") ?? null;
  const zone = clock?.ruleTimeZone ?? view.jurisdiction.timeZone;
  const length = clock?.ruleLength ?? rule?.length ?? null;
  const unit = clock?.ruleUnit ?? rule?.unit ?? "hours";
  // The legal reference is not frozen with the clock: name it only while the rule still says what the clock keeps.
  const reference = rule && (!clock || (clock.ruleLength === rule.length && clock.ruleUnit === rule.unit)) ? localized(locale, rule.legalReference, rule.legalReferenceKo) || "—" : "—";
  const late = clock?.stoppedAt ? hoursLate(clock.dueAt, clock.stoppedAt) : null;
  return (
    <section aria-labelledby="wf-notify" className="space-y-3" data-testid="notification-duty">
      <h2 id="wf-notify" className="text-lg font-semibold">
        {t("notifyTitle")}
      </h2>
      {length === null ? (
        <p className="text-sm text-slate-700">{t("noRule", { kind: t("clockKinds.notification_duty") })}</p>
      ) : (
        <>
          <p className="text-sm text-slate-700">{t("notifyIntro", { zone })}</p>
          <p className="text-sm text-slate-700">
            {t("notifyRule", { length: tRules("lengthValue", { length, unit }), reference })}
          </p>
          {clock ? (
            <dl className="grid gap-2 text-sm sm:grid-cols-3" data-testid="notification-status">
              <div>
                <dt className="font-medium text-slate-600">{t("awareAt")}</dt>
                <dd>{formatDateTimeIn(clock.startsAt, locale, zone)}</dd>
              </div>
              <div>
                <dt className="font-medium text-slate-600">{t("notifiedAt")}</dt>
                <dd>{clock.stoppedAt ? formatDateTimeIn(clock.stoppedAt, locale, zone) : t("notifyRunning")}</dd>
              </div>
              <div>
                <dt className="font-medium text-slate-600">{t("notifyDue")}</dt>
                <dd>
                  {formatDateTimeIn(clock.dueAt, locale, zone)}
                  {late === null ? null : <span className={late > 0 ? "ml-1 font-medium text-red-800" : "ml-1 font-medium text-emerald-800"}>· {late > 0 ? t("notifyLate", { hours: late }) : t("notifyOnTime")}</span>}
                </dd>
              </div>
            </dl>
          ) : (
            <p className="text-sm text-slate-600">{t("notifyNone")}</p>
          )}
          {canRecord ? (
            <NotificationDutyForm
              incidentId={incidentId}
              version={clock?.version ?? null}
              awareAt={clock ? formatZoned(clock.startsAt, zone) : ""}
              notifiedAt={clock?.stoppedAt ? formatZoned(clock.stoppedAt, zone) : ""}
              timeZone={zone}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
