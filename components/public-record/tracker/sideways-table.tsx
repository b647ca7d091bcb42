"use client";

import { useRef, type ReactNode } from "react";
import { SidewaysFades, useSidewaysOverflow } from "@/components/ui/sideways-overflow";

/**
 * A wide table that scrolls sideways inside its own box on a narrow screen (the page itself never
 * does), with fades where more columns lie. Focusable, so the keyboard can scroll it too.
 */
export function SidewaysTable({ label, rowsKey, children }: { label: string; rowsKey: unknown; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const more = useSidewaysOverflow(ref, rowsKey);
  return (
    <div className="relative">
      <div ref={ref} role="region" aria-label={label} tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-blue-700" data-testid="tracker-scroll">
        {children}
      </div>
      <SidewaysFades more={more} from="from-white" testId="tracker-scroll" />
    </div>
  );
}
