// Which notifications are mailed how when a user has said nothing. Pure: shared by notify(), the
// digest, the scan and the preferences page.
import type { NotificationDelivery, NotificationKind } from "@/lib/generated/prisma/enums";
import { NOTIFICATION_KINDS } from "@/lib/enums";

/**
 * Things someone must act on soon are mailed at once; things that only inform (a deadline that
 * is coming, a comment on one's work) wait for the morning digest, so a busy case does not
 * flood anyone's mailbox.
 */
export const DEFAULT_DELIVERY: Readonly<Record<NotificationKind, NotificationDelivery>> = {
  case_assigned: "immediately",
  task_assigned: "immediately",
  task_due: "immediately",
  proposal_waiting: "immediately",
  proposal_decided: "immediately",
  clock_due: "daily_digest",
  mention: "immediately",
  comment_reply: "daily_digest",
  webhook_disabled: "immediately",
};

export type DeliveryChoices = Readonly<Partial<Record<NotificationKind, NotificationDelivery>>>;

/** The delivery in force for one kind: the user's choice, else the kind's default. */
export function deliveryFor(kind: NotificationKind, chosen: DeliveryChoices): NotificationDelivery {
  return chosen[kind] ?? DEFAULT_DELIVERY[kind];
}

/** Every kind with the delivery in force, in the order the preferences page lists them. */
export function effectiveDeliveries(chosen: DeliveryChoices): Record<NotificationKind, NotificationDelivery> {
  return Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, deliveryFor(kind, chosen)])) as Record<NotificationKind, NotificationDelivery>;
}
