"use client";

import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";

/** The case's sections. Each is its own page with its own address, so any of them can be shared. */
export function CaseTabs({ slug, tabs }: { slug: string; tabs: { key: string; label: string }[] }) {
  const t = useTranslations("workspace");
  const pathname = usePathname();
  const base = `/workspace/cases/${slug}`;
  return (
    <nav aria-label={t("overview")} className="border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-1">
        {tabs.map((tab) => {
          const href = tab.key === "overview" ? base : `${base}/${tab.key}`;
          const current = pathname === href;
          return (
            <li key={tab.key}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={`inline-block border-b-2 px-3 py-2 text-sm font-medium ${current ? "border-slate-900 text-slate-900" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"}`}
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
