"use client";

import { useTranslations } from "next-intl";
import { DayInput } from "@/components/forms/day-input";
import { describedBy, Field, inputClass } from "@/components/forms/field";
import { Options } from "@/components/ui/options";
import { EVIDENCE_KINDS, SENSITIVITIES } from "@/lib/enums";
import { formatFileSize } from "@/lib/format/file-size";
import type { Locale } from "@/lib/i18n/locales";
import type { UploadFailure, UploadFields } from "./upload-request";

type UploadStatus = "ready" | "queued" | "uploading" | "done" | "failed";

export interface UploadEntry {
  key: string;
  file: File;
  fields: UploadFields;
  status: UploadStatus;
  progress: number;
  failure: UploadFailure | null;
}

type TextField = "title" | "titleKo" | "providedBy";

/** One chosen file: its record's fields before it goes, then its progress (with Cancel), then how it went. */
export function UploadItem(props: { entry: UploadEntry; locale: Locale; onChange: (fields: Partial<UploadFields>) => void; onCancel: () => void; onRemove: () => void }) {
  const { entry, locale, onChange } = props;
  const t = useTranslations("evidence");
  const tEnum = useTranslations("enum");
  const p = `up-${entry.key}`;
  const editable = entry.status === "ready" || entry.status === "failed";
  const fieldErrors = entry.failure && "fieldErrors" in entry.failure ? entry.failure.fieldErrors : {};
  const fileMessage = entry.failure && "key" in entry.failure ? t(entry.failure.key as never, entry.failure.values as never) : null;
  const text = (name: TextField, options: { optional?: boolean; lang?: string; hint?: string } = {}) => (
    <Field id={`${p}-${name}`} label={t(`field.${name}`)} optional={options.optional} hint={options.hint} error={fieldErrors[name]} className="sm:col-span-2">
      <input id={`${p}-${name}`} lang={options.lang} className={inputClass} value={entry.fields[name]} onChange={(e) => onChange({ [name]: e.target.value })} {...describedBy(`${p}-${name}`, { hint: Boolean(options.hint), error: fieldErrors[name] })} />
    </Field>
  );
  const area = (name: "description" | "descriptionKo", lang?: string) => (
    <Field id={`${p}-${name}`} label={t(`field.${name}`)} optional error={fieldErrors[name]} className="sm:col-span-2">
      <textarea id={`${p}-${name}`} rows={3} lang={lang} className={inputClass} value={entry.fields[name]} onChange={(e) => onChange({ [name]: e.target.value })} {...describedBy(`${p}-${name}`, { error: fieldErrors[name] })} />
    </Field>
  );
  const label = entry.fields.title.trim() || entry.file.name;
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4" data-testid="upload-item" aria-label={label}>
      <p className="text-sm font-medium break-all text-slate-900">
        {entry.file.name} <span className="font-normal text-slate-600">· {formatFileSize(entry.file.size, locale)}</span>
      </p>
      {editable ? (
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          {text("title")}
          {text("titleKo", { optional: true, lang: "ko" })}
          <Field id={`${p}-kind`} label={t("field.kind")} error={fieldErrors.kind}>
            <select id={`${p}-kind`} className={inputClass} value={entry.fields.kind} onChange={(e) => onChange({ kind: e.target.value })}>
              <Options values={EVIDENCE_KINDS} label={(v) => t(`kinds.${v}`)} />
            </select>
          </Field>
          <Field id={`${p}-sensitivity`} label={t("field.sensitivity")} error={fieldErrors.sensitivity}>
            <select id={`${p}-sensitivity`} className={inputClass} value={entry.fields.sensitivity} onChange={(e) => onChange({ sensitivity: e.target.value })}>
              <Options values={SENSITIVITIES} label={(v) => tEnum(`sensitivity.${v}`)} />
            </select>
          </Field>
          <Field id={`${p}-receivedOn`} label={t("field.receivedOn")} optional error={fieldErrors.receivedOn}>
            <DayInput id={`${p}-receivedOn`} className={inputClass} value={entry.fields.receivedOn} onChange={(e) => onChange({ receivedOn: e.target.value })} {...describedBy(`${p}-receivedOn`, { error: fieldErrors.receivedOn })} />
          </Field>
          <div className="hidden sm:block" />
          {text("providedBy", { optional: true, hint: t("providedByHint") })}
          <details className="sm:col-span-2">
            <summary className="cursor-pointer text-sm font-medium text-blue-800 underline">{t("upload.describe")}</summary>
            <div className="mt-2 grid gap-4">
              {area("description")}
              {area("descriptionKo", "ko")}
            </div>
          </details>
        </div>
      ) : null}
      {entry.status === "queued" || entry.status === "uploading" ? (
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <progress max={100} value={entry.progress} aria-label={t("upload.progressOf", { name: label })} className="h-2 min-w-40 flex-1 accent-blue-700" />
          <span className="w-12 text-right text-sm tabular-nums text-slate-700" aria-hidden="true">
            {entry.status === "queued" ? t("upload.waiting") : `${entry.progress}%`}
          </span>
          <button type="button" onClick={props.onCancel} className="rounded-md border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100">
            {t("upload.cancel")} <span className="sr-only">{label}</span>
          </button>
        </div>
      ) : null}
      <div role="status" className="mt-2 text-sm">
        {entry.status === "done" ? <span className="text-green-800">{t("upload.done")}</span> : null}
      </div>
      {fileMessage ? (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {fileMessage}
        </p>
      ) : null}
      {editable ? (
        <button type="button" onClick={props.onRemove} className="mt-2 text-sm text-slate-700 underline">
          {t("upload.remove")} <span className="sr-only">{label}</span>
        </button>
      ) : null}
    </li>
  );
}
