"use client";

import { useTranslations } from "next-intl";
import { ConflictPanel } from "@/components/forms/conflict-panel";
import { DayInput } from "@/components/forms/day-input";
import { describedBy, Field, inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useItemForm } from "@/components/forms/use-item-form";
import { createSourceAction, updateSourceAction } from "@/lib/sources/actions";
import { createSourceSchema, updateSourceSchema } from "@/lib/sources/schema";

export type SourceValues = { title: string; titleKo: string; publisher: string; publishedOn: string; url: string; note: string };
const EMPTY: SourceValues = { title: "", titleKo: "", publisher: "", publishedOn: "", url: "", note: "" };

/** Adds a source to a case, or edits one (at the version the form was filled from). */
export function SourceForm(props: { incidentId: string; slug: string } | { sourceId: string; version: number; slug: string; values: SourceValues }) {
  const t = useTranslations("sources");
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
  const input = (name: keyof SourceValues, options: { optional?: boolean; lang?: string; type?: string; hint?: string } = {}) => (
    <Field id={`${p}-${name}`} label={t(name)} optional={options.optional} hint={options.hint} error={e[name]?.message} className="sm:col-span-2">
      <input id={`${p}-${name}`} type={options.type} lang={options.lang} className={inputClass} {...describedBy(`${p}-${name}`, { hint: Boolean(options.hint), error: e[name] })} {...register(name as never)} />
    </Field>
  );
  return (
    <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2">
      {conflict ? (
        <div className="sm:col-span-2">
          <ConflictPanel conflict={conflict} mine={form.getValues() as Record<string, unknown>} fields={[{ name: "title", label: t("title") }, { name: "url", label: t("url") }, { name: "note", label: t("note") }]} />
        </div>
      ) : null}
      {input("title")}
      {input("titleKo", { optional: true, lang: "ko" })}
      <Field id={`${p}-publisher`} label={t("publisher")} optional error={e.publisher?.message}>
        <input id={`${p}-publisher`} className={inputClass} {...describedBy(`${p}-publisher`, { error: e.publisher })} {...register("publisher" as never)} />
      </Field>
      <Field id={`${p}-publishedOn`} label={t("publishedOn")} optional error={e.publishedOn?.message}>
        <DayInput id={`${p}-publishedOn`} className={inputClass} {...describedBy(`${p}-publishedOn`, { error: e.publishedOn })} {...register("publishedOn" as never)} />
      </Field>
      {input("url", { optional: true, type: "url", hint: t("urlHint") })}
      <Field id={`${p}-note`} label={t("note")} optional error={e.note?.message} className="sm:col-span-2">
        <textarea id={`${p}-note`} rows={3} className={inputClass} {...describedBy(`${p}-note`, { error: e.note })} {...register("note" as never)} />
      </Field>
      <div className="sm:col-span-2">
        <SubmitButton pending={formState.isSubmitting} label={editing ? undefined : t("add")} />
      </div>
    </form>
  );
}
