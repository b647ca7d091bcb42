"use client";

import { useState } from "react";

/** Copies `text` and says so in a live region (labels come from the server: no client messages needed). */
export function CopyButton({ text, label, copied, failed }: { text: string; label: string; copied: string; failed: string }) {
  const [status, setStatus] = useState("");
  const copy = () =>
    navigator.clipboard.writeText(text).then(
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
