"use client";

import { useTranslations } from "next-intl";
import { ConflictPanel } from "@/components/forms/conflict-panel";
import { describedBy, Field, inputClass } from "@/components/forms/field";
import { Options } from "@/components/ui/options";
import { DayInput } from "@/components/forms/day-input";
import { SubmitButton } from "@/components/forms/submit-button";
import { useItemForm } from "@/components/forms/use-item-form";
import { createEstimateAction, reviseEstimateAction } from "@/lib/estimates/actions";
import { createEstimateSchema, reviseEstimateSchema } from "@/lib/estimates/schema";
import { PROVENANCES } from "@/lib/enums";
import { SourceSelect } from "@/components/sources/source-select";
import type { SourceChoice } from "@/lib/sources/list-sources";

type Figures = Record<"asOf" | "active" | "dormant" | "former" | "unsplit" | "low" | "high" | "provenance" | "sourceId" | "note", string>;
const EMPTY: Figures = { asOf: "", active: "", dormant: "", former: "", unsplit: "", low: "", high: "", provenance: "estimated", sourceId: "", note: "" };

/**
 * A new estimate, or a new revision of one. A revision's figures start from the current revision;
 * its source and note do not, because they say where these figures come from and why they changed.
 */
export function EstimateForm(
  props: ({ incidentId: string } | { estimateId: string; version: number; current: Omit<Figures, "sourceId" | "note"> }) & { slug: string; sources: SourceChoice[] },
) {
  const t = useTranslations("caseWs");
  const tProv = useTranslations("provenance");
  const revising = "estimateId" in props;
  const { form, submit, conflict, errors: e } = useItemForm({
    editing: revising,
    schema: revising ? reviseEstimateSchema : createEstimateSchema,
    defaultValues: revising
      ? { estimateId: props.estimateId, version: props.version, ...props.current, sourceId: "", note: "" }
      : { incidentId: props.incidentId, label: "", ...EMPTY },
    action: revising ? reviseEstimateAction : createEstimateAction,
    shownAt: (id) => `/workspace/cases/${props.slug}/estimates/${id}`,
  });
  const { register, formState } = form;
  const p = revising ? "est-rev" : "est-new";
  const input = (name: string, label: string, options: { optional?: boolean; day?: boolean; inputMode?: "numeric" } = {}) => (
    <Field id={`${p}-${name}`} label={label} optional={options.optional} error={e[name]?.message}>
      {options.day ? (
        <DayInput id={`${p}-${name}`} className={inputClass} {...describedBy(`${p}-${name}`, { error: e[name] })} {...register(name as never)} />
      ) : (
        <input id={`${p}-${name}`} type="text" inputMode={options.inputMode} className={inputClass} {...describedBy(`${p}-${name}`, { error: e[name] })} {...register(name as never)} />
      )}
    </Field>
  );
  return (
    <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2">
      {conflict ? (
        <div className="sm:col-span-2">
          <ConflictPanel conflict={conflict} mine={form.getValues() as Record<string, unknown>} fields={[{ name: "total", label: t("total") }, { name: "note", label: t("note") }]} />
        </div>
      ) : null}
      {revising ? null : <div className="sm:col-span-2">{input("label", t("label"))}</div>}
      {input("asOf", t("asOf"), { day: true })}
      <Field id={`${p}-provenance`} label={t("provenance")} error={e.provenance?.message}>
        <select id={`${p}-provenance`} className={inputClass} {...register("provenance" as never)}>
          <Options values={PROVENANCES} label={(v) => tProv(v)} />
        </select>
      </Field>
      {input("active", t("active"), { optional: true, inputMode: "numeric" })}
      {input("dormant", t("dormant"), { optional: true, inputMode: "numeric" })}
      {input("former", t("former"), { optional: true, inputMode: "numeric" })}
      {input("unsplit", t("unsplit"), { optional: true, inputMode: "numeric" })}
      {input("low", t("low"), { optional: true, inputMode: "numeric" })}
      {input("high", t("high"), { optional: true, inputMode: "numeric" })}
      <SourceSelect id={`${p}-source`} sources={props.sources} registration={register("sourceId" as never)} error={e.sourceId?.message} hint={revising ? t("revisionSourceHint") : undefined} />
      {input("note", t("note"), { optional: true })}
      <div className="sm:col-span-2">
        <SubmitButton pending={formState.isSubmitting} label={revising ? t("revise") : t("addEstimate")} />
      </div>
    </form>
  );
}
