"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { toast } from "sonner";
import { inputClass, useValidationMessage } from "@/components/forms/field";
import type { ActionResult } from "@/lib/actions/result";
import { localized } from "@/lib/i18n/localized";
import { useRouter } from "@/lib/i18n/navigation";
import { useAppLocale } from "@/lib/i18n/use-app-locale";
import { mergeOrganizationsAction, previewMergeAction, undoMergeAction } from "@/lib/organisations/actions";
import type { MergePreview } from "@/lib/organisations/merge-organizations";
import type { OrganizationChoice } from "@/lib/organisations/search-organizations";

const PREVIEW_ROLES = ["investigated", "authority", "recipients", "retiredRecipients", "statements", "figures", "sanctions"] as const;

async function search(q: string, signal: AbortSignal): Promise<OrganizationChoice[]> {
  const response = await fetch(`/api/organisations?${new URLSearchParams({ q, limit: "8" })}`, { signal });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return ((await response.json()) as { items: OrganizationChoice[] }).items;
}

function useDebounced(value: string, ms: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** The first refusal in a failed result, worded for the reader (a validation key or the server's text). */
function useRefusal() {
  const worded = useValidationMessage();
  return (result: Extract<ActionResult<unknown>, { ok: false }>) => {
    const first = Object.values(result.fieldErrors ?? {}).find((m) => m?.[0])?.[0];
    return worded(first) ?? result.message;
  };
}

/**
 * Merges this organisation (a duplicate) into another one: search the survivor, see what would
 * move (counts per role), confirm. Everything moves in one transaction, and the merge can be
 * undone from the survivor's page.
 */
export function MergePanel({ duplicate }: { duplicate: { id: string; name: string; nameKo: string | null } }) {
  const t = useTranslations("orgRecords");
  const locale = useAppLocale();
  const router = useRouter();
  const refusal = useRefusal();
  const [query, setQuery] = useState("");
  const debounced = useDebounced(query.trim(), 200);
  const [survivor, setSurvivor] = useState<OrganizationChoice | null>(null);
  const [preview, setPreview] = useState<MergePreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const results = useQuery({ queryKey: ["organisations", debounced], queryFn: ({ signal }) => search(debounced, signal), enabled: !survivor && debounced.length > 0 });
  const candidates = (results.data ?? []).filter((o) => o.id !== duplicate.id);

  const choose = async (org: OrganizationChoice) => {
    setSurvivor(org);
    setError(null);
    setPreview(null);
    const result = await previewMergeAction({ duplicateId: duplicate.id, survivorId: org.id });
    if (result.ok) setPreview(result.data);
    else setError(refusal(result));
  };
  const reset = () => {
    setSurvivor(null);
    setPreview(null);
    setError(null);
  };
  const merge = async () => {
    if (!survivor) return;
    setPending(true);
    const result = await mergeOrganizationsAction({ duplicateId: duplicate.id, survivorId: survivor.id });
    setPending(false);
    if (!result.ok) {
      setError(refusal(result));
      return;
    }
    toast.success(t("merged"));
    router.refresh();
  };

  return (
    <div className="space-y-3 text-sm" data-testid="merge-panel">
      <p className="text-slate-700">{t("mergeIntro", { name: localized(locale, duplicate.name, duplicate.nameKo) })}</p>
      {survivor ? (
        <div className="space-y-3">
          <p>
            {t("mergeInto")} <strong data-testid="merge-survivor">{localized(locale, survivor.name, survivor.nameKo)}</strong>{" "}
            <button type="button" onClick={reset} className="text-blue-800 underline">
              {t("mergeChange")}
            </button>
          </p>
          {preview ? (
            <div>
              <p className="font-medium">{t("mergeMoves")}</p>
              <ul className="mt-1 grid gap-1 sm:grid-cols-2" data-testid="merge-preview">
                {PREVIEW_ROLES.map((role) => (
                  <li key={role} data-role={role}>
                    {t(`moves.${role}`, { count: preview[role] })}
                  </li>
                ))}
              </ul>
              <button type="button" onClick={merge} disabled={pending} className="mt-3 rounded-md bg-red-800 px-4 py-2 font-medium text-white hover:bg-red-700 disabled:opacity-60">
                {pending ? t("merging") : t("mergeConfirm")}
              </button>
            </div>
          ) : error ? null : (
            <p className="text-slate-600">{t("mergeCounting")}</p>
          )}
        </div>
      ) : (
        <div className="space-y-2">
          <label htmlFor="merge-search" className="block font-medium text-slate-800">
            {t("mergeSearch")}
          </label>
          <input id="merge-search" type="search" autoComplete="off" value={query} onChange={(e) => setQuery(e.target.value)} className={inputClass} />
          {debounced && results.data ? (
            candidates.length > 0 ? (
              <ul aria-label={t("mergeCandidates")} className="divide-y divide-slate-200 rounded-md border border-slate-200">
                {candidates.map((org) => (
                  <li key={org.id}>
                    <button type="button" onClick={() => void choose(org)} className="block w-full px-3 py-2 text-left hover:bg-slate-100 focus-visible:bg-slate-100">
                      <span className="font-medium">{localized(locale, org.name, org.nameKo)}</span>
                      {(locale === "ko" ? org.name : org.nameKo) ? <span className="ml-2 text-xs text-slate-600">{locale === "ko" ? org.name : org.nameKo}</span> : null}
                    </button>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-slate-700">{t("mergeNoMatch", { q: debounced })}</p>
            )
          ) : null}
        </div>
      )}
      {error ? (
        <p role="alert" className="text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Undoes a merge from its audit record: exactly what it moved goes back. */
export function UndoMergeButton({ auditId, label }: { auditId: string; label: string }) {
  const t = useTranslations("orgRecords");
  const router = useRouter();
  const refusal = useRefusal();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const undo = async () => {
    setPending(true);
    setError(null);
    const result = await undoMergeAction({ auditId });
    setPending(false);
    if (!result.ok) {
      setError(refusal(result));
      return;
    }
    toast.success(t("undone"));
    router.refresh();
  };
  return (
    <span className="inline-flex flex-col gap-1">
      <button type="button" onClick={undo} disabled={pending} className="rounded-md border border-slate-400 bg-white px-3 py-1 text-sm font-medium hover:bg-slate-50 disabled:opacity-60">
        {pending ? t("undoing") : label}
      </button>
      {error ? (
        <span role="alert" className="text-sm text-red-800">
          {error}
        </span>
      ) : null}
    </span>
  );
}
