import { useTranslations } from "next-intl";
import { StatusPill } from "@/components/ui/status-pill";
import type { PublicStage } from "@/lib/publishing/public-stage";

/** The case's progress as the public reads it (see lib/publishing/public-stage.ts). */
export function PublicStageBadge({ stage }: { stage: PublicStage }) {
  const t = useTranslations("publicStage");
  return (
    <StatusPill strong={stage === "sanctioned" || stage === "closed"} data-stage={stage}>
      {t(stage)}
    </StatusPill>
  );
}
