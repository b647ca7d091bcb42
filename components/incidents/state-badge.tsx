import { useTranslations } from "next-intl";
import type { WorkflowState } from "@/lib/generated/prisma/enums";

export function StateBadge({ state }: { state: WorkflowState }) {
  const t = useTranslations("state");
  const decided = state === "sanction_decided" || state === "closed" || state === "dismissed";
  return (
    <span
      data-state={state}
      className={`inline-flex items-center whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-medium ${decided ? "bg-slate-800 text-white" : "bg-slate-100 text-slate-800 ring-1 ring-slate-300"}`}
    >
      {t(state)}
    </span>
  );
}
