"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { describedBy, Field, inputClass } from "@/components/forms/field";
import { localized } from "@/lib/i18n/localized";
import { useAppLocale } from "@/lib/i18n/use-app-locale";
import type { SourceChoice } from "@/lib/sources/list-sources";

/**
 * The source a record cites, picked from the case's live sources, or none. A new record starts
 * with none: a citation is chosen, never carried over from the record before. An edited record's
 * source deleted since is offered, marked, so the edit can keep it. The server checks the choice
 * again (lib/sources/citation.ts).
 */
export function SourceSelect(props: { id: string; sources: SourceChoice[]; registration: UseFormRegisterReturn; error?: string; hint?: string; className?: string }) {
  const t = useTranslations("citation");
  const locale = useAppLocale();
  const hint = props.hint ?? t("hint");
  return (
    <Field id={props.id} label={t("label")} optional hint={hint} error={props.error} className={props.className}>
      <select id={props.id} className={inputClass} {...describedBy(props.id, { hint: true, error: props.error })} {...props.registration}>
        <option value="">{t("none")}</option>
        {props.sources.map((s) => (
          <option key={s.id} value={s.id}>
            {s.deleted ? t("deletedSource", { title: localized(locale, s.title, s.titleKo) }) : localized(locale, s.title, s.titleKo)}
          </option>
        ))}
      </select>
    </Field>
  );
}
