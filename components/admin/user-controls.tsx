"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { Role } from "@/lib/generated/prisma/enums";
import { assignOfficerAction, changeUserRoleAction, setUserActiveAction, unassignOfficerAction } from "@/lib/users/actions";
import { useRouter } from "@/lib/i18n/navigation";
import type { ActionResult } from "@/lib/actions/result";
import { FeedbackLine, useExplainFailure, type Feedback } from "./action-feedback";
import { ROLES } from "@/lib/enums";
import { Options } from "@/components/ui/options";

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  version: number;
  cases: { id: string; title: string }[];
}

function useRun() {
  const router = useRouter();
  const explain = useExplainFailure();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [pending, startTransition] = useTransition();
  const run = <T,>(action: () => Promise<ActionResult<T>>, success: (data: T) => string) =>
    startTransition(async () => {
      const result = await action();
      setFeedback(result.ok ? { kind: "ok", text: success(result.data) } : { kind: "error", text: explain(result) });
      router.refresh();
    });
  return { feedback, pending, run };
}

export function RoleAndStatusControls({ user, isSelf }: { user: UserRow; isSelf: boolean }) {
  const t = useTranslations("admin");
  const tRoles = useTranslations("roles");
  const [role, setRole] = useState<Role>(user.role);
  const { feedback, pending, run } = useRun();
  const feedbackId = `user-${user.id}-feedback`;
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-center gap-2">
        <label className="sr-only" htmlFor={`role-${user.id}`}>
          {t("role")} — {user.email}
        </label>
        <select
          id={`role-${user.id}`}
          value={role}
          disabled={isSelf || pending}
          onChange={(e) => setRole(e.target.value as Role)}
          className="rounded-md border border-slate-400 px-2 py-1 text-sm"
          aria-describedby={feedbackId}
        >
          <Options values={ROLES} label={(r) => tRoles(r)} />
        </select>
        <button
          type="button"
          disabled={isSelf || pending || role === user.role}
          onClick={() => run(() => changeUserRoleAction({ userId: user.id, role, version: user.version }), (u) => t("roleChanged", { email: u.email, role: tRoles(u.role) }))}
          className="rounded-md border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-50"
        >
          {t("saveRole")}
        </button>
        <button
          type="button"
          disabled={isSelf || pending}
          onClick={() =>
            run(
              () => setUserActiveAction({ userId: user.id, active: !user.active, version: user.version }),
              (u) => t("statusChanged", { email: u.email, status: u.active ? t("active") : t("deactivated") }),
            )
          }
          className="rounded-md border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-50"
          aria-label={`${user.active ? t("deactivate") : t("reactivate")} ${user.email}`}
        >
          {user.active ? t("deactivate") : t("reactivate")}
        </button>
      </div>
      <FeedbackLine feedback={feedback} id={feedbackId} />
    </div>
  );
}

export function AssignmentControls({ user, allCases }: { user: UserRow; allCases: { id: string; title: string }[] }) {
  const t = useTranslations("admin");
  const [incidentId, setIncidentId] = useState("");
  const { feedback, pending, run } = useRun();
  if (user.role !== "case_officer") return <p className="text-xs text-slate-500">{t("notOfficer")}</p>;
  const assigned = new Set(user.cases.map((c) => c.id));
  return (
    <div className="space-y-2">
      <ul className="space-y-1">
        {user.cases.map((c) => (
          <li key={c.id} className="flex items-start justify-between gap-2 text-sm">
            <span>{c.title}</span>
            <button
              type="button"
              disabled={pending}
              onClick={() => run(() => unassignOfficerAction({ userId: user.id, incidentId: c.id }), () => t("unassigned"))}
              className="shrink-0 rounded border border-slate-300 px-1.5 text-xs hover:bg-slate-100"
              aria-label={t("unassign", { case: c.title })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-center gap-2">
        <label className="sr-only" htmlFor={`assign-${user.id}`}>
          {t("assignTo", { name: user.name })}
        </label>
        <select id={`assign-${user.id}`} value={incidentId} onChange={(e) => setIncidentId(e.target.value)} className="max-w-56 rounded-md border border-slate-400 px-2 py-1 text-sm">
          <option value="">{t("chooseCase")}</option>
          {allCases
            .filter((c) => !assigned.has(c.id))
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
        </select>
        <button
          type="button"
          disabled={pending || !incidentId}
          onClick={() => run(() => assignOfficerAction({ userId: user.id, incidentId }), () => t("assigned"))}
          className="rounded-md border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-50"
        >
          {t("assign")}
        </button>
      </div>
      <FeedbackLine feedback={feedback} />
    </div>
  );
}
