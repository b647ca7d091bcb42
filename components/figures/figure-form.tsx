"use client";

import { useTranslations } from "next-intl";
import { ConflictPanel } from "@/components/forms/conflict-panel";
import { DayInput } from "@/components/forms/day-input";
import { Field, FieldError, inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useItemForm } from "@/components/forms/use-item-form";
import { SourceSelect } from "@/components/sources/source-select";
import { Options } from "@/components/ui/options";
import { PROVENANCES } from "@/lib/enums";
import { createFigureAction, updateFigureAction } from "@/lib/figures/actions";
import { createFigureSchema, updateFigureSchema } from "@/lib/figures/schema";
import { FIGURE_UNITS } from "@/lib/figures/units";
import type { SourceChoice } from "@/lib/sources/list-sources";
import { fieldBuilders } from "@/components/forms/field-builders";

type Text = "label" | "labelKo" | "value" | "unit" | "provenance" | "asOf" | "sourceId" | "note" | "noteKo";
export type FigureValues = Record<Text, string> & { approximate: boolean };
const EMPTY: FigureValues = { label: "", labelKo: "", value: "", unit: "", approximate: false, provenance: "reported", asOf: "", sourceId: "", note: "", noteKo: "" };

/** Adds a key figure to a case, or edits one. A new figure cites no source until one is chosen. */
export function FigureForm(props: ({ incidentId: string } | { figureId: string; version: number; values: FigureValues }) & { slug: string; sources: SourceChoice[] }) {
  const t = useTranslations("figures");
  const tEnum = useTranslations("enum");
  const tProv = useTranslations("provenance");
  const editing = "figureId" in props;
  const { form, submit, conflict, errors: e } = useItemForm({
    editing,
    schema: editing ? updateFigureSchema : createFigureSchema,
    defaultValues: editing ? { figureId: props.figureId, version: props.version, ...props.values } : { incidentId: props.incidentId, ...EMPTY },
    action: editing ? updateFigureAction : createFigureAction,
    shownAt: (id) => `/workspace/cases/${props.slug}/figures#figure-${id}`,
  });
  const { register, formState } = form;
  const p = editing ? "fig-edit" : "fig-new";
  const { aria, input, textarea } = fieldBuilders<Text>({ prefix: p, label: (name) => t(name), errors: e, register: register as never });
  return (
    <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2">
      {conflict ? (
        <div className="sm:col-span-2">
          <ConflictPanel conflict={conflict} mine={form.getValues() as Record<string, unknown>} fields={[{ name: "label", label: t("label") }, { name: "value", label: t("value") }, { name: "note", label: t("note") }]} />
        </div>
      ) : null}
      {input("label", { wide: true })}
      {input("labelKo", { optional: true, lang: "ko", wide: true })}
      {input("value", { hint: t("valueHint"), inputMode: "decimal" })}
      <Field id={`${p}-unit`} label={t("unit")} error={e.unit?.message}>
        <select id={`${p}-unit`} className={inputClass} {...aria("unit")} {...register("unit" as never)}>
          <option value="">{t("chooseUnit")}</option>
          <Options values={FIGURE_UNITS} label={(v) => tEnum(`figureUnit.${v}`)} />
        </select>
      </Field>
      <div className="flex items-end sm:col-span-2">
        <label className="flex items-center gap-2 text-sm font-medium">
          <input type="checkbox" {...register("approximate" as never)} /> {t("approximate")}
        </label>
      </div>
      {editing ? null : (
        <div className="sm:col-span-2">
          <label className="flex items-center gap-2 text-sm font-medium">
            <input
              type="checkbox"
              aria-describedby={`${p}-recordsTotal-hint${e.recordsTotal ? ` ${p}-recordsTotal-error` : ""}`}
              aria-invalid={Boolean(e.recordsTotal)}
              {...register("recordsTotal" as never)}
            />{" "}
            {t("recordsTotal")}
          </label>
          <p id={`${p}-recordsTotal-hint`} className="text-xs text-slate-600">
            {t("recordsTotalHint")}
          </p>
          <FieldError id={`${p}-recordsTotal-error`} error={e.recordsTotal?.message} />
        </div>
      )}
      <Field id={`${p}-provenance`} label={t("provenance")} error={e.provenance?.message}>
        <select id={`${p}-provenance`} className={inputClass} {...aria("provenance")} {...register("provenance" as never)}>
          <Options values={PROVENANCES} label={(v) => tProv(v)} />
        </select>
      </Field>
      <Field id={`${p}-asOf`} label={t("asOf")} optional error={e.asOf?.message}>
        <DayInput id={`${p}-asOf`} className={inputClass} {...aria("asOf")} {...register("asOf" as never)} />
      </Field>
      <SourceSelect id={`${p}-source`} sources={props.sources} registration={register("sourceId" as never)} error={e.sourceId?.message} className="sm:col-span-2" />
      {textarea("note", { rows: 2 })}
      {textarea("noteKo", { lang: "ko", rows: 2 })}
      <div className="sm:col-span-2">
        <SubmitButton pending={formState.isSubmitting} label={editing ? undefined : t("add")} />
      </div>
    </form>
  );
}
