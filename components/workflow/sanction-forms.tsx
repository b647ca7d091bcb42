"use client";

import { useTranslations } from "next-intl";
import { describedBy, Field, inputClass } from "@/components/forms/field";
import { Options } from "@/components/ui/options";
import { DayInput } from "@/components/forms/day-input";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { useRouter } from "@/lib/i18n/navigation";
import { createSanctionAction, recordAppealOutcomeAction, withdrawSanctionAction } from "@/lib/sanctions/actions";
import { createSanctionSchema, recordAppealOutcomeSchema, withdrawSanctionSchema } from "@/lib/sanctions/schema";
import { APPEAL_OUTCOMES, SANCTION_TYPES } from "@/lib/enums";
import { COMMON_CURRENCIES, DEFAULT_CURRENCY } from "@/lib/money/currency";
import { Controller } from "react-hook-form";
import { LegalArticlePicker } from "@/components/legal-articles/legal-article-picker";
import type { LegalArticleChoice } from "@/lib/legal-articles/list-legal-articles";

type Errors = Record<string, { message?: string } | undefined>;

/** Proposes a sanction: its type, who it is against, the proposed amount and the legal basis. */
export function SanctionForm({ incidentId, defaultSubject, articles }: { incidentId: string; defaultSubject: string; articles: LegalArticleChoice[] }) {
  const t = useTranslations("workflow");
  const tArticles = useTranslations("legalArticles");
  const router = useRouter();
  const { form, submit } = useActionForm({
    schema: createSanctionSchema,
    defaultValues: { incidentId, type: "fine", subjectName: defaultSubject, proposedAmount: "", currency: DEFAULT_CURRENCY, articleIds: [], legalBasis: "", note: "" },
    action: createSanctionAction,
    successMessage: t("sanctionProposedToast"),
    onSuccess: () => {
      form.reset();
      router.refresh();
    },
  });
  const e = form.formState.errors as Errors;
  const { register } = form;
  return (
    <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2">
      <Field id="sanction-type" label={t("sanctionType")} error={e.type?.message}>
        <select id="sanction-type" className={inputClass} {...register("type")}>
          <Options values={SANCTION_TYPES} label={(type) => t(`sanctionTypes.${type}`)} />
        </select>
      </Field>
      <Field id="sanction-subject" label={t("subjectName")} error={e.subjectName?.message}>
        <input id="sanction-subject" className={inputClass} {...describedBy("sanction-subject", { error: e.subjectName })} {...register("subjectName")} />
      </Field>
      <Field id="sanction-amount" label={t("proposedAmount")} hint={t("amountHint")} optional error={e.proposedAmount?.message}>
        <input id="sanction-amount" inputMode="decimal" className={inputClass} {...describedBy("sanction-amount", { hint: true, error: e.proposedAmount })} {...register("proposedAmount")} />
      </Field>
      <Field id="sanction-currency" label={t("currency")} hint={t("currencyHint")} error={e.currency?.message}>
        <input id="sanction-currency" list="sanction-currencies" maxLength={3} autoCapitalize="characters" className={inputClass} {...describedBy("sanction-currency", { hint: true, error: e.currency })} {...register("currency")} />
        <datalist id="sanction-currencies">
          {COMMON_CURRENCIES.map((code) => <option key={code} value={code} />)}
        </datalist>
      </Field>
      <div className="sm:col-span-2">
        <Controller
          control={form.control}
          name="articleIds"
          render={({ field }) => (
            <LegalArticlePicker id="sanction-articles" label={t("legalBasis")} articles={articles} canAdd value={(field.value as string[] | undefined) ?? []} onChange={field.onChange} error={e.articleIds?.message} />
          )}
        />
      </div>
      <Field id="sanction-basis" label={tArticles("freeText")} optional hint={tArticles("freeTextHint")} error={e.legalBasis?.message}>
        <textarea id="sanction-basis" rows={2} className={inputClass} {...describedBy("sanction-basis", { hint: true, error: e.legalBasis })} {...register("legalBasis")} />
      </Field>
      <div className="sm:col-span-2">
        <SubmitButton pending={form.formState.isSubmitting} label={t("submitSanction")} />
      </div>
    </form>
  );
}

/** Withdraws a proposed sanction, with the reason; it stays in the history. */
export function WithdrawSanctionForm({ sanctionId, version }: { sanctionId: string; version: number }) {
  const t = useTranslations("workflow");
  const router = useRouter();
  const { form, submit } = useActionForm({
    schema: withdrawSanctionSchema,
    defaultValues: { sanctionId, version, reason: "" },
    action: withdrawSanctionAction,
    successMessage: t("sanctionWithdrawnToast"),
    onSuccess: () => router.refresh(),
  });
  const e = form.formState.errors as Errors;
  const id = `withdraw-${sanctionId}`;
  return (
    <form onSubmit={submit} noValidate className="space-y-2">
      <Field id={id} label={t("withdrawReason")} error={e.reason?.message}>
        <textarea id={id} rows={2} className={inputClass} {...describedBy(id, { error: e.reason })} {...form.register("reason")} />
      </Field>
      <SubmitButton pending={form.formState.isSubmitting} label={t("withdrawSanction")} />
    </form>
  );
}

/** Records what the appeal decided; a changed amount becomes a new version of the sanction. */
export function AppealOutcomeForm({ sanctionId, version, currency }: { sanctionId: string; version: number; currency: string }) {
  const t = useTranslations("workflow");
  const tForms = useTranslations("forms");
  const router = useRouter();
  const { form, submit } = useActionForm({
    schema: recordAppealOutcomeSchema,
    defaultValues: { sanctionId, version, outcome: "upheld", amount: "", currency, decidedOn: "", docRefs: "", note: "" },
    action: recordAppealOutcomeAction,
    successMessage: t("appealRecordedToast"),
    onSuccess: () => router.refresh(),
  });
  const e = form.formState.errors as Errors;
  const p = `appeal-${sanctionId}`;
  const { register } = form;
  return (
    <form onSubmit={submit} noValidate className="grid gap-3 sm:grid-cols-2">
      <Field id={`${p}-outcome`} label={t("appealOutcome")} error={e.outcome?.message}>
        <select id={`${p}-outcome`} className={inputClass} {...register("outcome")}>
          <Options values={APPEAL_OUTCOMES} label={(o) => t(`appealOutcomes.${o}`)} />
        </select>
      </Field>
      <Field id={`${p}-amount`} label={t("newAmount", { currency })} hint={t("newAmountHint")} optional error={e.amount?.message ?? e.currency?.message}>
        <input id={`${p}-amount`} inputMode="decimal" className={inputClass} {...describedBy(`${p}-amount`, { hint: true, error: e.amount ?? e.currency })} {...register("amount")} />
      </Field>
      <Field id={`${p}-on`} label={t("appealDecidedOn")} error={e.decidedOn?.message}>
        <DayInput id={`${p}-on`} className={inputClass} {...describedBy(`${p}-on`, { error: e.decidedOn })} {...register("decidedOn")} />
      </Field>
      <Field id={`${p}-refs`} label={t("appealDocRefs")} hint={tForms("linesHint")} error={e.docRefs?.message}>
        <textarea id={`${p}-refs`} rows={2} className={inputClass} {...describedBy(`${p}-refs`, { hint: true, error: e.docRefs })} {...register("docRefs")} />
      </Field>
      <div className="sm:col-span-2">
        <SubmitButton pending={form.formState.isSubmitting} label={t("recordAppealOutcome")} />
      </div>
    </form>
  );
}
