"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useAppLocale } from "@/lib/i18n/use-app-locale";

export function SignOutButton() {
  const t = useTranslations("auth");
  const locale = useAppLocale();
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: `/${locale}` })}
      className="shrink-0 rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium whitespace-nowrap text-slate-700 hover:bg-slate-100"
    >
      {t("signOut")}
    </button>
  );
}
