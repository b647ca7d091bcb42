"use client";

import { Link, usePathname } from "@/lib/i18n/navigation";

/** The case's sections. Each is its own page with its own address, so any of them can be shared. */
export function CaseTabs({ tabs, label }: { tabs: { key: string; label: string; href: string }[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="-mx-4 overflow-x-auto border-b border-slate-200 px-4">
      <ul className="-mb-px flex gap-1 whitespace-nowrap">
        {tabs.map((tab) => {
          const { href } = tab;
          // The overview's address is the case's own; every other tab also owns the addresses below it (its items).
          const current = tab.key === "overview" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={tab.key}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={`inline-block border-b-2 px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-blue-700 ${current ? "border-slate-900 text-slate-900" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"}`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
