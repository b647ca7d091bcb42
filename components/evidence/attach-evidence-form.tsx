"use client";

import { useTranslations } from "next-intl";
import { describedBy, Field, inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { linkEvidenceAction } from "@/lib/evidence/actions";
import type { EvidenceFileChoice } from "@/lib/evidence/file-choices";
import { linkEvidenceSchema, type EvidenceTarget } from "@/lib/evidence/schema";
import { useAppLocale } from "@/lib/i18n/use-app-locale";
import { localized } from "@/lib/i18n/localized";

/** Links one of the case's files to a record, with where in the file ("p. 12"). */
export function AttachEvidenceForm({ target, targetId, files }: { target: EvidenceTarget; targetId: string; files: EvidenceFileChoice[] }) {
  const t = useTranslations("evidenceLinks");
  const locale = useAppLocale();
  const { form, submit } = useActionForm({
    schema: linkEvidenceSchema,
    defaultValues: { target, targetId, fileId: files[0]?.id ?? "", locator: "" },
    action: linkEvidenceAction,
    successMessage: t("attached"),
    onSuccess: () => form.reset({ target, targetId, fileId: files[0]?.id ?? "", locator: "" }),
  });
  const { register, formState } = form;
  const e = formState.errors;
  const p = `attach-${targetId}`;
  if (files.length === 0) return <p className="mt-3 text-sm text-slate-600">{t("noFiles")}</p>;
  return (
    <form onSubmit={submit} noValidate className="mt-4 space-y-3 border-t border-slate-200 pt-3" aria-labelledby={`${p}-heading`}>
      <h4 id={`${p}-heading`} className="text-sm font-semibold">
        {t("attach")}
      </h4>
      <Field id={`${p}-file`} label={t("file")} error={e.fileId?.message}>
        <select id={`${p}-file`} className={inputClass} {...describedBy(`${p}-file`, { error: e.fileId })} {...register("fileId")}>
          {files.map((f) => (
            <option key={f.id} value={f.id}>
              {localized(locale, f.title, f.titleKo)} ({f.originalName})
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${p}-locator`} label={t("locator")} optional hint={t("locatorHint")} error={e.locator?.message}>
        <input id={`${p}-locator`} maxLength={200} className={inputClass} {...describedBy(`${p}-locator`, { hint: true, error: e.locator })} {...register("locator")} />
      </Field>
      <SubmitButton pending={formState.isSubmitting} label={t("attachButton")} />
    </form>
  );
}
