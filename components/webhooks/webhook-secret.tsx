"use client";

import { useState } from "react";

/** The signing secret, hidden until asked for (it is on screen only for its owner). */
export function WebhookSecret({ secret, labels }: { secret: string; labels: { title: string; hint: string; show: string } }) {
  const [shown, setShown] = useState(false);
  return (
    <section aria-labelledby="secret-title" className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="secret-title" className="text-lg font-semibold">
        {labels.title}
      </h2>
      <p className="max-w-prose text-sm text-slate-700">{labels.hint}</p>
      {shown ? (
        <code className="mt-2 block break-all rounded bg-slate-100 p-2 text-sm" data-testid="webhook-secret">
          {secret}
        </code>
      ) : (
        <button type="button" onClick={() => setShown(true)} className="mt-2 rounded-md border border-blue-800 px-3 py-1 text-sm font-medium text-blue-800 hover:bg-blue-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700">
          {labels.show}
        </button>
      )}
    </section>
  );
}
