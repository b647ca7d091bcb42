"use client";

import { useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import { describedBy, Field, inputClass, useValidationMessage } from "@/components/forms/field";
import { DayInput } from "@/components/forms/day-input";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { WorkflowState, TransitionId } from "@/lib/workflow/machine";
import { requestTransitionAction } from "@/lib/workflow/actions";
import { TRANSITION_FIELDS, transitionRequestSchema } from "@/lib/workflow/schema";
import { useRouter } from "@/lib/i18n/navigation";

export interface ProposedSanctionOption {
  id: string;
  label: string;
  /** The proposed amount as a plain decimal string in the sanction's currency. */
  proposedAmount: string | null;
  currency: string;
}

/** The form for one step: a reason, then exactly the fields that step records. */
export function TransitionForm(props: { incidentId: string; state: WorkflowState; transitionId: TransitionId; gated: boolean; sanctions: ProposedSanctionOption[]; onDone: () => void }) {
  const t = useTranslations("workflow");
  const tForms = useTranslations("forms");
  const router = useRouter();
  const fields = TRANSITION_FIELDS[props.transitionId];
  const defaults: Record<string, unknown> = { incidentId: props.incidentId, expectedState: props.state, transition: props.transitionId, reason: "" };
  for (const f of fields) {
    defaults[f.name] = f.kind === "checkbox" ? false : f.kind === "decisions" ? props.sanctions.map((s) => ({ sanctionId: s.id, amount: s.proposedAmount ?? "", currency: s.currency })) : "";
  }
  const { form, submit, conflict } = useActionForm({
    schema: transitionRequestSchema,
    defaultValues: defaults as never,
    action: requestTransitionAction,
    successMessage: props.gated ? t("proposedToast") : t("recordedToast"),
    onSuccess: () => {
      props.onDone();
      router.refresh();
    },
  });
  const { register, formState, control } = form;
  const decisions = useFieldArray({ control, name: "decisions" as never });
  const e = formState.errors as Record<string, { message?: string } | undefined>;
  const p = `wf-${props.transitionId}`;
  const worded = useValidationMessage();

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {conflict ? (
        <div role="alert" className="rounded-md border-2 border-amber-500 bg-amber-50 p-3 text-sm text-amber-950" data-testid="workflow-conflict">
          <p className="font-semibold">{t("staleTitle")}</p>
          <p>{t("staleBody", { who: conflict.changedBy ?? tForms("someone") })}</p>
          <button type="button" className="mt-2 rounded-md border border-amber-700 px-3 py-1" onClick={() => { props.onDone(); router.refresh(); }}>
            {t("reload")}
          </button>
        </div>
      ) : null}
      <Field id={`${p}-reason`} label={t("reason")} hint={t("reasonHint")} error={e.reason?.message}>
        <textarea id={`${p}-reason`} rows={3} className={inputClass} {...describedBy(`${p}-reason`, { hint: true, error: e.reason })} {...register("reason" as never)} />
      </Field>
      {fields.map((f) => {
        const id = `${p}-${f.name}`;
        const error = e[f.name]?.message;
        const hint = t.has(`fieldHints.${f.name}`) ? t(`fieldHints.${f.name}`) : f.kind === "lines" ? tForms("linesHint") : undefined;
        if (f.kind === "checkbox") {
          return (
            <div key={f.name}>
              <label className="flex items-start gap-2 text-sm">
                <input id={id} type="checkbox" className="mt-1" {...describedBy(id, { error })} {...register(f.name as never)} />
                <span>{t(`fields.${f.name}`)}</span>
              </label>
              {error ? <p id={`${id}-error`} className="mt-1 text-sm text-red-800">{error}</p> : null}
            </div>
          );
        }
        if (f.kind === "decisions") {
          return (
            <fieldset key={f.name} className="space-y-2 rounded-md border border-slate-300 p-3" aria-describedby={error ? `${id}-error` : undefined}>
              <legend className="px-1 text-sm font-medium text-slate-800">{t("fields.decisions")}</legend>
              {decisions.fields.map((row, index) => {
                const sanction = props.sanctions[index];
                const rowId = `${id}-${index}`;
                const rowError = worded((e.decisions as unknown as { amount?: { message?: string } }[] | undefined)?.[index]?.amount?.message);
                return (
                  <div key={row.id}>
                    <label htmlFor={rowId} className="block text-sm">
                      {t("decidedAmountFor", { sanction: sanction?.label ?? "" })} ({sanction?.currency})
                    </label>
                    <input id={rowId} inputMode="decimal" className={`${inputClass} mt-1`} aria-invalid={rowError ? true : undefined} {...register(`decisions.${index}.amount` as never)} />
                    {rowError ? <p className="mt-1 text-sm text-red-800">{rowError}</p> : null}
                  </div>
                );
              })}
              {error ? <p id={`${id}-error`} className="text-sm text-red-800">{worded(error)}</p> : null}
            </fieldset>
          );
        }
        return (
          <Field key={f.name} id={id} label={t(`fields.${f.name}`)} optional={f.optional} hint={hint} error={error}>
            {f.kind === "day" ? (
              <DayInput id={id} className={inputClass} {...describedBy(id, { hint: Boolean(hint), error })} {...register(f.name as never)} />
            ) : f.kind === "text" ? (
              <input id={id} className={inputClass} {...describedBy(id, { hint: Boolean(hint), error })} {...register(f.name as never)} />
            ) : (
              <textarea id={id} rows={f.kind === "lines" ? 3 : 4} className={inputClass} {...describedBy(id, { hint: Boolean(hint), error })} {...register(f.name as never)} />
            )}
          </Field>
        );
      })}
      <SubmitButton pending={formState.isSubmitting} label={props.gated ? t("submitProposal") : t("submitStep")} />
    </form>
  );
}
