"use client";

import { useTranslations } from "next-intl";
import { ConflictPanel } from "@/components/forms/conflict-panel";
import { inputClass } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Options } from "@/components/ui/options";
import { SENSITIVITIES } from "@/lib/enums";
import { changeEvidenceSensitivityAction } from "@/lib/evidence/actions";
import { changeSensitivitySchema } from "@/lib/evidence/schema";
import type { Sensitivity } from "@/lib/generated/prisma/enums";
import { useRouter } from "@/lib/i18n/navigation";

/** The file's sensitivity as a select that saves on "Change"; a stale version shows who changed it first. */
export function SensitivityForm({ fileId, version, sensitivity }: { fileId: string; version: number; sensitivity: Sensitivity }) {
  const t = useTranslations("evidence.file");
  const tEnum = useTranslations("enum.sensitivity");
  const router = useRouter();
  const { form, submit, conflict } = useActionForm({
    schema: changeSensitivitySchema,
    defaultValues: { fileId, version, sensitivity },
    action: changeEvidenceSensitivityAction,
    successMessage: t("sensitivitySaved"),
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={submit} noValidate className="space-y-2">
      {conflict ? (
        <ConflictPanel
          conflict={{ ...conflict, current: { sensitivity: tEnum(String(conflict.current.sensitivity) as Sensitivity) } }}
          mine={{ sensitivity: tEnum(form.getValues("sensitivity") as Sensitivity) }}
          fields={[{ name: "sensitivity", label: t("sensitivity") }]}
        />
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor="evidence-sensitivity" className="sr-only">
          {t("sensitivity")}
        </label>
        <div className="min-w-0 flex-1 sm:max-w-xs">
          <select id="evidence-sensitivity" className={inputClass} {...form.register("sensitivity")}>
            <Options values={SENSITIVITIES} label={(v) => tEnum(v)} />
          </select>
        </div>
        <button type="submit" disabled={form.formState.isSubmitting} className="rounded-md border border-slate-500 px-3 py-1.5 text-sm hover:bg-slate-100 disabled:opacity-60">
          {t("saveSensitivity")}
        </button>
      </div>
    </form>
  );
}
