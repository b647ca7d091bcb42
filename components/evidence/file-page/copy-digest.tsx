"use client";

import { useTranslations } from "next-intl";
import { toast } from "sonner";

/** The full SHA-256, selectable, with a button that copies it (to compare with a copy held elsewhere). */
export function CopyDigest({ sha256 }: { sha256: string }) {
  const t = useTranslations("evidence.file");
  return (
    <span className="flex flex-wrap items-start gap-2">
      <code className="min-w-0 break-all font-mono text-xs text-slate-900" data-testid="evidence-sha256">
        {sha256}
      </code>
      <button
        type="button"
        className="rounded-md border border-slate-400 px-2 py-0.5 text-xs hover:bg-slate-100"
        onClick={() => navigator.clipboard.writeText(sha256).then(() => toast.success(t("copied")))}
      >
        {t("copy")} <span className="sr-only">{t("sha256")}</span>
      </button>
    </span>
  );
}
