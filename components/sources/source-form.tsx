"use client";

import { useTranslations } from "next-intl";
import { ConflictPanel } from "@/components/forms/conflict-panel";
import { DayInput } from "@/components/forms/day-input";
import { Field, inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useItemForm } from "@/components/forms/use-item-form";
import { Options } from "@/components/ui/options";
import { DATE_PRECISIONS, DOCUMENT_LANGUAGES, SOURCE_KINDS } from "@/lib/enums";
import { createSourceAction, updateSourceAction } from "@/lib/sources/actions";
import { createSourceSchema, updateSourceSchema } from "@/lib/sources/schema";
import { fieldBuilders } from "@/components/forms/field-builders";

export type SourceValues = Record<"title" | "titleKo" | "kind" | "publisher" | "language" | "publishedOn" | "publishedPrecision" | "url" | "note" | "noteKo", string>;
const EMPTY: SourceValues = { title: "", titleKo: "", kind: "", publisher: "", language: "", publishedOn: "", publishedPrecision: "day", url: "", note: "", noteKo: "" };

/** Adds a source to a case, or edits one (at the version the form was filled from). */
export function SourceForm(props: { incidentId: string; slug: string } | { sourceId: string; version: number; slug: string; values: SourceValues }) {
  const t = useTranslations("sources");
  const tEnum = useTranslations("enum");
  const editing = "sourceId" in props;
  const { form, submit, conflict, errors: e } = useItemForm({
    editing,
    schema: editing ? updateSourceSchema : createSourceSchema,
    defaultValues: editing ? { sourceId: props.sourceId, version: props.version, ...props.values } : { incidentId: props.incidentId, ...EMPTY },
    action: editing ? updateSourceAction : createSourceAction,
    shownAt: (id) => `/workspace/cases/${props.slug}/sources#source-${id}`,
  });
  const { register, formState } = form;
  const p = editing ? "src-edit" : "src-new";
  const { aria, input, textarea } = fieldBuilders<keyof SourceValues>({ prefix: p, label: (name) => t(name), errors: e, register: register as never });
  return (
    <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2">
      {conflict ? (
        <div className="sm:col-span-2">
          <ConflictPanel conflict={conflict} mine={form.getValues() as Record<string, unknown>} fields={[{ name: "title", label: t("title") }, { name: "url", label: t("url") }, { name: "note", label: t("note") }]} />
        </div>
      ) : null}
      {input("title", { wide: true })}
      {input("titleKo", { optional: true, lang: "ko", wide: true })}
      <Field id={`${p}-kind`} label={t("kind")} error={e.kind?.message}>
        <select id={`${p}-kind`} className={inputClass} {...aria("kind")} {...register("kind" as never)}>
          <option value="">{t("chooseKind")}</option>
          <Options values={SOURCE_KINDS} label={(v) => tEnum(`sourceKind.${v}`)} />
        </select>
      </Field>
      <Field id={`${p}-language`} label={t("language")} optional error={e.language?.message}>
        <select id={`${p}-language`} className={inputClass} {...aria("language")} {...register("language" as never)}>
          <option value="">{t("languageNotStated")}</option>
          <Options values={DOCUMENT_LANGUAGES} label={(v) => tEnum(`documentLanguage.${v}`)} />
        </select>
      </Field>
      {input("publisher", { optional: true, wide: true })}
      <Field id={`${p}-publishedOn`} label={t("publishedOn")} optional error={e.publishedOn?.message}>
        <DayInput id={`${p}-publishedOn`} className={inputClass} {...aria("publishedOn")} {...register("publishedOn" as never)} />
      </Field>
      <Field id={`${p}-publishedPrecision`} label={t("publishedPrecision")} error={e.publishedPrecision?.message}>
        <select id={`${p}-publishedPrecision`} className={inputClass} {...aria("publishedPrecision")} {...register("publishedPrecision" as never)}>
          <Options values={DATE_PRECISIONS} label={(v) => tEnum(`precision.${v}`)} />
        </select>
      </Field>
      {input("url", { optional: true, type: "url", hint: t("urlHint"), wide: true })}
      {textarea("note")}
      {textarea("noteKo", { lang: "ko" })}
      <div className="sm:col-span-2">
        <SubmitButton pending={formState.isSubmitting} label={editing ? undefined : t("add")} />
      </div>
    </form>
  );
}
