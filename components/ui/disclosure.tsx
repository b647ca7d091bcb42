"use client";

import { useState, type ReactNode } from "react";

const LOOKS = {
  /** A form that opens in place of its heading ("Add a data category"). */
  panel: { details: "rounded-lg border border-slate-200 bg-slate-50 p-4", summary: "cursor-pointer text-lg font-semibold", body: "mt-4" },
  /** A lesser form inside a list item ("Withdraw this sanction"). */
  inline: { details: "mt-3", summary: "cursor-pointer text-sm font-medium text-blue-800 underline", body: "mt-2" },
  /** A step that cannot be taken lightly ("Take the summary down"). */
  danger: { details: "rounded-lg border border-red-200 p-3", summary: "cursor-pointer text-sm text-red-800", body: "mt-2" },
} as const;

/**
 * Native details/summary: keyboard and screen readers get a disclosure with nothing to load.
 * `startOpen` opens it when the page first shows (an "Add" form over an empty list); after that
 * it stays as the reader left it, also when the page refreshes after a save.
 */
export function Disclosure({ summary, look = "panel", startOpen = false, children }: { summary: ReactNode; look?: keyof typeof LOOKS; startOpen?: boolean; children: ReactNode }) {
  const l = LOOKS[look];
  const [open, setOpen] = useState(startOpen);
  return (
    <details className={l.details} open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className={l.summary}>{summary}</summary>
      <div className={l.body}>{children}</div>
    </details>
  );
}
