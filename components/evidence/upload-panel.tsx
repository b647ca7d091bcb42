"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { uploadEvidenceQuery } from "@/lib/evidence/schema";
import type { Locale } from "@/lib/i18n/locales";
import { useRouter } from "@/lib/i18n/navigation";
import { UploadDropZone } from "./upload-drop-zone";
import { UploadItem, type UploadEntry } from "./upload-item";
import { MAX_UPLOAD_URL, sendUpload, uploadUrl, type UploadFields, type UploadHandle } from "./upload-request";

/** Two at a time: the second file's bytes flow while the server hashes and records the first. */
const AT_ONCE = 2;

let counter = 0;
const entryFor = (file: File): UploadEntry => ({
  key: `f${++counter}`,
  file,
  fields: { title: file.name, titleKo: "", kind: "other", receivedOn: "", providedBy: "", sensitivity: "moderate", description: "", descriptionKo: "" },
  status: "ready",
  progress: 0,
  failure: null,
});

/** The fields' errors by the same rules the server applies, before a byte is sent. */
function checkFields(entry: UploadEntry): Record<string, string> | null {
  const parsed = uploadEvidenceQuery.safeParse({ ...entry.fields, fileName: entry.file.name });
  if (parsed.success) return null;
  return Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
}

/** Choose files (drop or picker), describe each, then send them; each shows its progress and can be cancelled. */
export function UploadPanel({ slug, maxMegabytes }: { slug: string; maxMegabytes: number }) {
  const t = useTranslations("evidence.upload");
  const locale = useLocale() as Locale;
  const router = useRouter();
  const [entries, setEntries] = useState<UploadEntry[]>([]);
  const handles = useRef(new Map<string, UploadHandle>());

  const patch = (key: string, change: Partial<UploadEntry>) => setEntries((all) => all.map((e) => (e.key === key ? { ...e, ...change } : e)));

  // The queue: start the next waiting file whenever fewer than AT_ONCE are on their way.
  useEffect(() => {
    const running = entries.filter((e) => e.status === "uploading").length;
    const next = entries.filter((e) => e.status === "queued" && !handles.current.has(e.key)).slice(0, Math.max(0, AT_ONCE - running));
    for (const entry of next) {
      const handle = sendUpload({ url: uploadUrl(slug, entry.fields, entry.file.name), file: entry.file, maxMegabytes, onProgress: (progress) => patch(entry.key, { progress }) });
      handles.current.set(entry.key, handle);
      patch(entry.key, { status: "uploading", progress: 0 });
      void handle.done.then((result) => {
        handles.current.delete(entry.key);
        if (result.ok) {
          patch(entry.key, { status: "done", progress: 100 });
          router.refresh();
        } else {
          patch(entry.key, { status: "failed", failure: result.failure });
        }
      });
    }
  }, [entries, slug, maxMegabytes, router]);

  // Leaving the page cancels what is still on its way (the server keeps nothing of it).
  useEffect(() => {
    const open = handles.current;
    return () => open.forEach((handle) => handle.cancel());
  }, []);

  const sendAll = () =>
    setEntries((all) =>
      all.map((entry) => {
        if (entry.status !== "ready" && entry.status !== "failed") return entry;
        const fieldErrors = checkFields(entry);
        if (fieldErrors) return { ...entry, status: "failed", failure: { fieldErrors } };
        if (entry.file.size > maxMegabytes * 1024 * 1024) return { ...entry, status: "failed", failure: { key: "errors.tooLarge", values: { limit: maxMegabytes } } };
        if (uploadUrl(slug, entry.fields, entry.file.name).length > MAX_UPLOAD_URL) return { ...entry, status: "failed", failure: { key: "upload.tooMuchText" } };
        return { ...entry, status: "queued", progress: 0, failure: null };
      }),
    );

  const cancel = (key: string) => {
    const handle = handles.current.get(key);
    if (handle) handle.cancel();
    else patch(key, { status: "failed", failure: { key: "errors.cancelled" } });
  };

  const waiting = entries.filter((e) => e.status === "ready" || e.status === "failed").length;
  const finished = entries.some((e) => e.status === "done");
  return (
    <section aria-labelledby="evidence-upload-heading" className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4">
      <h2 id="evidence-upload-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <UploadDropZone maxMegabytes={maxMegabytes} onFiles={(files) => setEntries((all) => [...all, ...files.map(entryFor)])} />
      {entries.length > 0 ? (
        <ul className="space-y-3" aria-label={t("chosen")}>
          {entries.map((entry) => (
            <UploadItem
              key={entry.key}
              entry={entry}
              locale={locale}
              onChange={(fields: Partial<UploadFields>) => patch(entry.key, { fields: { ...entry.fields, ...fields } })}
              onCancel={() => cancel(entry.key)}
              onRemove={() => setEntries((all) => all.filter((e) => e.key !== entry.key))}
            />
          ))}
        </ul>
      ) : null}
      <div className="flex flex-wrap gap-3">
        {waiting > 0 ? (
          <button type="button" onClick={sendAll} className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700">
            {t("send", { count: waiting })}
          </button>
        ) : null}
        {finished ? (
          <button type="button" onClick={() => setEntries((all) => all.filter((e) => e.status !== "done"))} className="rounded-md border border-slate-400 px-4 py-2 text-sm hover:bg-slate-100">
            {t("clearDone")}
          </button>
        ) : null}
      </div>
    </section>
  );
}
