import { useTranslations } from "next-intl";
import { StatusPill } from "@/components/ui/status-pill";
import type { WorkflowState } from "@/lib/generated/prisma/enums";

export function StateBadge({ state }: { state: WorkflowState }) {
  const t = useTranslations("state");
  return (
    <StatusPill strong={state === "sanction_decided" || state === "closed" || state === "dismissed"} data-state={state}>
      {t(state)}
    </StatusPill>
  );
}
