"use client";

import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { ConflictPanel } from "@/components/forms/conflict-panel";
import { describedBy, Field, inputClass } from "@/components/forms/field";
import { Options } from "@/components/ui/options";
import { DayInput } from "@/components/forms/day-input";
import { SubmitButton } from "@/components/forms/submit-button";
import { useItemForm } from "@/components/forms/use-item-form";
import { IdentifierFormatField } from "@/components/data-categories/identifier-format-field";
import { createCategoryAction, updateCategoryAction } from "@/lib/data-categories/actions";
import { createCategorySchema, HASH_ALGORITHMS, updateCategorySchema } from "@/lib/data-categories/schema";
import { CONSENTS, KEY_HOLDERS, PROTECTION_METHODS, REVERSIBILITY_VERDICTS, SENSITIVITIES } from "@/lib/enums";

export type CategoryValues = Record<
  | "name" | "nameKo" | "sensitivity" | "consent" | "purposeClaimed" | "purposeClaimedKo" | "sharedFrom" | "sharedUntil" | "protectionMethod" | "hashAlgorithm" | "keyHolder"
  | "keyHandling" | "protectionNote" | "protectionNoteKo" | "identifierFormat" | "identifierSpace" | "identifierSpaceSize" | "gpuHashRate" | "reversibility" | "reversibilityNote"
  | "reversibilityNoteKo",
  string
>;

const EMPTY: CategoryValues = {
  name: "", nameKo: "", sensitivity: "moderate", consent: "unknown", purposeClaimed: "", purposeClaimedKo: "", sharedFrom: "", sharedUntil: "", protectionMethod: "unknown",
  hashAlgorithm: "", keyHolder: "unknown", keyHandling: "", protectionNote: "", protectionNoteKo: "", identifierFormat: "", identifierSpace: "", identifierSpaceSize: "",
  gpuHashRate: "", reversibility: "not_tested", reversibilityNote: "", reversibilityNoteKo: "",
};

