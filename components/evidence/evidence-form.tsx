"use client";

import { useTranslations } from "next-intl";
import { ConflictPanel } from "@/components/forms/conflict-panel";
import { DayInput } from "@/components/forms/day-input";
import { Field, inputClass } from "@/components/forms/field";
import { fieldBuilders } from "@/components/forms/field-builders";
import { SubmitButton } from "@/components/forms/submit-button";
import { useItemForm } from "@/components/forms/use-item-form";
import { Options } from "@/components/ui/options";
import { EVIDENCE_KINDS } from "@/lib/enums";
import { updateEvidenceAction } from "@/lib/evidence/actions";
import { updateEvidenceSchema } from "@/lib/evidence/schema";

export type EvidenceValues = Record<"title" | "titleKo" | "description" | "descriptionKo" | "kind" | "receivedOn" | "providedBy", string>;

/** Corrects an evidence file's record at the version it was opened at (the bytes never change here). */
export function EvidenceForm({ fileId, version, values }: { fileId: string; version: number; values: EvidenceValues }) {
  const t = useTranslations("evidence");
  const { form, submit, conflict, errors: e } = useItemForm({
    editing: true,
    schema: updateEvidenceSchema,
    defaultValues: { fileId, version, ...values },
    action: updateEvidenceAction,
    shownAt: () => "",
  });
  const { register, formState } = form;
  const p = `ev-${fileId}`;
  const { aria, input, textarea } = fieldBuilders<keyof EvidenceValues>({ prefix: p, label: (name) => t(`field.${name}`), errors: e, register: register as never });
  return (
    <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2">
      {conflict ? (
        <div className="sm:col-span-2">
          <ConflictPanel
            conflict={conflict}
            mine={form.getValues() as Record<string, unknown>}
            fields={[
              { name: "title", label: t("field.title") },
              { name: "titleKo", label: t("field.titleKo") },
              { name: "providedBy", label: t("field.providedBy") },
              { name: "description", label: t("field.description") },
            ]}
          />
        </div>
      ) : null}
      {input("title", { wide: true })}
      {input("titleKo", { optional: true, lang: "ko", wide: true })}
      <Field id={`${p}-kind`} label={t("field.kind")} error={e.kind?.message}>
        <select id={`${p}-kind`} className={inputClass} {...aria("kind")} {...register("kind" as never)}>
          <Options values={EVIDENCE_KINDS} label={(v) => t(`kinds.${v}`)} />
        </select>
      </Field>
      <Field id={`${p}-receivedOn`} label={t("field.receivedOn")} optional error={e.receivedOn?.message}>
        <DayInput id={`${p}-receivedOn`} className={inputClass} {...aria("receivedOn")} {...register("receivedOn" as never)} />
      </Field>
      {input("providedBy", { optional: true, wide: true, hint: t("providedByHint") })}
      {textarea("description")}
      {textarea("descriptionKo", { lang: "ko" })}
      <div className="sm:col-span-2">
        <SubmitButton pending={formState.isSubmitting} />
      </div>
    </form>
  );
}
