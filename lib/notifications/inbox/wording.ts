// How an inbox row reads, from its kind and params: a message key under inbox.kinds and its values.
// Pure. Params are wording values written by whoever notified (lib/notifications/notify.ts: never
// case content, so a task's title comes from the task itself, read by list-inbox.ts); any
// that are missing or of the wrong shape fall back to the kind's plain wording, never an error.
import type { NotificationKind } from "@/lib/generated/prisma/enums";

export interface InboxWording {
  key: string;
  values: Record<string, string | number>;
}

const text = (params: Record<string, unknown>, name: string) => {
  const value = params[name];
  return typeof value === "string" && value.trim() !== "" ? value.slice(0, 200) : null;
};

export function inboxWording(kind: NotificationKind, input: { params: unknown; actor: string | null; caseTitle: string | null; taskTitle?: string | null }): InboxWording {
  const params = input.params && typeof input.params === "object" && !Array.isArray(input.params) ? (input.params as Record<string, unknown>) : {};
  const values = { actor: input.actor ?? "", case: input.caseTitle ?? "" };
  const who = input.actor ? "" : "Nobody";
  switch (kind) {
    case "task_assigned":
    case "task_due": {
      const title = input.taskTitle?.slice(0, 200) ?? null;
      return title ? { key: `${kind}${who}Titled`, values: { ...values, title } } : { key: `${kind}${who}`, values };
    }
    case "proposal_decided": {
      const outcome = text(params, "outcome");
      return { key: outcome === "approved" || outcome === "rejected" ? `proposal_${outcome}${who}` : `proposal_decided${who}`, values };
    }
    case "clock_due": {
      return { key: text(params, "state") === "overdue" ? "clock_overdue" : "clock_due", values };
    }
    default:
      return { key: `${kind}${who}`, values };
  }
}
