"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";

/**
 * Where files are chosen: drop them on the zone, or press it (a button: Enter and Space work) to
 * open the browser's picker. Several files at once.
 */
export function UploadDropZone({ onFiles, maxMegabytes }: { onFiles: (files: File[]) => void; maxMegabytes: number }) {
  const t = useTranslations("evidence.upload");
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const hintId = useId();
  const take = (list: FileList | null) => {
    const files = list ? Array.from(list) : [];
    if (files.length > 0) onFiles(files);
  };
  return (
    <div>
      <button
        type="button"
        data-testid="evidence-drop-zone"
        aria-describedby={hintId}
        onClick={() => input.current?.click()}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          take(event.dataTransfer.files);
        }}
        className={`flex w-full flex-col items-center gap-1 rounded-lg border-2 border-dashed px-4 py-8 text-center focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 ${over ? "border-blue-700 bg-blue-50" : "border-slate-400 bg-white hover:bg-slate-50"}`}
      >
        <span className="font-medium text-slate-900">{t("dropHere")}</span>
        <span className="text-sm text-blue-800 underline">{t("orChoose")}</span>
      </button>
      <p id={hintId} className="mt-1 text-xs text-slate-600">
        {t("limits", { limit: maxMegabytes })}
      </p>
      <input
        ref={input}
        type="file"
        multiple
        tabIndex={-1}
        aria-label={t("picker")}
        data-testid="evidence-file-input"
        className="sr-only"
        onChange={(event) => {
          take(event.currentTarget.files);
          event.currentTarget.value = "";
        }}
      />
    </div>
  );
}
