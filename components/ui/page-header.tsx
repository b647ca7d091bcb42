import type { ReactNode } from "react";

/** A page's title and the sentence that says what it is for, with an optional way back above them. */
export function PageHeader({ title, intro, back }: { title: string; intro?: ReactNode; back?: ReactNode }) {
  return (
    <div>
      {back}
      <h1 className={`${back ? "mt-2 " : ""}text-3xl font-semibold tracking-tight`}>{title}</h1>
      {intro ? <p className="mt-1 max-w-prose text-slate-700">{intro}</p> : null}
    </div>
  );
}
