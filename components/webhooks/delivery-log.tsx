import { StatusPill } from "@/components/ui/status-pill";
import { Link } from "@/lib/i18n/navigation";
import { ReplayDeliveryButton } from "./webhook-buttons";

export interface DeliveryLogItem {
  id: string;
  messageId: string;
  event: string;
  caseSlug: string | null;
  status: string;
  delivered: boolean;
  attempts: number;
  answer: string;
  next: string | null;
  created: string;
  replay: string | null;
}

type Labels = Record<"caption" | "event" | "case" | "status" | "attempts" | "answer" | "when" | "message" | "replay", string>;

/** The delivery log, newest first; each row can be sent again while the subscription is enabled. */
export function DeliveryLog({ items, labels, canReplay }: { items: DeliveryLogItem[]; labels: Labels; canReplay: boolean }) {
  const cell = "block px-3 py-1 sm:table-cell sm:py-2 align-top";
  const mobile = (label: string) => <span className="font-medium sm:hidden">{label}: </span>;
  return (
    <table className="block w-full text-sm sm:table" data-testid="delivery-log">
      <caption className="sr-only">{labels.caption}</caption>
      <thead className="sr-only sm:not-sr-only">
        <tr className="border-b border-slate-300 text-left">
          <th scope="col" className={cell}>{labels.when}</th>
          <th scope="col" className={cell}>{labels.event}</th>
          <th scope="col" className={cell}>{labels.status}</th>
          <th scope="col" className={cell}>{labels.attempts}</th>
          <th scope="col" className={cell}>{labels.answer}</th>
          <th scope="col" className={cell}>
            <span className="sr-only">{labels.replay}</span>
          </th>
        </tr>
      </thead>
      <tbody className="block sm:table-row-group">
        {items.map((item) => (
          <tr key={item.id} className="block border-b border-slate-200 py-2 sm:table-row sm:py-0" data-testid="delivery-row">
            <td className={cell}>
              {item.created}
              <div className="break-all text-xs text-slate-600" title={labels.message}>
                {item.messageId}
              </div>
            </td>
            <td className={cell}>
              {item.event}
              {item.caseSlug ? (
                <div>
                  <Link href={`/workspace/cases/${item.caseSlug}`} className="text-blue-800 underline underline-offset-2">
                    {item.caseSlug}
                  </Link>
                </div>
              ) : null}
              {item.replay ? <div className="text-xs text-slate-600">{item.replay}</div> : null}
            </td>
            <td className={cell}>
              <StatusPill strong={item.delivered}>{item.status}</StatusPill>
              {item.next ? <div className="text-xs text-slate-600">{item.next}</div> : null}
            </td>
            <td className={`${cell} tabular-nums`}>
              {mobile(labels.attempts)}
              {item.attempts}
            </td>
            <td className={`${cell} break-all`}>
              {mobile(labels.answer)}
              {item.answer}
            </td>
            <td className={cell}>{canReplay ? <ReplayDeliveryButton deliveryId={item.id} label={`${labels.replay}: ${item.messageId}`} /> : null}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
