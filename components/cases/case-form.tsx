"use client";

import { useTranslations } from "next-intl";
import { ConflictPanel } from "@/components/forms/conflict-panel";
import { describedBy, Field, inputClass } from "@/components/forms/field";
import { Options } from "@/components/ui/options";
import { DayInput } from "@/components/forms/day-input";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { updateCaseAction } from "@/lib/cases/actions";
import { updateCaseSchema, type UpdateCaseFormInput } from "@/lib/cases/schema";
import { useRouter } from "@/lib/i18n/navigation";
import { DATE_PRECISIONS } from "@/lib/enums";

export function CaseForm({ defaults }: { defaults: UpdateCaseFormInput }) {
  const t = useTranslations("caseWs");
  const tEnum = useTranslations("enum");
  const tForms = useTranslations("forms");
  const router = useRouter();
  const { form, submit, conflict } = useActionForm({ schema: updateCaseSchema, defaultValues: defaults, action: updateCaseAction, onSuccess: () => router.refresh() });
  const { register, formState } = form;
  const e = formState.errors;
  const precision = (name: "conductStartPrecision" | "conductEndPrecision", id: string) => (
    <select id={id} className={inputClass} {...register(name)}>
      <Options values={DATE_PRECISIONS} label={(p) => tEnum(`precision.${p}`)} />
    </select>
  );
  return (
    <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2">
      {conflict ? (
        <div className="sm:col-span-2">
          <ConflictPanel conflict={conflict} mine={form.getValues()} fields={[{ name: "title", label: t("title") }, { name: "summary", label: t("summary") }]} />
        </div>
      ) : null}
      <Field id="inc-title" label={t("title")} error={e.title?.message} className="sm:col-span-2">
        <input id="inc-title" className={inputClass} {...describedBy("inc-title", { error: e.title })} {...register("title")} />
      </Field>
      <Field id="inc-titleKo" label={t("titleKo")} optional error={e.titleKo?.message} className="sm:col-span-2">
        <input id="inc-titleKo" lang="ko" className={inputClass} {...describedBy("inc-titleKo", { error: e.titleKo })} {...register("titleKo")} />
      </Field>
      <Field id="inc-summary" label={t("summary")} error={e.summary?.message} className="sm:col-span-2">
        <textarea id="inc-summary" rows={5} className={inputClass} {...describedBy("inc-summary", { error: e.summary })} {...register("summary")} />
      </Field>
      <Field id="inc-summaryKo" label={t("summaryKo")} optional error={e.summaryKo?.message} className="sm:col-span-2">
        <textarea id="inc-summaryKo" lang="ko" rows={4} className={inputClass} {...describedBy("inc-summaryKo", { error: e.summaryKo })} {...register("summaryKo")} />
      </Field>
      <Field id="inc-discovered" label={t("discoveredOn")} optional error={e.discoveredOn?.message}>
        <DayInput id="inc-discovered" className={inputClass} {...describedBy("inc-discovered", { error: e.discoveredOn })} {...register("discoveredOn")} />
      </Field>
      <div />
      <Field id="inc-start" label={t("conductStart")} optional error={e.conductStart?.message}>
        <DayInput id="inc-start" className={inputClass} {...describedBy("inc-start", { error: e.conductStart })} {...register("conductStart")} />
      </Field>
      <Field id="inc-start-precision" label={t("precision")}>
        {precision("conductStartPrecision", "inc-start-precision")}
      </Field>
      <Field id="inc-end" label={t("conductEnd")} optional error={e.conductEnd?.message}>
        <DayInput id="inc-end" className={inputClass} {...describedBy("inc-end", { error: e.conductEnd })} {...register("conductEnd")} />
      </Field>
      <Field id="inc-end-precision" label={t("precision")}>
        {precision("conductEndPrecision", "inc-end-precision")}
      </Field>
      <Field id="inc-legal" label={t("legalBasis")} optional hint={tForms("linesHint")} error={e.legalBasisExamined?.message} className="sm:col-span-2">
        <textarea id="inc-legal" rows={3} className={inputClass} {...describedBy("inc-legal", { hint: true, error: e.legalBasisExamined })} {...register("legalBasisExamined")} />
      </Field>
      <div className="sm:col-span-2">
        <SubmitButton pending={formState.isSubmitting} />
      </div>
    </form>
  );
}
