"use client";

import { useTranslations } from "next-intl";

export function SubmitButton({ pending, label }: { pending: boolean; label?: string }) {
  const t = useTranslations("forms");
  return (
    <button type="submit" disabled={pending} className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60">
      {pending ? t("saving") : (label ?? t("save"))}
    </button>
  );
}
