"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ConflictPanel } from "@/components/forms/conflict-panel";
import { DayInput } from "@/components/forms/day-input";
import { Field, inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useItemForm } from "@/components/forms/use-item-form";
import { SourceSelect } from "@/components/sources/source-select";
import { Options } from "@/components/ui/options";
import { DATE_PRECISIONS, STATEMENT_WORDINGS } from "@/lib/enums";
import { localized } from "@/lib/i18n/localized";
import { useAppLocale } from "@/lib/i18n/use-app-locale";
import type { SourceChoice } from "@/lib/sources/list-sources";
import { createStatementAction, updateStatementAction } from "@/lib/statements/actions";
import { createStatementSchema, updateStatementSchema } from "@/lib/statements/schema";
import { fieldBuilders } from "@/components/forms/field-builders";

type Name = "organizationId" | "quote" | "quoteKo" | "wording" | "statedOn" | "statedPrecision" | "sourceId" | "context" | "contextKo";
export type StatementValues = Record<Name, string>;
const EMPTY: StatementValues = { organizationId: "", quote: "", quoteKo: "", wording: "quotation", statedOn: "", statedPrecision: "day", sourceId: "", context: "", contextKo: "" };

export interface PartyChoice {
  id: string;
  name: string;
  nameKo: string | null;
}

/** Adds a party's statement to a case, or edits one. A new statement cites no source until one is chosen. */
export function StatementForm(props: ({ incidentId: string } | { statementId: string; version: number; values: StatementValues }) & { slug: string; sources: SourceChoice[]; parties: PartyChoice[] }) {
  const t = useTranslations("statements");
  const tEnum = useTranslations("enum");
  const locale = useAppLocale();
  const editing = "statementId" in props;
  const { form, submit, conflict, errors: e } = useItemForm({
    editing,
    schema: editing ? updateStatementSchema : createStatementSchema,
    defaultValues: editing ? { statementId: props.statementId, version: props.version, ...props.values } : { incidentId: props.incidentId, ...EMPTY },
    action: editing ? updateStatementAction : createStatementAction,
    shownAt: (id) => `/workspace/cases/${props.slug}/statements#statement-${id}`,
  });
  const { register, formState } = form;
  const p = editing ? "st-edit" : "st-new";
  const { aria, textarea } = fieldBuilders<Name>({ prefix: p, label: (name) => t(name === "organizationId" ? "party" : name), errors: e, register: register as never });
  const select = (name: Name, options: ReactNode, wide = false) => (
    <Field id={`${p}-${name}`} label={t(name === "organizationId" ? "party" : name)} error={e[name]?.message} className={wide ? "sm:col-span-2" : undefined}>
      <select id={`${p}-${name}`} className={inputClass} {...aria(name)} {...register(name as never)}>
        {options}
      </select>
    </Field>
  );
  return (
    <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2">
      {conflict ? (
        <div className="sm:col-span-2">
          <ConflictPanel conflict={conflict} mine={form.getValues() as Record<string, unknown>} fields={[{ name: "quote", label: t("quote") }, { name: "quoteKo", label: t("quoteKo") }, { name: "context", label: t("context") }]} />
        </div>
      ) : null}
      {select(
        "organizationId",
        <>
          <option value="">{t("chooseParty")}</option>
          {props.parties.map((o) => (
            <option key={o.id} value={o.id}>
              {localized(locale, o.name, o.nameKo)}
            </option>
          ))}
        </>,
        true,
      )}
      {select("wording", <Options values={STATEMENT_WORDINGS} label={(v) => tEnum(`statementWording.${v}`)} />, true)}
      {textarea("quote", { optional: false, rows: 4 })}
      {textarea("quoteKo", { lang: "ko", rows: 4 })}
      <Field id={`${p}-statedOn`} label={t("statedOn")} optional error={e.statedOn?.message}>
        <DayInput id={`${p}-statedOn`} className={inputClass} {...aria("statedOn")} {...register("statedOn" as never)} />
      </Field>
      {select("statedPrecision", <Options values={DATE_PRECISIONS} label={(v) => tEnum(`precision.${v}`)} />)}
      <SourceSelect id={`${p}-source`} sources={props.sources} registration={register("sourceId" as never)} error={e.sourceId?.message} className="sm:col-span-2" />
      {textarea("context", { rows: 2 })}
      {textarea("contextKo", { lang: "ko", rows: 2 })}
      <div className="sm:col-span-2">
        <SubmitButton pending={formState.isSubmitting} label={editing ? undefined : t("add")} />
      </div>
    </form>
  );
}
