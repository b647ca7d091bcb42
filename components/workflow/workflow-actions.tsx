"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { Blocker, TransitionId, WorkflowState } from "@/lib/workflow/machine";
import { TransitionForm, type ProposedSanctionOption } from "./transition-form";

export interface WorkflowActionView {
  transitionId: TransitionId;
  to: WorkflowState;
  gated: boolean;
  enabled: boolean;
  blockers: Blocker[];
}

/** The steps open from the current state: each opens its form, or says why it cannot be taken now. */
export function WorkflowActions(props: { incidentId: string; state: WorkflowState; actions: WorkflowActionView[]; sanctions: ProposedSanctionOption[] }) {
  const t = useTranslations("workflow");
  const tState = useTranslations("state");
  const [open, setOpen] = useState<TransitionId | null>(null);
  const blockerText = (b: Blocker) => (b.code === "precondition" ? t(`blockers.${b.precondition}`) : b.code === "wrongState" ? t("blockers.wrongState", { state: tState(b.state) }) : t(`blockers.${b.code}`));

  if (props.actions.length === 0) return <p className="text-sm text-slate-700">{t("noActions", { state: tState(props.state) })}</p>;
  return (
    <ul className="space-y-3">
      {props.actions.map((action) => {
        const reasonId = `wf-blocked-${action.transitionId}`;
        return (
          <li key={action.transitionId} className="rounded-lg border border-slate-200 bg-white p-3" data-transition={action.transitionId}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <div>
                <p className="font-medium">{t(`transitions.${action.transitionId}`)}</p>
                <p className="text-sm text-slate-600">
                  {t("leadsTo", { state: tState(action.to) })} · {action.gated ? t("gated") : t("direct")}
                </p>
              </div>
              <Dialog.Root open={open === action.transitionId} onOpenChange={(o) => setOpen(o ? action.transitionId : null)}>
                <Dialog.Trigger asChild>
                  <button
                    type="button"
                    disabled={!action.enabled}
                    aria-describedby={action.enabled ? undefined : reasonId}
                    className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700 disabled:cursor-not-allowed disabled:bg-slate-300 disabled:text-slate-700"
                  >
                    {action.gated ? t("propose") : t("record")}
                    <span className="sr-only">: {t(`transitions.${action.transitionId}`)}</span>
                  </button>
                </Dialog.Trigger>
                <Dialog.Portal>
                  <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
                  <Dialog.Content className="fixed left-1/2 top-4 z-50 max-h-[calc(100vh-2rem)] w-[min(36rem,calc(100vw-1rem))] -translate-x-1/2 overflow-y-auto rounded-lg bg-white p-5 shadow-xl">
                    <Dialog.Title className="text-lg font-semibold">{t(`transitions.${action.transitionId}`)}</Dialog.Title>
                    <Dialog.Description className="mt-1 text-sm text-slate-700">
                      {action.gated ? t("gatedExplained", { state: tState(action.to) }) : t("directExplained", { state: tState(action.to) })}
                    </Dialog.Description>
                    <div className="mt-4">
                      <TransitionForm incidentId={props.incidentId} state={props.state} transitionId={action.transitionId} gated={action.gated} sanctions={props.sanctions} onDone={() => setOpen(null)} />
                    </div>
                    <Dialog.Close className="absolute right-3 top-3 rounded-md px-2 py-1 text-sm text-slate-700 hover:bg-slate-100">{t("close")}</Dialog.Close>
                  </Dialog.Content>
                </Dialog.Portal>
              </Dialog.Root>
            </div>
            {action.enabled ? null : (
              <p id={reasonId} className="mt-2 text-sm text-amber-900" data-testid="blocked-reason">
                {action.blockers.map(blockerText).join(" ")}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
