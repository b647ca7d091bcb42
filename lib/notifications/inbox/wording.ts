// How an inbox row reads, from its kind and params: a message key under inbox.kinds and its values.
// Pure. Params are wording values written by whoever notified (lib/notifications/notify.ts); any
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

export function inboxWording(kind: NotificationKind, input: { params: unknown; actor: string | null; caseTitle: string | null }): InboxWording {
  const params = input.params && typeof input.params === "object" && !Array.isArray(input.params) ? (input.params as Record<string, unknown>) : {};
  const values = { actor: input.actor ?? "", case: input.caseTitle ?? "" };
  const who = input.actor ? "" : "Nobody";
  switch (kind) {
    case "task_assigned":
    case "task_due": {
      const title = text(params, "taskTitle") ?? text(params, "title");
      return title ? { key: `${kind}${who}Titled`, values: { ...values, title } } : { key: `${kind}${who}`, values };
    }
    case "proposal_decided": {
      const status = text(params, "status") ?? text(params, "decision");
      return { key: status === "approved" || status === "rejected" ? `proposal_${status}${who}` : `proposal_decided${who}`, values };
    }
    case "clock_due": {
      const overdue = params.overdue === true || text(params, "status") === "overdue";
      return { key: overdue ? "clock_overdue" : "clock_due", values };
    }
    default:
      return { key: `${kind}${who}`, values };
  }
}
