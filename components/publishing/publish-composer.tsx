"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { inputClass } from "@/components/forms/field";
import { useRouter } from "@/lib/i18n/navigation";
import { proposePublicationAction } from "@/lib/publishing/actions";
import type { PublishingView } from "@/lib/publishing/get-publishing";
import type { PublicationSelection } from "@/lib/publishing/snapshot";

type Flag = "state" | "people" | "records" | "figures" | "statements" | "sources" | "series";
type ListKey = "dataCategoryIds" | "timelineEventIds" | "findingIds" | "sanctionIds";
const FLAGS: Flag[] = ["state", "people", "records", "figures", "statements", "sources", "series"];

/** Chooses, item by item, what goes into the next public version, with public wording where it differs. */
export function PublishComposer({ incidentId, view }: { incidentId: string; view: PublishingView }) {
  const t = useTranslations("publishing");
  const router = useRouter();
  const [selection, setSelection] = useState<PublicationSelection>(view.defaults);
  const [correctionNote, setCorrectionNote] = useState("");
  const [publishAt, setPublishAt] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();

  const toggle = (key: ListKey, id: string) =>
    setSelection((s) => ({ ...s, [key]: s[key].includes(id) ? s[key].filter((x) => x !== id) : [...s[key], id] }));
  const setWording = (key: string, value: string) => setSelection((s) => ({ ...s, wording: { ...s.wording, [key]: value } }));

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      setErrors({});
      const result = await proposePublicationAction({ incidentId, selection, correctionNote, publishAt: publishAt ? `${publishAt}:00+09:00` : "" });
      if (result.ok) {
        toast.success(t("proposedToast"));
        router.refresh();
        return;
      }
      const fieldErrors = Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([k, v]) => [k, v?.[0] ?? ""]));
      setErrors(fieldErrors);
      toast.error(result.message);
    });
  };

  const check = (key: ListKey, id: string, label: string, detail?: string) => (
    <label key={id} className="flex items-start gap-2 text-sm">
      <input type="checkbox" className="mt-1" checked={selection[key].includes(id)} onChange={() => toggle(key, id)} />
      <span>
        {label}
        {detail ? <span className="block text-xs text-slate-600">{detail}</span> : null}
      </span>
    </label>
  );

  return (
    <form onSubmit={submit} noValidate className="space-y-6" data-testid="publish-composer">
      <fieldset className="space-y-2">
        <legend className="font-medium">{t("caseItems")}</legend>
        {FLAGS.map((flag) => (
          <label key={flag} className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={selection[flag]} onChange={(e) => setSelection((s) => ({ ...s, [flag]: e.target.checked }))} />
            {t(`flags.${flag}`)}
          </label>
        ))}
      </fieldset>

      <div className="space-y-2">
        <label htmlFor="pub-summary" className="block text-sm font-medium">
          {t("publicSummary")}
        </label>
        <p id="pub-summary-hint" className="text-xs text-slate-600">
          {t("wordingHint")}
        </p>
        <textarea id="pub-summary" aria-describedby="pub-summary-hint" rows={3} className={inputClass} placeholder={view.items.summary} value={selection.wording.summary ?? ""} onChange={(e) => setWording("summary", e.target.value)} />
      </div>

      <fieldset className="space-y-2">
        <legend className="font-medium">{t("findings")}</legend>
        {view.items.findings.length === 0 ? <p className="text-sm text-slate-600">{t("none")}</p> : null}
        {view.items.findings.map((f) => (
          <div key={f.id} className="space-y-1">
            {check("findingIds", f.id, f.title, t(`findingStatus.${f.status}`))}
            {selection.findingIds.includes(f.id) ? (
              <div className="pl-6">
                <textarea
                  aria-label={t("publicWordingFor", { item: f.title })}
                  rows={2}
                  className={inputClass}
                  placeholder={f.body}
                  value={selection.wording[`finding:${f.id}`] ?? ""}
                  onChange={(e) => setWording(`finding:${f.id}`, e.target.value)}
                />
              </div>
            ) : null}
          </div>
        ))}
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="font-medium">{t("dataCategories")}</legend>
        {view.items.categories.map((c) => check("dataCategoryIds", c.id, c.name))}
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="font-medium">{t("timeline")}</legend>
        {view.items.events.map((e) => check("timelineEventIds", e.id, `${e.occurredOn} · ${e.title}`, e.isPublic ? undefined : t("internalEvent")))}
      </fieldset>

      {view.items.sanctions.length > 0 ? (
        <fieldset className="space-y-2">
          <legend className="font-medium">{t("sanctions")}</legend>
          {view.items.sanctions.map((s) => check("sanctionIds", s.id, `${s.subjectName}${s.amountKrw ? ` · ₩${Number(s.amountKrw).toLocaleString("en")}` : ""}`))}
        </fieldset>
      ) : null}

      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="pub-note" className="block text-sm font-medium">
            {t("correctionNote")}
            {view.everPublished ? null : <span className="ml-1 font-normal text-slate-500">({t("optional")})</span>}
          </label>
          <p id="pub-note-hint" className="text-xs text-slate-600">
            {t("correctionNoteHint")}
          </p>
          <textarea
            id="pub-note"
            rows={2}
            className={inputClass}
            value={correctionNote}
            onChange={(e) => setCorrectionNote(e.target.value)}
            aria-invalid={Boolean(errors.correctionNote)}
            aria-describedby={errors.correctionNote ? "pub-note-hint pub-note-error" : "pub-note-hint"}
          />
          {errors.correctionNote ? (
            <p id="pub-note-error" className="text-sm text-red-800">
              {errors.correctionNote}
            </p>
          ) : null}
        </div>
        <div>
          <label htmlFor="pub-at" className="block text-sm font-medium">
            {t("publishAt")} <span className="font-normal text-slate-500">({t("optional")})</span>
          </label>
          <p id="pub-at-hint" className="text-xs text-slate-600">
            {t("publishAtHint")}
          </p>
          <input
            id="pub-at"
            type="datetime-local"
            className={inputClass}
            value={publishAt}
            onChange={(e) => setPublishAt(e.target.value)}
            aria-invalid={Boolean(errors.publishAt)}
            aria-describedby={errors.publishAt ? "pub-at-hint pub-at-error" : "pub-at-hint"}
          />
          {errors.publishAt ? (
            <p id="pub-at-error" className="text-sm text-red-800">
              {errors.publishAt}
            </p>
          ) : null}
        </div>
      </div>
      <button type="submit" disabled={pending} className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60">
        {t("propose")}
      </button>
    </form>
  );
}
