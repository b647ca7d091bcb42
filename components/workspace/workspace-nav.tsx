"use client";

import { useRef, type ReactNode } from "react";
import { SidewaysFades, useSidewaysOverflow } from "@/components/ui/sideways-overflow";
import { usePathname } from "@/lib/i18n/navigation";

/**
 * The workspace bar's places (and the site header's). On a phone they stay on one line that
 * scrolls sideways, so the page below starts on the first screen, with a fade and an arrow where
 * more places lie. `fadeFrom` is the fade's colour class on the row's background.
 */
export function WorkspaceNav({ label, children, fadeFrom = "from-slate-100", testId = "workspace-nav-more" }: { label: string; children: ReactNode; fadeFrom?: string; testId?: string }) {
  const rowRef = useRef<HTMLDivElement>(null);
  const more = useSidewaysOverflow(rowRef, usePathname());
  return (
    <nav aria-label={label} className="relative -mx-2 w-[calc(100%+1rem)] sm:mx-0 sm:w-auto">
      {/* The browser scrolls a focused place only part-way into a row like this: bring it in whole. */}
      <div ref={rowRef} onFocus={(event) => event.target.scrollIntoView({ block: "nearest", inline: "nearest" })} className="flex scroll-px-2 items-center gap-1 overflow-x-auto px-2 whitespace-nowrap [scrollbar-width:none] sm:flex-wrap sm:overflow-visible sm:px-0">
        {children}
      </div>
      <SidewaysFades more={more} from={fadeFrom} testId={testId} />
    </nav>
  );
}
