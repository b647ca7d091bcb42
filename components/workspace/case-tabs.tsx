"use client";

import { useEffect, useRef } from "react";
import { SidewaysFades, useSidewaysOverflow } from "@/components/ui/sideways-overflow";
import { Link, usePathname } from "@/lib/i18n/navigation";

/**
 * The case's sections. Each is its own page with its own address, so any of them can be shared.
 * When they do not fit (a phone), the row scrolls sideways: the current tab is scrolled into
 * view, and a fade with an arrow on either edge shows that more tabs lie that way. The fades are
 * decoration (aria-hidden): a screen reader hears the whole list, and a tab reached with the
 * keyboard scrolls into view by itself.
 */
export function CaseTabs({ tabs, label }: { tabs: { key: string; label: string; href: string }[]; label: string }) {
  const pathname = usePathname();
  const listRef = useRef<HTMLUListElement>(null);
  const more = useSidewaysOverflow(listRef, pathname);

  useEffect(() => {
    const list = listRef.current;
    const current = list?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!list || !current) return;
    // Only sideways: scrollIntoView would also move the page.
    const [row, tab] = [list.getBoundingClientRect(), current.getBoundingClientRect()];
    if (tab.left < row.left || tab.right > row.right) list.scrollLeft += tab.left - row.left - (row.width - tab.width) / 2;
  }, [pathname]);

  return (
    <nav aria-label={label} className="relative -mx-4">
      <ul ref={listRef} className="flex gap-1 overflow-x-auto px-4 whitespace-nowrap shadow-[inset_0_-1px_0_0_var(--color-slate-200)] [scrollbar-width:none]">
        {tabs.map((tab) => {
          const { href } = tab;
          // The overview's address is the case's own; every other tab also owns the addresses below it (its items).
          const current = tab.key === "overview" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={tab.key}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={`inline-block border-b-2 px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-700 ${current ? "border-slate-900 text-slate-900" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"}`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
      <SidewaysFades more={more} from="from-white" testId="tabs-more" />
    </nav>
  );
}
