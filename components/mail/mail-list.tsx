import { StatusPill } from "@/components/ui/status-pill";
import { Link } from "@/lib/i18n/navigation";
import type { MailListItem } from "@/lib/mail/mail-list-items";

export interface MailListLabels {
  caption: string;
  to: string;
  language: string;
  attempts: string;
  lastError: string;
  lastAttempt: string;
}

/** Mails as stacked rows (readable at phone width without sideways scrolling), each opening the mail. */
export function MailList({ items, labels, action }: { items: MailListItem[]; labels: MailListLabels; action?: (item: MailListItem) => React.ReactNode }) {
  return (
    <ul aria-label={labels.caption} className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
      {items.map((m) => (
        <li key={m.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:justify-between" data-mail={m.id}>
          <div className="min-w-0 space-y-1">
            <p className="font-medium break-words">
              <Link href={`/admin/mail/${m.id}`} lang={m.lang} className="text-blue-800 underline-offset-2 hover:underline">
                {m.subject}
              </Link>
            </p>
            <p className="text-sm break-all text-slate-700">
              <span className="text-slate-600">{labels.to}:</span> {m.to} · <span className="text-slate-600">{labels.language}:</span> {m.language}
            </p>
            <p className="text-sm text-slate-600">
              {m.when} · {labels.attempts}: {m.attempts}
              {m.lastAttempt ? ` · ${labels.lastAttempt}: ${m.lastAttempt}` : null}
            </p>
            {m.lastError ? (
              <p className="text-sm break-words text-red-800">
                <span className="font-medium">{labels.lastError}:</span> <code className="font-mono text-xs">{m.lastError}</code>
              </p>
            ) : null}
          </div>
          <div className="flex shrink-0 items-center gap-2">
            <StatusPill strong={m.settled} data-status={m.status}>
              {m.status}
            </StatusPill>
            {action?.(m)}
          </div>
        </li>
      ))}
    </ul>
  );
}
