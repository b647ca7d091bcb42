import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";

/**
 * One section of My work: a heading with how many there are, an optional note saying what is
 * listed, the rows or an empty state, and a line when only the first rows are shown.
 */
export function MyWorkSection({ id, title, note, total, shown, empty, children }: { id: string; title: string; note?: string; total: number; shown: number; empty: string; children: ReactNode }) {
  const t = useTranslations("myWork");
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid={id}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        <span className="text-sm text-slate-600 tabular-nums">{t("total", { count: total })}</span>
      </div>
      {note ? <p className="text-sm text-slate-600">{note}</p> : null}
      {total === 0 ? <EmptyState>{empty}</EmptyState> : <ul className="divide-y divide-slate-100">{children}</ul>}
      {total > shown ? <p className="text-sm text-slate-600">{t("showingFirst", { shown, total })}</p> : null}
    </section>
  );
}

/** A row: the link to the exact place first, then what it is on and when. */
export function MyWorkRow({ children, meta, mark, testId }: { children: ReactNode; meta?: ReactNode; mark?: ReactNode; testId?: string }) {
  return (
    <li className="flex flex-col gap-1 py-2 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4" data-testid={testId}>
      <div className="min-w-0 space-y-0.5">
        <div className="flex flex-wrap items-baseline gap-2">
          {mark}
          {children}
        </div>
        {meta ? <div className="text-sm text-slate-600">{meta}</div> : null}
      </div>
    </li>
  );
}

/** A word in a box (overdue, unread, due today): the state is said, not only coloured. */
export function Mark({ tone, children }: { tone: "alert" | "info"; children: ReactNode }) {
  const cls = tone === "alert" ? "bg-red-50 text-red-900 ring-red-700" : "bg-blue-50 text-blue-900 ring-blue-700";
  return <span className={`inline-flex shrink-0 items-center rounded px-1.5 py-0.5 text-xs font-semibold ring-1 ${cls}`}>{children}</span>;
}

export const rowLink = "font-medium text-blue-800 underline underline-offset-2 hover:text-blue-950 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700";
