"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { linkEvidenceAction } from "@/lib/evidence/actions";
import { EVIDENCE_TARGETS } from "@/lib/evidence/link-targets";
import { linkEvidenceSchema, type EvidenceTarget } from "@/lib/evidence/schema";
import { useRouter } from "@/lib/i18n/navigation";

export type LinkChoices = Record<EvidenceTarget, { id: string; label: string }[]>;

/** Links the file to one of the case's records: the kind, then the record, then where in the file ("p. 12"). */
export function AddLinkForm({ fileId, choices }: { fileId: string; choices: LinkChoices }) {
  const t = useTranslations("evidence.file");
  const tTarget = useTranslations("enum.evidenceTarget");
  const router = useRouter();
  const { form, submit } = useActionForm({
    schema: linkEvidenceSchema,
    defaultValues: { fileId, target: "finding", targetId: "", locator: "" },
    action: linkEvidenceAction,
    successMessage: t("linkSaved"),
    onSuccess: () => {
      form.reset({ fileId, target: form.getValues("target"), targetId: "", locator: "" });
      router.refresh();
    },
  });
  const target = form.watch("target") as EvidenceTarget;
  const items = choices[target] ?? [];
  const e = form.formState.errors;
  // The schema's own words for a missing record are about ids; say what to do instead.
  const itemError = e.targetId ? t("linkPickItem") : undefined;
  return (
    <form onSubmit={submit} noValidate className="grid gap-3 sm:grid-cols-[minmax(0,11rem)_minmax(0,1fr)_minmax(0,12rem)_auto] sm:items-start" data-testid="add-link">
      <Field id="link-target" label={t("linkTarget")} error={e.target?.message}>
        <select id="link-target" className={inputClass} {...form.register("target", { onChange: () => form.setValue("targetId", "") })}>
          {EVIDENCE_TARGETS.map((v) => (
            <option key={v} value={v}>
              {tTarget(v)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="link-item" label={t("linkItem")} error={itemError}>
        <select id="link-item" className={inputClass} aria-invalid={Boolean(itemError)} disabled={items.length === 0} {...form.register("targetId")}>
          <option value="">{items.length === 0 ? t("linkNoItems") : t("linkChoose")}</option>
          {items.map((item) => (
            <option key={item.id} value={item.id}>
              {item.label}
            </option>
          ))}
        </select>
      </Field>
      <Field id="link-locator" label={t("locator")} optional error={e.locator?.message}>
        <input id="link-locator" className={inputClass} placeholder={t("locatorPlaceholder")} {...form.register("locator")} />
      </Field>
      <div className="sm:pt-6">
        <SubmitButton pending={form.formState.isSubmitting} label={t("linkSave")} />
      </div>
    </form>
  );
}
