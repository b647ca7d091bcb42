import { StatusPill } from "@/components/ui/status-pill";
import { Link } from "@/lib/i18n/navigation";

export interface WebhookListItem {
  id: string;
  url: string;
  events: string[];
  owner: string;
  failures: number;
  status: string;
  /** Why and since when it is disabled. */
  detail: string | null;
  enabled: boolean;
}

type Labels = Record<"caption" | "url" | "events" | "status" | "owner" | "failures" | "open", string>;

/** The subscriptions as a table; on a phone each row stacks. Plain data in, nothing fetched. */
export function WebhookList({ items, labels, showOwner }: { items: WebhookListItem[]; labels: Labels; showOwner: boolean }) {
  const cell = "block px-3 py-1 sm:table-cell sm:py-2 align-top";
  return (
    <table className="block w-full text-sm sm:table" data-testid="webhook-list">
      <caption className="sr-only">{labels.caption}</caption>
      <thead className="sr-only sm:not-sr-only">
        <tr className="border-b border-slate-300 text-left">
          <th scope="col" className={cell}>{labels.url}</th>
          <th scope="col" className={cell}>{labels.events}</th>
          {showOwner ? <th scope="col" className={cell}>{labels.owner}</th> : null}
          <th scope="col" className={cell}>{labels.status}</th>
          <th scope="col" className={cell}>{labels.failures}</th>
        </tr>
      </thead>
      <tbody className="block sm:table-row-group">
        {items.map((item) => (
          <tr key={item.id} className="block border-b border-slate-200 py-2 sm:table-row sm:py-0">
            <td className={`${cell} break-all`}>
              <Link href={`/workspace/webhooks/${item.id}`} className="font-medium text-blue-800 underline underline-offset-2" aria-label={`${labels.open}: ${item.url}`}>
                {item.url}
              </Link>
            </td>
            <td className={cell}>{item.events.join(", ")}</td>
            {showOwner ? <td className={cell}>{item.owner}</td> : null}
            <td className={cell}>
              <StatusPill strong={!item.enabled} data-testid="webhook-status">
                {item.status}
              </StatusPill>
              {item.detail ? <div className="mt-1 text-xs text-slate-700">{item.detail}</div> : null}
            </td>
            <td className={`${cell} tabular-nums`}>
              <span className="sm:hidden">{labels.failures}: </span>
              {item.failures}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
