"use client";

import { useTranslations } from "next-intl";
import { describedBy, Field, inputClass } from "@/components/forms/field";
import { Options } from "@/components/ui/options";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { changeFindingStatusAction } from "@/lib/findings/actions";
import { changeFindingStatusSchema } from "@/lib/findings/schema";
import type { FindingStatus } from "@/lib/generated/prisma/enums";
import { useRouter } from "@/lib/i18n/navigation";

export function FindingStatusForm({ findingId, version, next }: { findingId: string; version: number; next: readonly FindingStatus[] }) {
  const t = useTranslations("caseWs");
  const tEnum = useTranslations("enum");
  const router = useRouter();
  const { form, submit } = useActionForm({
    schema: changeFindingStatusSchema,
    defaultValues: { findingId, version, status: next[0], reason: "" },
    action: changeFindingStatusAction,
    onSuccess: () => {
      form.reset({ findingId, version: version + 1, status: next[0], reason: "" });
      router.refresh();
    },
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <Field id="status-new" label={t("newStatus")} error={e.status?.message}>
        <select id="status-new" className={inputClass} {...form.register("status")}>
          <Options values={next} label={(s) => tEnum(`findingStatus.${s}`)} />
        </select>
      </Field>
      <Field id="status-reason" label={t("reason")} error={e.reason?.message}>
        <textarea id="status-reason" rows={2} className={inputClass} {...describedBy("status-reason", { error: e.reason })} {...form.register("reason")} />
      </Field>
      <SubmitButton pending={form.formState.isSubmitting} label={t("changeStatus")} />
    </form>
  );
}
