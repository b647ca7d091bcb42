import type { ReactNode } from "react";

/** A rounded status label; `strong` for a settled outcome (decided, closed). */
export function StatusPill({ strong, children, ...data }: { strong: boolean; children: ReactNode } & Record<`data-${string}`, string>) {
  return (
    <span
      {...data}
      className={`inline-flex items-center whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-medium ${strong ? "bg-slate-800 text-white" : "bg-slate-100 text-slate-800 ring-1 ring-slate-300"}`}
    >
      {children}
    </span>
  );
}
