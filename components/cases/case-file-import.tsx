"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { describedBy, Field, inputClass } from "@/components/forms/field";
import type { ImportOutcome } from "@/lib/case-import/import-case-file";
import { CaseFileImportResult, type ImportAnswer } from "./case-file-import-result";

/** What the route answered, read defensively: an import outcome, or why there is none. */
async function readAnswer(response: Response): Promise<ImportAnswer> {
  if (response.status === 503) return { ok: false, reason: "unavailable" };
  const body: unknown = await response.json().catch(() => null);
  // The route's own answers carry `ok`; anything else (a 404 to someone who may not, a proxy's page) is unexpected.
  if (body && typeof body === "object" && "ok" in body && typeof body.ok === "boolean") return body as ImportOutcome;
  return { ok: false, reason: "unexpected" };
}

/**
 * Upload a case file (the export's case.json) to open a new case: the file and, optionally, the
 * new case's address; while the server checks and writes, the form waits; then the new case's
 * link, or the file's problems by JSON path (nothing written).
 */
export function CaseFileImport({ maxMb }: { maxMb: number }) {
  const t = useTranslations("caseImport");
  const fileInput = useRef<HTMLInputElement>(null);
  const [slug, setSlug] = useState("");
  const [pending, setPending] = useState(false);
  const [fileError, setFileError] = useState<string | undefined>();
  const [fileName, setFileName] = useState<string | null>(null);
  const [answer, setAnswer] = useState<ImportAnswer | null>(null);

  const submit = async () => {
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setFileError(t("chooseFile"));
      return;
    }
    setFileError(undefined);
    setAnswer(null);
    setPending(true);
    const params = new URLSearchParams({ fileName: file.name, ...(slug.trim() ? { slug: slug.trim() } : {}) });
    try {
      const response = await fetch(`/api/cases/import?${params}`, { method: "POST", body: file, headers: { "Content-Type": "application/json" } });
      setAnswer(await readAnswer(response));
    } catch {
      setAnswer({ ok: false, reason: "unexpected" });
    } finally {
      setPending(false);
    }
  };

  const slugError = answer && !answer.ok && (answer.reason === "slugTaken" || answer.reason === "slugInvalid") ? (answer.reason === "slugTaken" ? "validation.slug.taken" : answer.messageKey) : undefined;
  return (
    <div className="space-y-6">
      <form
        className="space-y-4 rounded-lg border border-slate-200 bg-slate-50 p-4"
        aria-busy={pending}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Field id="case-file" label={t("file")} hint={t("fileHint", { maxMb })} error={fileError}>
          {/* The browser's own button speaks the browser's language; this one speaks the page's. */}
          <div className="flex min-w-0 flex-wrap items-center gap-3">
            <input
              ref={fileInput}
              id="case-file"
              name="file"
              type="file"
              accept=".json,application/json"
              disabled={pending}
              className="peer sr-only"
              onChange={(e) => {
                setFileError(undefined);
                setFileName(e.target.files?.[0]?.name ?? null);
              }}
              {...describedBy("case-file", { hint: true, error: fileError })}
            />
            <label
              htmlFor="case-file"
              aria-hidden="true"
              className="cursor-pointer rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-1 peer-focus-visible:outline-blue-700 peer-disabled:cursor-not-allowed peer-disabled:opacity-60"
            >
              {t("chooseButton")}
            </label>
            <span className="min-w-0 break-all text-sm text-slate-700" data-testid="case-file-name">
              {fileName ?? t("noFile")}
            </span>
          </div>
        </Field>
        <Field id="case-file-slug" label={t("slug")} hint={t("slugHint")} error={slugError} optional>
          <input
            id="case-file-slug"
            name="slug"
            value={slug}
            onChange={(e) => setSlug(e.target.value)}
            disabled={pending}
            autoComplete="off"
            spellCheck={false}
            placeholder="kakao-pay-alipay-2024"
            className={`${inputClass} font-mono`}
            {...describedBy("case-file-slug", { hint: true, error: slugError })}
          />
        </Field>
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" disabled={pending} className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60">
            {t("submit")}
          </button>
          {pending ? (
            <span className="flex min-w-0 items-center gap-2 text-sm text-slate-700" role="status" data-testid="case-import-pending">
              <progress className="h-2 w-24" aria-label={t("pending")} />
              {t("pending")}
            </span>
          ) : null}
        </div>
      </form>
      <div aria-live="polite" data-testid="case-import-result">
        {answer ? <CaseFileImportResult answer={answer} /> : null}
      </div>
    </div>
  );
}
