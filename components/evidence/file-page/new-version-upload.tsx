"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { toast } from "sonner";
import type { ActionErrorCode } from "@/lib/actions/result";
import { useRouter } from "@/lib/i18n/navigation";
import { useEvidenceMessage } from "../use-evidence-message";
import { evidenceFilePath } from "@/lib/evidence/paths";

/** What the new version inherits from the file it supersedes (the uploader edits it afterwards if need be). */
export interface InheritedRecord {
  title: string;
  titleKo: string | null;
  kind: string;
  sensitivity: string;
  providedBy: string | null;
}

/**
 * A new version of this file: the chosen file goes to the upload route as the raw body, with
 * `supersedesId` naming this one. The old file stays, readable, and points to its successor.
 */
export function NewVersionUpload({ slug, fileId, inherit }: { slug: string; fileId: string; inherit: InheritedRecord }) {
  const t = useTranslations("evidence.file");
  const message = useEvidenceMessage();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const send = async () => {
    const file = input.current?.files?.[0];
    if (!file) {
      setError(t("newVersionChooseFile"));
      return;
    }
    setError(null);
    setSending(true);
    try {
      const query = new URLSearchParams({ supersedesId: fileId, fileName: file.name, title: inherit.title, kind: inherit.kind, sensitivity: inherit.sensitivity });
      if (inherit.titleKo) query.set("titleKo", inherit.titleKo);
      if (inherit.providedBy) query.set("providedBy", inherit.providedBy);
      const response = await fetch(`/api/cases/${encodeURIComponent(slug)}/evidence?${query}`, { method: "POST", body: file, headers: file.type ? { "Content-Type": file.type } : {} });
      const body = (await response.json().catch(() => ({}))) as { id?: string; error?: ActionErrorCode; message?: string; fieldErrors?: Record<string, string[]> };
      if (!response.ok || !body.id) {
        setError(message({ ok: false, error: body.error ?? "unexpected", message: body.message ?? "", fieldErrors: body.fieldErrors }));
        return;
      }
      toast.success(t("newVersionDone"));
      router.push(evidenceFilePath(slug, body.id));
      router.refresh();
    } finally {
      setSending(false);
    }
  };
  return (
    <div className="space-y-2" data-testid="new-version">
      <p className="text-sm text-slate-700">{t("newVersionHint")}</p>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={id} className="text-sm font-medium text-slate-800">
          {t("newVersionFile")}
        </label>
        <input id={id} ref={input} type="file" className="max-w-full text-sm" aria-describedby={error ? `${id}-error` : undefined} />
        <button type="button" onClick={send} disabled={sending} className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60">
          {sending ? t("newVersionSending") : t("newVersionSend")}
        </button>
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
