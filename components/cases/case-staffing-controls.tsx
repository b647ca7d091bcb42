"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/actions/result";
import { useRouter } from "@/lib/i18n/navigation";
import { assignOfficerAction, unassignOfficerAction } from "@/lib/users/actions";

interface Officer {
  id: string;
  name: string;
  email: string;
}

export function CaseStaffingControls({ incidentId, assigned, choices }: { incidentId: string; assigned: Officer[]; choices: Officer[] }) {
  const t = useTranslations("caseStaffing");
  const tWorkspace = useTranslations("workspace");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [userId, setUserId] = useState("");
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<ActionResult<unknown>>, success: string) =>
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        toast.success(success);
        setUserId("");
      } else toast.error(result.error === "invalid" || result.error === "not_found" ? result.message : tErrors(result.error));
      router.refresh();
    });
  const chosen = choices.find((o) => o.id === userId);
  return (
    <div className="space-y-3">
      {assigned.length > 0 ? (
        <ul className="space-y-1">
          {assigned.map((officer) => (
            <li key={officer.id} className="flex items-start justify-between gap-2" data-officer={officer.email}>
              <span className="min-w-0 break-words">{officer.name}</span>
              <button
                type="button"
                disabled={pending}
                onClick={() => run(() => unassignOfficerAction({ userId: officer.id, incidentId }), t("unassigned", { name: officer.name }))}
                className="shrink-0 rounded-md border border-slate-400 px-2 py-0.5 text-xs hover:bg-slate-100 disabled:opacity-50"
                aria-label={t("unassign", { name: officer.name })}
              >
                {t("remove")}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{tWorkspace("noneAssigned")}</p>
      )}
      {choices.length > 0 ? (
        <form
          className="flex flex-wrap items-center gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            if (chosen) run(() => assignOfficerAction({ userId: chosen.id, incidentId }), t("assigned", { name: chosen.name }));
          }}
        >
          <label className="sr-only" htmlFor="assign-officer">
            {t("chooseLabel")}
          </label>
          <select id="assign-officer" value={userId} onChange={(e) => setUserId(e.target.value)} className="min-w-0 max-w-full flex-1 rounded-md border border-slate-400 px-2 py-1">
            <option value="">{t("choose")}</option>
            {choices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name} ({o.email})
              </option>
            ))}
          </select>
          <button type="submit" disabled={pending || !chosen} className="rounded-md border border-slate-400 px-3 py-1 hover:bg-slate-100 disabled:opacity-50">
            {t("assign")}
          </button>
        </form>
      ) : (
        <p className="text-xs text-slate-600">{t("noneLeft")}</p>
      )}
      <p className="text-xs text-slate-600">{t("hint")}</p>
    </div>
  );
}
