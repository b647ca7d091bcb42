"use client";

import { useState } from "react";

/**
 * Copies the text of the field `source` names and says so in a live region (labels come from the
 * server: no client messages needed). It reads the field rather than taking the text as a prop, so
 * the snippet is not sent to the browser a second time in the page's flight payload.
 */
export function CopyButton({ source, label, copied, failed }: { source: string; label: string; copied: string; failed: string }) {
  const [status, setStatus] = useState("");
  const copy = () =>
    navigator.clipboard.writeText((document.getElementById(source) as HTMLTextAreaElement | null)?.value ?? "").then(
      () => setStatus(copied),
      () => setStatus(failed),
    );
  return (
    <span className="flex flex-wrap items-center gap-2">
      <button type="button" onClick={copy} className="rounded-md border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100">
        {label}
      </button>
      <span role="status" className="text-sm text-slate-700">
        {status}
      </span>
    </span>
  );
}
