"use client";

import { useTranslations } from "next-intl";
import { describedBy, Field, FieldError, inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { useRouter } from "@/lib/i18n/navigation";
import { createWebhookAction } from "@/lib/webhooks/actions";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/events";
import { createWebhookSchema } from "@/lib/webhooks/schema";

const EMPTY = { url: "", events: [] as string[] };
const eventKey = (event: string) => event.replace(".", "_");

/** Subscribes an address to events; the new subscription's page shows its secret. */
export function WebhookForm() {
  const t = useTranslations("webhooks");
  const router = useRouter();
  const { form, submit } = useActionForm({
    schema: createWebhookSchema,
    defaultValues: EMPTY,
    action: createWebhookAction,
    successMessage: t("created"),
    onSuccess: (data) => router.push(`/workspace/webhooks/${data.id}`),
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={submit} noValidate className="grid gap-4 rounded-xl border border-slate-200 bg-white p-5" aria-labelledby="new-webhook-title" data-testid="webhook-form">
      <h2 id="new-webhook-title" className="text-lg font-semibold">
        {t("newTitle")}
      </h2>
      <Field id="w-url" label={t("url")} hint={t("urlHint")} error={e.url?.message}>
        <input id="w-url" type="url" inputMode="url" autoComplete="off" className={inputClass} placeholder="https://" {...describedBy("w-url", { hint: true, error: e.url })} {...form.register("url")} />
      </Field>
      <fieldset aria-describedby={e.events ? "w-events-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t("eventsLegend")}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {WEBHOOK_EVENTS.map((event) => (
            <label key={event} className="flex items-start gap-2 text-sm">
              <input type="checkbox" value={event} className="mt-0.5 size-4" {...form.register("events")} />
              <span>
                {t(`events.${eventKey(event)}` as never)} <code className="text-xs text-slate-600">{event}</code>
              </span>
            </label>
          ))}
        </div>
        <FieldError id="w-events-error" error={e.events?.message} />
      </fieldset>
      <div>
        <SubmitButton pending={form.formState.isSubmitting} label={t("create")} />
      </div>
    </form>
  );
}
