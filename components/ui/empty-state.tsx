import type { ReactNode } from "react";

/**
 * A friendly "nothing here" panel. With a title it stands for a whole page or list (on a page of
 * its own, 404 or error, its title is the page's h1); without one it is a line in a section
 * ("No findings yet.").
 */
export function EmptyState({ title, children, action, as: Heading = "h2" }: { title?: string; children?: ReactNode; action?: ReactNode; as?: "h1" | "h2" }) {
  if (!title) return <div className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600">{children}</div>;
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
      <Heading className="text-lg font-semibold text-slate-900">{title}</Heading>
      {children ? <div className="mx-auto mt-2 max-w-prose text-slate-600">{children}</div> : null}
      {action ? <div className="mt-6">{action}</div> : null}
    </div>
  );
}
