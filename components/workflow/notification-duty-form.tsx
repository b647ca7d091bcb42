"use client";

import { useTranslations } from "next-intl";
import { ConflictPanel } from "@/components/forms/conflict-panel";
import { describedBy, Field, inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { useRouter } from "@/lib/i18n/navigation";
import { recordNotificationAction } from "@/lib/workflow/actions";
import { recordNotificationSchema } from "@/lib/workflow/notification-schema";

/** When the company became aware and when it notified, typed on the jurisdiction's wall clock. */
export function NotificationDutyForm(props: { incidentId: string; version: number | null; awareAt: string; notifiedAt: string; timeZone: string }) {
  const t = useTranslations("workflow");
  const router = useRouter();
  const defaults = { incidentId: props.incidentId, awareAt: props.awareAt, notifiedAt: props.notifiedAt, version: props.version === null ? "" : String(props.version) };
  const { form, submit, conflict } = useActionForm({
    schema: recordNotificationSchema,
    defaultValues: defaults,
    action: recordNotificationAction,
    successMessage: t("notifySaved"),
    onSuccess: (data) => {
      form.reset({ ...form.getValues(), version: String(data.version) });
      router.refresh();
    },
  });
  const e = form.formState.errors;
  const hint = t("instantHint", { zone: props.timeZone });
  return (
    <form onSubmit={submit} noValidate className="grid gap-3 sm:grid-cols-2" data-testid="notification-form">
      {conflict ? (
        <div className="sm:col-span-2">
          <ConflictPanel conflict={conflict} mine={form.getValues()} fields={[{ name: "awareAt", label: t("awareAt") }, { name: "notifiedAt", label: t("notifiedAt") }]} />
        </div>
      ) : null}
      <Field id="nd-aware" label={t("awareAt")} hint={hint} error={e.awareAt?.message}>
        <input id="nd-aware" inputMode="numeric" placeholder="YYYY-MM-DD HH:MM" className={inputClass} {...describedBy("nd-aware", { hint: true, error: e.awareAt })} {...form.register("awareAt")} />
      </Field>
      <Field id="nd-notified" label={t("notifiedAt")} hint={`${hint} ${t("notifiedHint")}`} error={e.notifiedAt?.message} optional>
        <input id="nd-notified" inputMode="numeric" placeholder="YYYY-MM-DD HH:MM" className={inputClass} {...describedBy("nd-notified", { hint: true, error: e.notifiedAt })} {...form.register("notifiedAt")} />
      </Field>
      <div className="sm:col-span-2">
        <SubmitButton pending={form.formState.isSubmitting} label={t("notifySave")} />
      </div>
    </form>
  );
}
