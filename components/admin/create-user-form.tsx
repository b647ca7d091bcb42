"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createUserSchema, type CreateUserInput } from "@/lib/users/schema";
import { createUserAction } from "@/lib/users/actions";
import { useRouter } from "@/lib/i18n/navigation";
import { FeedbackLine, useExplainFailure, type Feedback } from "./action-feedback";
import { ROLES } from "@/lib/enums";
import { Options } from "@/components/ui/options";

export function CreateUserForm({ ssoAvailable }: { ssoAvailable: boolean }) {
  const t = useTranslations("admin");
  const tRoles = useTranslations("roles");
  const router = useRouter();
  const explain = useExplainFailure();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [oneTime, setOneTime] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof createUserSchema>, unknown, CreateUserInput>({ resolver: zodResolver(createUserSchema), defaultValues: { role: "case_officer", signIn: "password" } });

  const onSubmit = handleSubmit(async (values) => {
    setFeedback(null);
    setOneTime(null);
    const result = await createUserAction(values);
    if (!result.ok) {
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (messages?.[0]) setError(field as keyof CreateUserInput, { message: messages[0] });
      }
      setFeedback({ kind: "error", text: explain(result) });
      return;
    }
    setFeedback({ kind: "ok", text: t("created", { email: result.data.user.email }) });
    if (result.data.temporaryPassword) setOneTime(t("oneTimePassword", { email: result.data.user.email, password: result.data.temporaryPassword }));
    reset({ email: "", name: "", role: values.role, signIn: values.signIn });
    router.refresh();
  });

  const input = "mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 aria-[invalid=true]:border-red-700";
  const fieldError = (message?: string, id?: string) =>
    message ? (
      <p id={id} className="mt-1 text-sm text-red-800">
        {message}
      </p>
    ) : null;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 rounded-xl border border-slate-200 bg-white p-5 sm:grid-cols-2">
      <h2 className="text-lg font-semibold sm:col-span-2">{t("createTitle")}</h2>
      <div>
        <label htmlFor="new-name" className="text-sm font-medium">{t("name")}</label>
        <input id="new-name" className={input} aria-invalid={Boolean(errors.name)} aria-describedby="new-name-error" {...register("name")} />
        {fieldError(errors.name?.message, "new-name-error")}
      </div>
      <div>
        <label htmlFor="new-email" className="text-sm font-medium">{t("email")}</label>
        <input id="new-email" type="email" className={input} aria-invalid={Boolean(errors.email)} aria-describedby="new-email-error" {...register("email")} />
        {fieldError(errors.email?.message, "new-email-error")}
      </div>
      <div>
        <label htmlFor="new-role" className="text-sm font-medium">{t("role")}</label>
        <select id="new-role" className={input} {...register("role")}>
          <Options values={ROLES} label={(r) => tRoles(r)} />
        </select>
      </div>
      <fieldset>
        <legend className="text-sm font-medium">{t("signInMethod")}</legend>
        <label className="mt-1 flex items-center gap-2 text-sm">
          <input type="radio" value="password" {...register("signIn")} /> {t("signInPassword")}
        </label>
        {ssoAvailable ? (
          <label className="mt-1 flex items-center gap-2 text-sm">
            <input type="radio" value="sso" {...register("signIn")} /> {t("signInSso")}
          </label>
        ) : null}
      </fieldset>
      <div className="flex items-center gap-4 sm:col-span-2">
        <button type="submit" disabled={isSubmitting} className="rounded-md bg-slate-900 px-4 py-2 font-medium text-white hover:bg-slate-700 disabled:opacity-60">
          {isSubmitting ? t("creating") : t("create")}
        </button>
        <FeedbackLine feedback={feedback} />
      </div>
      {oneTime ? (
        <p className="rounded-md border border-amber-400 bg-amber-50 p-3 font-mono text-sm text-amber-950 sm:col-span-2" data-testid="one-time-password">
          {oneTime}
        </p>
      ) : null}
    </form>
  );
}