export function CategoryForm(props: { incidentId: string; slug: string } | { categoryId: string; version: number; slug: string; values: CategoryValues }) {
  const t = useTranslations("caseWs");
  const tForms = useTranslations("forms");
  const tConsent = useTranslations("consent");
  const tProtection = useTranslations("protection");
  const tEnum = useTranslations("enum");
  const editing = "categoryId" in props;
  const { form, submit, conflict, errors: e } = useItemForm({
    editing,
    schema: editing ? updateCategorySchema : createCategorySchema,
    defaultValues: editing ? { categoryId: props.categoryId, version: props.version, ...props.values } : { incidentId: props.incidentId, ...EMPTY },
    action: editing ? updateCategoryAction : createCategoryAction,
    shownAt: (id) => `/workspace/cases/${props.slug}/data-categories/${id}`,
  });
  const { register, formState } = form;
  const p = editing ? "cat-edit" : "cat-new";
  const identifierFormat = useWatch({ control: form.control, name: "identifierFormat" as never }) as unknown;
  // After a refused save the field re-checks as the user types; a preset re-checks it the same way.
  const fillFormat = (format: string) => form.setValue("identifierFormat" as never, format as never, { shouldDirty: true, shouldValidate: formState.isSubmitted });
  const text = (name: keyof CategoryValues, label: string, options: { optional?: boolean; hint?: string; area?: boolean; day?: boolean; wide?: boolean; korean?: boolean } = {}) => {
    const id = `${p}-${name}`;
    const aria = describedBy(id, { hint: Boolean(options.hint), error: e[name] });
    return (
      <Field id={id} label={label} optional={options.optional} hint={options.hint} error={e[name]?.message} className={options.wide ? "sm:col-span-2" : undefined}>
        {options.area ? (
          <textarea id={id} rows={3} lang={options.korean ? "ko" : undefined} className={inputClass} {...aria} {...register(name as never)} />
        ) : options.day ? (
          <DayInput id={id} className={inputClass} {...aria} {...register(name as never)} />
        ) : (
          <input id={id} type="text" lang={options.korean ? "ko" : undefined} className={inputClass} {...aria} {...register(name as never)} />
        )}
      </Field>
    );
  };
  const select = (name: keyof CategoryValues, label: string, options: readonly string[], word: (v: string) => string, allowBlank = false) => (
    <Field id={`${p}-${name}`} label={label} optional={allowBlank} error={e[name]?.message}>
      <select id={`${p}-${name}`} className={inputClass} {...register(name as never)}>
        {allowBlank ? <option value="">–</option> : null}
        <Options values={options} label={(o) => word(o)} />
      </select>
    </Field>
  );
  // The Korean text a reader of the Korean page sees, right under its English original.
  const korean = (name: keyof CategoryValues, field: string, options: { area?: boolean; wide?: boolean } = {}) => text(name, tForms("inKorean", { field }), { ...options, optional: true, korean: true });
  return (
    <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2">
      {conflict ? (
        <div className="sm:col-span-2">
          <ConflictPanel conflict={conflict} mine={form.getValues() as Record<string, unknown>} fields={[{ name: "name", label: t("name") }, { name: "protectionNote", label: t("protectionNote") }]} />
        </div>
      ) : null}
      {text("name", t("name"))}
      {text("nameKo", t("nameKo"), { optional: true, korean: true })}
      {select("sensitivity", t("sensitivity"), SENSITIVITIES, (v) => tEnum(`sensitivity.${v}`))}
      {select("consent", t("consent"), CONSENTS, (v) => tConsent(v))}
      {text("purposeClaimed", t("purpose"), { optional: true, area: true, wide: true })}
      {korean("purposeClaimedKo", t("purpose"), { area: true, wide: true })}
      {text("sharedFrom", t("sharedFrom"), { optional: true, day: true })}
      {text("sharedUntil", t("sharedUntil"), { optional: true, day: true })}
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 p-3 sm:col-span-2 sm:grid-cols-2">
        <legend className="px-1 text-sm font-semibold">{t("protectionMethod")}</legend>
        {select("protectionMethod", t("protectionMethod"), PROTECTION_METHODS, (v) => tProtection(v))}
        {select("hashAlgorithm", t("hashAlgorithm"), HASH_ALGORITHMS, (v) => tEnum(`hashAlgorithm.${v}`), true)}
        {select("keyHolder", t("keyHolder"), KEY_HOLDERS, (v) => tEnum(`keyHolder.${v}`))}
        {text("keyHandling", t("keyHandling"), { optional: true })}
        <IdentifierFormatField
          id={`${p}-identifierFormat`}
          value={typeof identifierFormat === "string" ? identifierFormat : ""}
          error={e.identifierFormat?.message}
          input={register("identifierFormat" as never)}
          onPreset={fillFormat}
        />
        {text("identifierSpaceSize", t("identifierSpaceSize"), { optional: true, hint: t("identifierSpaceSizeHint") })}
        {text("gpuHashRate", t("gpuHashRate"), { optional: true, hint: t("gpuHashRateHint") })}
        {text("identifierSpace", t("identifierSpace"), { optional: true, wide: true })}
        {text("protectionNote", t("protectionNote"), { optional: true, area: true, wide: true })}
        {korean("protectionNoteKo", t("protectionNote"), { area: true, wide: true })}
      </fieldset>
      {select("reversibility", t("reversibility"), REVERSIBILITY_VERDICTS, (v) => tEnum(`reversibility.${v}`))}
      {text("reversibilityNote", t("reversibilityNote"), { optional: true, wide: true })}
      {korean("reversibilityNoteKo", t("reversibilityNote"), { wide: true })}
      <div className="sm:col-span-2">
        <SubmitButton pending={formState.isSubmitting} label={editing ? undefined : t("addCategory")} />
        <span className="sr-only">{tForms("required")}</span>
      </div>
    </form>
  );
}
