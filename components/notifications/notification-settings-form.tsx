"use client";

import { useTranslations } from "next-intl";
import { describedBy, Field, FieldError, inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Options } from "@/components/ui/options";
import { NOTIFICATION_DELIVERIES, NOTIFICATION_KINDS } from "@/lib/enums";
import type { NotificationDelivery, NotificationKind } from "@/lib/generated/prisma/enums";
import { locales, type Locale } from "@/lib/i18n/locales";
import { saveNotificationSettingsAction } from "@/lib/notifications/actions";
import { DEFAULT_DELIVERY } from "@/lib/notifications/kinds";
import { notificationSettingsSchema } from "@/lib/notifications/schema";

export interface NotificationSettingsValues {
  locale: Locale;
  deliveries: Record<NotificationKind, NotificationDelivery>;
}

/** The viewer's own mail settings: one choice per kind of notification, and the mails' language. */
export function NotificationSettingsForm({ initial, clockDueDays }: { initial: NotificationSettingsValues; clockDueDays: number }) {
  const t = useTranslations("notificationSettings");
  const { form, submit } = useActionForm({ schema: notificationSettingsSchema, defaultValues: initial, action: saveNotificationSettingsAction, successMessage: t("saved") });
  const e = form.formState.errors;
  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      <div className="overflow-hidden rounded-xl border border-slate-200 bg-white">
        <div className="hidden grid-cols-[1fr_auto] gap-4 border-b border-slate-200 bg-slate-50 px-4 py-2 text-xs font-semibold uppercase tracking-wide text-slate-600 sm:grid">
          <span>{t("kindColumn")}</span>
          <span>{t("deliveryColumn")}</span>
        </div>
        {NOTIFICATION_KINDS.map((kind) => (
          <fieldset key={kind} className="grid gap-2 border-b border-slate-100 px-4 py-3 last:border-b-0 sm:grid-cols-[1fr_auto] sm:items-center sm:gap-4" data-testid={`delivery-${kind}`}>
            <legend className="sr-only">{t(`kinds.${kind}`, { days: clockDueDays })}</legend>
            <span aria-hidden="true" className="text-sm font-medium text-slate-900">
              {t(`kinds.${kind}`, { days: clockDueDays })}
            </span>
            <div className="flex flex-wrap gap-x-4 gap-y-1">
              {NOTIFICATION_DELIVERIES.map((delivery) => (
                <label key={delivery} className="inline-flex items-center gap-1.5 text-sm text-slate-800">
                  <input type="radio" value={delivery} className="h-4 w-4 accent-slate-900" {...form.register(`deliveries.${kind}`)} />
                  {t(`deliveries.${delivery}`)}
                  {DEFAULT_DELIVERY[kind] === delivery ? <span className="text-xs text-slate-500">{t("isDefault")}</span> : null}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
      <FieldError id="deliveries-error" error={e.deliveries?.message} />
      <Field id="mail-locale" label={t("language")} hint={t("languageHint")} error={e.locale?.message} className="max-w-sm">
        <select id="mail-locale" className={inputClass} {...describedBy("mail-locale", { hint: true, error: e.locale })} {...form.register("locale")}>
          <Options values={locales} label={(locale) => t(`languages.${locale}`)} />
        </select>
      </Field>
      <SubmitButton pending={form.formState.isSubmitting} label={t("save")} />
    </form>
  );
}
