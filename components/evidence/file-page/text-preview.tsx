"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { formatFileSize } from "@/lib/format/file-size";
import { useAppLocale } from "@/lib/i18n/use-app-locale";

type State = { status: "loading" } | { status: "ready"; text: string } | { status: "missing" } | { status: "failed" };

/**
 * A text file's first `maxBytes`, fetched from the GET route in its inline mode (served as
 * text/plain with a sandboxing CSP; the route records the custody "viewed" event, once per
 * showing, not on every refresh of the page) and shown as text: React escapes it, nothing in it
 * is ever HTML. The rest of the file is not downloaded.
 */
export function TextPreview({ url, size, maxBytes }: { url: string; size: number; maxBytes: number }) {
  const t = useTranslations("evidence.file");
  const locale = useAppLocale();
  const [state, setState] = useState<State>({ status: "loading" });
  const truncated = size > maxBytes;

  useEffect(() => {
    const controller = new AbortController();
    const read = async () => {
      const response = await fetch(url, { credentials: "same-origin", cache: "no-store", signal: controller.signal });
      if (response.status === 410) return setState({ status: "missing" });
      if (!response.ok || !response.body) return setState({ status: "failed" });
      const reader = response.body.getReader();
      const chunks: Uint8Array[] = [];
      let received = 0;
      while (received < maxBytes) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.length;
      }
      await reader.cancel();
      const head = new Uint8Array(Math.min(received, maxBytes));
      let offset = 0;
      for (const chunk of chunks) {
        head.set(chunk.subarray(0, head.length - offset), offset);
        offset += Math.min(chunk.length, head.length - offset);
      }
      // A cut through a multi-byte character decodes as U+FFFD at the very end: drop it.
      const text = new TextDecoder("utf-8").decode(head);
      setState({ status: "ready", text: received > maxBytes || truncated ? text.replace(/\uFFFD+$/, "") : text });
    };
    read().catch(() => controller.signal.aborted || setState({ status: "failed" }));
    return () => controller.abort();
  }, [url, maxBytes, truncated]);

  if (state.status === "loading") return <p className="text-sm text-slate-600">{t("previewLoading")}</p>;
  if (state.status !== "ready") {
    return (
      <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
        {t(state.status === "missing" ? "previewMissing" : "previewFailed")}
      </p>
    );
  }
  return (
    <div className="space-y-1">
      <pre className="max-h-[32rem] overflow-auto whitespace-pre-wrap break-words rounded border border-slate-200 bg-slate-50 p-3 font-mono text-xs text-slate-900" data-testid="evidence-preview-text">
        {state.text}
      </pre>
      {truncated ? <p className="text-xs text-slate-600">{t("previewTruncated", { size: formatFileSize(maxBytes, locale) })}</p> : null}
    </div>
  );
}
