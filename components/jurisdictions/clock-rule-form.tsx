"use client";

import { useTranslations } from "next-intl";
import { ConflictPanel } from "@/components/forms/conflict-panel";
import { describedBy, Field, inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Options } from "@/components/ui/options";
import { CLOCK_UNITS } from "@/lib/enums";
import type { ClockKind, ClockUnit } from "@/lib/generated/prisma/enums";
import { useRouter } from "@/lib/i18n/navigation";
import { updateClockRuleAction } from "@/lib/jurisdictions/actions";
import { updateClockRuleSchema } from "@/lib/jurisdictions/schema";

export interface ClockRuleRow {
  id: string;
  kind: ClockKind;
  length: number | null;
  unit: ClockUnit;
  legalReference: string;
  legalReferenceKo: string;
  version: number;
}

/** Edits one rule: length (empty = not set), unit and legal reference; a stale version shows the conflict panel. */
export function ClockRuleForm({ rule, onDone }: { rule: ClockRuleRow; onDone: () => void }) {
  const t = useTranslations("jurisdictionsAdmin");
  const router = useRouter();
  const prefix = `rule-${rule.id}`;
  const { form, submit, conflict } = useActionForm({
    schema: updateClockRuleSchema,
    defaultValues: { ruleId: rule.id, length: rule.length === null ? "" : String(rule.length), unit: rule.unit, legalReference: rule.legalReference, legalReferenceKo: rule.legalReferenceKo, version: rule.version },
    action: updateClockRuleAction,
    successMessage: t("saved"),
    onSuccess: () => {
      onDone();
      router.refresh();
    },
  });
  const e = form.formState.errors;
  const fields = [
    { name: "length", label: t("length") },
    { name: "unit", label: t("unit") },
    { name: "legalReference", label: t("legalReference") },
    { name: "legalReferenceKo", label: t("legalReferenceKo") },
  ];
  return (
    <form onSubmit={submit} noValidate className="mt-3 grid gap-3 sm:grid-cols-2" aria-label={t("editRule", { kind: t(`kinds.${rule.kind}`) })} data-testid="clock-rule-form">
      {conflict ? (
        <div className="sm:col-span-2">
          <ConflictPanel conflict={conflict} mine={form.getValues()} fields={fields} />
        </div>
      ) : null}
      <Field id={`${prefix}-length`} label={t("length")} hint={t("lengthHint")} error={e.length?.message}>
        <input id={`${prefix}-length`} inputMode="numeric" className={inputClass} {...describedBy(`${prefix}-length`, { hint: true, error: e.length })} {...form.register("length")} />
      </Field>
      <Field id={`${prefix}-unit`} label={t("unit")} error={e.unit?.message}>
        <select id={`${prefix}-unit`} className={inputClass} {...describedBy(`${prefix}-unit`, { error: e.unit })} {...form.register("unit")}>
          <Options values={CLOCK_UNITS} label={(u) => t(`units.${u}`)} />
        </select>
      </Field>
      <Field id={`${prefix}-ref`} label={t("legalReference")} error={e.legalReference?.message} optional>
        <input id={`${prefix}-ref`} className={inputClass} {...describedBy(`${prefix}-ref`, { error: e.legalReference })} {...form.register("legalReference")} />
      </Field>
      <Field id={`${prefix}-ref-ko`} label={t("legalReferenceKo")} error={e.legalReferenceKo?.message} optional>
        <input id={`${prefix}-ref-ko`} lang="ko" className={inputClass} {...describedBy(`${prefix}-ref-ko`, { error: e.legalReferenceKo })} {...form.register("legalReferenceKo")} />
      </Field>
      <div className="flex gap-3 sm:col-span-2">
        <SubmitButton pending={form.formState.isSubmitting} label={t("save")} />
        <button type="button" onClick={onDone} className="rounded-md border border-slate-400 px-4 py-2 text-sm">
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
