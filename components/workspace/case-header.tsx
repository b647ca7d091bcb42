import { useTranslations } from "next-intl";
import { StateBadge } from "@/components/incidents/state-badge";
import type { WorkflowState } from "@/lib/generated/prisma/enums";
import { CaseTabs } from "./case-tabs";

export function CaseHeader({ slug, title, state, visibility, showActivity }: { slug: string; title: string; state: WorkflowState; visibility: "internal" | "public"; showActivity: boolean }) {
  const t = useTranslations("workspace");
  const tabs = [{ key: "overview", label: t("overview") }, ...(showActivity ? [{ key: "activity", label: t("activity") }] : [])];
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-2">
        <StateBadge state={state} />
        <span className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs text-slate-700 ring-1 ring-slate-300">
          {t("visibility")}: {t(visibility)}
        </span>
      </div>
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{title}</h1>
      <CaseTabs slug={slug} tabs={tabs} />
    </div>
  );
}
