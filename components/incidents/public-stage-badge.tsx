import { useTranslations } from "next-intl";
import type { PublicStage } from "@/lib/publishing/public-stage";

/** The case's progress as the public reads it (see lib/publishing/public-stage.ts). */
export function PublicStageBadge({ stage }: { stage: PublicStage }) {
  const t = useTranslations("publicStage");
  const decided = stage === "sanctioned" || stage === "closed";
  return (
    <span
      data-stage={stage}
      className={`inline-flex items-center whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-medium ${decided ? "bg-slate-800 text-white" : "bg-slate-100 text-slate-800 ring-1 ring-slate-300"}`}
    >
      {t(stage)}
    </span>
  );
}
