"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { describedBy, Field, FieldError, inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Options } from "@/components/ui/options";
import { createPersonalTokenAction, createServiceTokenAction } from "@/lib/api-tokens/actions";
import { createPersonalTokenSchema, createServiceTokenSchema, TOKEN_LIFETIMES } from "@/lib/api-tokens/schema";
import { API_SCOPES } from "@/lib/api-tokens/scopes";
import { NewTokenSecret } from "./new-token-secret";

export interface OwnerChoice {
  id: string;
  label: string;
}

/** Creates a token: personal (acts as the viewer) or, with `owners`, a service token acting as the user chosen. */
export function TokenForm({ owners }: { owners?: OwnerChoice[] }) {
  const t = useTranslations("apiTokens");
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const service = owners !== undefined;
  const { form, submit } = useActionForm({
    schema: service ? createServiceTokenSchema : createPersonalTokenSchema,
    defaultValues: { name: "", scopes: [], lifetimeDays: 90, ...(service ? { ownerId: "" } : {}) },
    action: service ? createServiceTokenAction : createPersonalTokenAction,
    successMessage: t("created"),
    onSuccess: (data) => {
      setCreated({ name: data.name, secret: data.secret });
      form.reset();
    },
  });
  const e = form.formState.errors as Record<string, { message?: string } | undefined>;
  if (created) return <NewTokenSecret name={created.name} secret={created.secret} onDone={() => setCreated(null)} />;
  return (
    <form onSubmit={submit} noValidate className="space-y-4 rounded-xl border border-slate-200 bg-white p-4" aria-labelledby="new-token-heading">
      <h2 id="new-token-heading" className="font-semibold">
        {t("newToken")}
      </h2>
      <Field id="token-name" label={t("name")} hint={t("nameHint")} error={e.name?.message} className="max-w-md">
        <input id="token-name" className={inputClass} {...describedBy("token-name", { hint: true, error: e.name })} {...form.register("name")} />
      </Field>
      {service ? (
        <Field id="token-owner" label={t("owner")} hint={t("ownerHint")} error={e.ownerId?.message} className="max-w-md">
          <select id="token-owner" className={inputClass} {...describedBy("token-owner", { hint: true, error: e.ownerId })} {...form.register("ownerId" as never)}>
            <option value="">—</option>
            {owners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("scopes")}</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {API_SCOPES.map((scope) => (
            <label key={scope} className="inline-flex items-start gap-2 text-sm text-slate-800">
              <input type="checkbox" value={scope} className="mt-0.5 h-4 w-4 accent-slate-900" {...form.register("scopes")} />
              <span>
                {t(`scopeNames.${scope}`)} <code className="text-xs text-slate-600">{scope}</code>
              </span>
            </label>
          ))}
        </div>
        <FieldError id="token-scopes-error" error={e.scopes?.message} />
      </fieldset>
      <Field id="token-lifetime" label={t("lifetime")} error={e.lifetimeDays?.message} className="max-w-xs">
        <select id="token-lifetime" className={inputClass} {...describedBy("token-lifetime", { error: e.lifetimeDays })} {...form.register("lifetimeDays")}>
          <Options values={TOKEN_LIFETIMES} label={(days) => t("days", { days })} />
        </select>
      </Field>
      <SubmitButton pending={form.formState.isSubmitting} label={t("create")} />
    </form>
  );
}
