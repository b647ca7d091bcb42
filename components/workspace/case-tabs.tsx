"use client";

import { useEffect, useRef, useState } from "react";
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
  const [more, setMore] = useState({ before: false, after: false });

  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const current = list.querySelector<HTMLElement>('[aria-current="page"]');
    if (current) {
      // Only sideways: scrollIntoView would also move the page.
      const [row, tab] = [list.getBoundingClientRect(), current.getBoundingClientRect()];
      if (tab.left < row.left || tab.right > row.right) list.scrollLeft += tab.left - row.left - (row.width - tab.width) / 2;
    }
    const update = () => setMore({ before: list.scrollLeft > 1, after: list.scrollLeft + list.clientWidth < list.scrollWidth - 1 });
    update();
    list.addEventListener("scroll", update, { passive: true });
    const resized = new ResizeObserver(update);
    resized.observe(list);
    return () => {
      list.removeEventListener("scroll", update);
      resized.disconnect();
    };
  }, [pathname]);

  const fade = "pointer-events-none absolute top-0 bottom-px flex w-10 items-center text-slate-500 print:hidden";
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
      <span aria-hidden="true" data-testid="tabs-more-before" className={`${fade} left-0 justify-start bg-linear-to-r from-white from-40% to-transparent pl-1 ${more.before ? "" : "hidden"}`}>
        ‹
      </span>
      <span aria-hidden="true" data-testid="tabs-more-after" className={`${fade} right-0 justify-end bg-linear-to-l from-white from-40% to-transparent pr-1 ${more.after ? "" : "hidden"}`}>
        ›
      </span>
    </nav>
  );
}
