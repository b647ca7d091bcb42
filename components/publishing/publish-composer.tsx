"use client";

import { useTranslations } from "next-intl";
import { useMemo, useState, useTransition, type ReactNode } from "react";
import { toast } from "sonner";
import { LocalizedText } from "@/components/cases/localized-text";
import { describedBy, Field, inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { formatMoney } from "@/lib/format/money";
import { storedMoney } from "@/lib/money/stored-money";
import { useRouter } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { useAppLocale } from "@/lib/i18n/use-app-locale";
import { proposePublicationAction } from "@/lib/publishing/actions";
import { missingKorean } from "@/lib/publishing/missing-korean";
import type { PublishingView } from "@/lib/publishing/get-publishing";
import type { PublicationSelection } from "@/lib/publishing/snapshot";
import { MissingKoreanList } from "./missing-korean-list";
import { WordingPair } from "./wording-pair";

type Flag = "state" | "people" | "records" | "figures" | "statements" | "sources" | "series";
type ListKey = "dataCategoryIds" | "timelineEventIds" | "findingIds" | "sanctionIds";
const FLAGS: Flag[] = ["state", "people", "records", "figures", "statements", "sources", "series"];

/** Chooses, item by item, what goes into the next public version, with public wording where it differs. */
export function PublishComposer({ incidentId, view }: { incidentId: string; view: PublishingView }) {
  const t = useTranslations("publishing");
  const tCheck = useTranslations("check");
  const tEnum = useTranslations("enum");
  const router = useRouter();
  const locale = useAppLocale();
  const [selection, setSelection] = useState<PublicationSelection>(view.defaults);
  const [correctionNote, setCorrectionNote] = useState("");
  const [publishAt, setPublishAt] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();

  const toggle = (key: ListKey, id: string) =>
    setSelection((s) => ({ ...s, [key]: s[key].includes(id) ? s[key].filter((x) => x !== id) : [...s[key], id] }));
  const setWording = (key: string, value: string) => setSelection((s) => ({ ...s, wording: { ...s.wording, [key]: value } }));
  const gaps = useMemo(() => missingKorean(view.korean, selection), [view.korean, selection]);

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

  const sanctionLabel = (s: { subjectName: string; amount: string | null; currency: string }) => {
    const money = storedMoney(s);
    return money ? `${s.subjectName} · ${formatMoney(money, locale)}` : s.subjectName;
  };
  const check = (key: ListKey, id: string, label: ReactNode, detail?: string) => (
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

      <div className="grid gap-4 sm:grid-cols-2 sm:items-end">
        <Field id="pub-summary" label={t("publicSummary")} hint={t("wordingHint")}>
          <textarea id="pub-summary" lang="en" {...describedBy("pub-summary", { hint: true })} rows={3} className={inputClass} placeholder={view.items.summary} value={selection.wording.summary ?? ""} onChange={(e) => setWording("summary", e.target.value)} />
        </Field>
        <Field id="pub-summary-ko" label={t("publicSummaryKo")} hint={t("wordingHintKo")}>
          <textarea
            id="pub-summary-ko"
            lang="ko"
            {...describedBy("pub-summary-ko", { hint: true })}
            rows={3}
            className={inputClass}
            placeholder={view.items.summaryKo ?? ""}
            value={selection.wording.summaryKo ?? ""}
            onChange={(e) => setWording("summaryKo", e.target.value)}
          />
        </Field>
      </div>

      <fieldset className="space-y-2">
        <legend className="font-medium">{t("findings")}</legend>
        {view.items.findings.length === 0 ? <p className="text-sm text-slate-600">{t("none")}</p> : null}
        {view.items.findings.map((f) => (
          <div key={f.id} className="space-y-1">
            {check("findingIds", f.id, <LocalizedText en={f.title} ko={f.titleKo} />, t(`findingStatus.${f.status}`))}
            {selection.findingIds.includes(f.id) ? (
              <WordingPair wordingKey={`finding:${f.id}`} item={localized(locale, f.title, f.titleKo)} en={f.body} ko={f.bodyKo} wording={selection.wording} onChange={setWording} />
            ) : null}
          </div>
        ))}
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="font-medium">{t("dataCategories")}</legend>
        <p className="text-xs text-slate-600">{t("categoriesHint")}</p>
        {view.items.categories.map((c) => (
          <div key={c.id} className="space-y-1">
            {check(
              "dataCategoryIds",
              c.id,
              <LocalizedText en={c.name} ko={c.nameKo} />,
              `${tCheck("computed")}: ${tCheck(`verdict.${c.verdict}`)} · ${tCheck("observed")}: ${tEnum(`reversibility.${c.reversibility}`)}`,
            )}
            {selection.dataCategoryIds.includes(c.id) && c.reversibilityNote ? (
              <WordingPair wordingKey={`category:${c.id}`} item={localized(locale, c.name, c.nameKo)} en={c.reversibilityNote} ko={c.reversibilityNoteKo} wording={selection.wording} onChange={setWording} />
            ) : null}
          </div>
        ))}
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="font-medium">{t("timeline")}</legend>
        {view.items.events.map((e) => (
          <div key={e.id} className="space-y-1">
            {check(
              "timelineEventIds",
              e.id,
              <>
                {e.occurredOn} · <LocalizedText en={e.title} ko={e.titleKo} />
              </>,
              e.isPublic ? undefined : t("internalEvent"),
            )}
            {selection.timelineEventIds.includes(e.id) && e.description ? (
              <WordingPair wordingKey={`event:${e.id}`} item={localized(locale, e.title, e.titleKo)} en={e.description} ko={e.descriptionKo} wording={selection.wording} onChange={setWording} />
            ) : null}
          </div>
        ))}
      </fieldset>

      {view.items.sanctions.length > 0 ? (
        <fieldset className="space-y-2">
          <legend className="font-medium">{t("sanctions")}</legend>
          {view.items.sanctions.map((s) => check("sanctionIds", s.id, sanctionLabel(s)))}
        </fieldset>
      ) : null}

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="pub-note" label={t("correctionNote")} optional={!view.everPublished} hint={t("correctionNoteHint")} error={errors.correctionNote}>
          <textarea id="pub-note" rows={2} className={inputClass} value={correctionNote} onChange={(e) => setCorrectionNote(e.target.value)} {...describedBy("pub-note", { hint: true, error: errors.correctionNote })} />
        </Field>
        <Field id="pub-at" label={t("publishAt")} optional hint={t("publishAtHint")} error={errors.publishAt}>
          <input id="pub-at" type="datetime-local" className={inputClass} value={publishAt} onChange={(e) => setPublishAt(e.target.value)} {...describedBy("pub-at", { hint: true, error: errors.publishAt })} />
        </Field>
      </div>
      <MissingKoreanList gaps={gaps} />
      <SubmitButton pending={pending} label={t("propose")} />
    </form>
  );
}
