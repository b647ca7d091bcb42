"use client";

import { useTranslations } from "next-intl";
import { Controller } from "react-hook-form";
import { ConflictPanel } from "@/components/forms/conflict-panel";
import { Field, inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useItemForm } from "@/components/forms/use-item-form";
import { OrganizationPicker, type ChosenOrganization, type OrganizationValue } from "@/components/organisations/organization-picker";
import { Options } from "@/components/ui/options";
import { CONSENTS } from "@/lib/enums";
import { CountryOptions } from "@/components/organisations/country-options";
import { createRecipientAction, updateRecipientAction } from "@/lib/recipients/actions";
import { createRecipientSchema, updateRecipientSchema } from "@/lib/recipients/schema";
import { fieldBuilders } from "@/components/forms/field-builders";

type TextField = "country" | "relationship" | "relationshipKo" | "stakePercent" | "purposeClaimed" | "consent" | "contractCovered" | "contractNote" | "description" | "descriptionKo";
export type RecipientValues = Record<TextField, string> & { organization: OrganizationValue };

const EMPTY: RecipientValues = {
  organization: { mode: "existing", id: "" },
  country: "",
  relationship: "",
  relationshipKo: "",
  stakePercent: "",
  purposeClaimed: "",
  consent: "unknown",
  contractCovered: "",
  contractNote: "",
  description: "",
  descriptionKo: "",
};

/** Adds a recipient to a case, or edits one (at the version the form was filled from). */
export function RecipientForm(
  props: { incidentId: string; slug: string } | { recipientId: string; version: number; slug: string; values: RecipientValues; chosen: ChosenOrganization },
) {
  const t = useTranslations("recipients");
  const tOrg = useTranslations("organizations");
  const tConsent = useTranslations("consent");
  const editing = "recipientId" in props;
  const { form, submit, conflict, errors: e } = useItemForm({
    editing,
    schema: editing ? updateRecipientSchema : createRecipientSchema,
    defaultValues: editing ? { recipientId: props.recipientId, version: props.version, ...props.values } : { incidentId: props.incidentId, ...EMPTY },
    action: editing ? updateRecipientAction : createRecipientAction,
    shownAt: (id) => `/workspace/cases/${props.slug}/recipients#recipient-${id}`,
  });
  const { register, formState, control } = form;
  const p = editing ? "rcp-edit" : "rcp-new";
  const { aria, input, textarea } = fieldBuilders<TextField>({ prefix: p, label: (name) => t(name), errors: e, register: register as never });
  return (
    <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2">
      {conflict ? (
        <div className="sm:col-span-2">
          <ConflictPanel
            conflict={conflict}
            mine={form.getValues() as Record<string, unknown>}
            fields={[
              { name: "relationship", label: t("relationship") },
              { name: "purposeClaimed", label: t("purposeClaimed") },
              { name: "description", label: t("description") },
              { name: "descriptionKo", label: t("descriptionKo") },
            ]}
          />
        </div>
      ) : null}
      <div className="sm:col-span-2">
        <Controller
          control={control}
          name={"organization" as never}
          render={({ field }) => (
            <OrganizationPicker
              id={`${p}-organization`}
              label={t("organization")}
              value={(field.value ?? null) as OrganizationValue | null}
              onChange={field.onChange}
              chosen={editing ? props.chosen : null}
              defaultKind="company"
              errors={e.organization as never}
            />
          )}
        />
      </div>
      <Field id={`${p}-country`} label={t("country")} optional error={e.country?.message}>
        <select id={`${p}-country`} className={inputClass} {...aria("country")} {...register("country" as never)}>
          <CountryOptions none={tOrg("chooseCountry")} />
        </select>
      </Field>
      {input("relationship", { optional: true, hint: t("relationshipHint") })}
      {input("relationshipKo", { optional: true, lang: "ko" })}
      {input("stakePercent", { optional: true, hint: t("stakeHint"), inputMode: "decimal" })}
      {input("purposeClaimed", { optional: true })}
      <Field id={`${p}-consent`} label={t("consent")} error={e.consent?.message}>
        <select id={`${p}-consent`} className={inputClass} {...aria("consent")} {...register("consent" as never)}>
          <Options values={CONSENTS} label={(v) => tConsent(v)} />
        </select>
      </Field>
      <Field id={`${p}-contractCovered`} label={t("contractCovered")} error={e.contractCovered?.message}>
        <select id={`${p}-contractCovered`} className={inputClass} {...aria("contractCovered")} {...register("contractCovered" as never)}>
          <option value="">{t("contract.unknown")}</option>
          <option value="yes">{t("contract.yes")}</option>
          <option value="no">{t("contract.no")}</option>
        </select>
      </Field>
      {textarea("contractNote")}
      {textarea("description")}
      {textarea("descriptionKo", { lang: "ko" })}
      <div className="sm:col-span-2">
        <SubmitButton pending={formState.isSubmitting} label={editing ? undefined : t("add")} />
      </div>
    </form>
  );
}
