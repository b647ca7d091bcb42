"use client";

import { useTranslations } from "next-intl";
import { describedBy, Field, inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { useRouter } from "@/lib/i18n/navigation";
import { createJurisdictionAction } from "@/lib/jurisdictions/actions";
import { createJurisdictionSchema } from "@/lib/jurisdictions/schema";

const EMPTY = { code: "", name: "", nameKo: "", timeZone: "" };

/** Adds a jurisdiction; its three rules start "not set". */
export function JurisdictionForm() {
  const t = useTranslations("jurisdictionsAdmin");
  const router = useRouter();
  const { form, submit } = useActionForm({
    schema: createJurisdictionSchema,
    defaultValues: EMPTY,
    action: createJurisdictionAction,
    successMessage: t("added"),
    onSuccess: () => {
      form.reset(EMPTY);
      router.refresh();
    },
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={submit} noValidate className="grid gap-4 rounded-xl border border-slate-200 bg-white p-5 sm:grid-cols-2" aria-labelledby="add-jurisdiction-title">
      <h2 id="add-jurisdiction-title" className="text-lg font-semibold sm:col-span-2">
        {t("addTitle")}
      </h2>
      <Field id="j-code" label={t("code")} hint={t("codeHint")} error={e.code?.message}>
        <input id="j-code" className={inputClass} autoCapitalize="characters" {...describedBy("j-code", { hint: true, error: e.code })} {...form.register("code")} />
      </Field>
      <Field id="j-zone" label={t("timeZoneField")} hint={t("timeZoneHint")} error={e.timeZone?.message}>
        <input id="j-zone" className={inputClass} {...describedBy("j-zone", { hint: true, error: e.timeZone })} {...form.register("timeZone")} />
      </Field>
      <Field id="j-name" label={t("name")} error={e.name?.message}>
        <input id="j-name" className={inputClass} {...describedBy("j-name", { error: e.name })} {...form.register("name")} />
      </Field>
      <Field id="j-name-ko" label={t("nameKo")} error={e.nameKo?.message}>
        <input id="j-name-ko" lang="ko" className={inputClass} {...describedBy("j-name-ko", { error: e.nameKo })} {...form.register("nameKo")} />
      </Field>
      <div className="sm:col-span-2">
        <SubmitButton pending={form.formState.isSubmitting} label={t("add")} />
      </div>
    </form>
  );
}
