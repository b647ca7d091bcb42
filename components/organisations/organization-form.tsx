"use client";

import { useTranslations } from "next-intl";
import { ConflictPanel } from "@/components/forms/conflict-panel";
import { fieldBuilders } from "@/components/forms/field-builders";
import { Field, inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useItemForm } from "@/components/forms/use-item-form";
import { Options } from "@/components/ui/options";
import { CountryOptions } from "./country-options";
import { ORGANIZATION_KINDS, ORGANIZATION_SECTORS } from "@/lib/enums";
import { updateOrganizationAction } from "@/lib/organisations/actions";
import { updateOrganizationSchema } from "@/lib/organisations/schema";

export type OrganizationValues = Record<"name" | "nameKo" | "kind" | "country" | "sector" | "registrationNumber" | "aliases" | "aliasesKo", string>;

/** Edits an organisation's own record, at the version the form was filled from. Aliases are one per line. */
export function OrganizationForm(props: { organizationId: string; version: number; slug: string; values: OrganizationValues }) {
  const t = useTranslations("orgRecords");
  const tKind = useTranslations("orgKind");
  const tSector = useTranslations("orgSector");
  const { form, submit, conflict, errors: e } = useItemForm({
    editing: true,
    schema: updateOrganizationSchema,
    defaultValues: { organizationId: props.organizationId, version: props.version, ...props.values },
    action: updateOrganizationAction,
    shownAt: () => `/workspace/organisations/${props.slug}`,
  });
  const { register, formState } = form;
  const p = "org-edit";
  const { aria, input, textarea } = fieldBuilders<keyof OrganizationValues>({ prefix: p, label: (name) => t(`fields.${name}`), errors: e, register: register as never });
  return (
    <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2" data-testid="organization-form">
      {conflict ? (
        <div className="sm:col-span-2">
          <ConflictPanel
            conflict={conflict}
            mine={form.getValues() as Record<string, unknown>}
            fields={(["name", "nameKo", "registrationNumber", "aliases", "aliasesKo"] as const).map((name) => ({ name, label: t(`fields.${name}`) }))}
          />
        </div>
      ) : null}
      {input("name")}
      {input("nameKo", { optional: true, lang: "ko" })}
      <Field id={`${p}-kind`} label={t("fields.kind")} error={e.kind?.message}>
        <select id={`${p}-kind`} className={inputClass} {...aria("kind")} {...register("kind" as never)}>
          <Options values={ORGANIZATION_KINDS} label={(v) => tKind(v)} />
        </select>
      </Field>
      <Field id={`${p}-sector`} label={t("fields.sector")} optional error={e.sector?.message}>
        <select id={`${p}-sector`} className={inputClass} {...aria("sector")} {...register("sector" as never)}>
          <option value="">{t("sectorUnknown")}</option>
          <Options values={ORGANIZATION_SECTORS} label={(v) => tSector(v)} />
        </select>
      </Field>
      <Field id={`${p}-country`} label={t("fields.country")} optional error={e.country?.message}>
        <select id={`${p}-country`} className={inputClass} {...aria("country")} {...register("country" as never)}>
          <CountryOptions none={t("countryUnknown")} />
        </select>
      </Field>
      {input("registrationNumber", { optional: true, hint: t("registrationHint") })}
      {textarea("aliases", { rows: 3 })}
      {textarea("aliasesKo", { rows: 3, lang: "ko" })}
      <p className="text-xs text-slate-600 sm:col-span-2">{t("aliasesHint")}</p>
      <div className="sm:col-span-2">
        <SubmitButton pending={formState.isSubmitting} />
      </div>
    </form>
  );
}
