"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { Controller, useWatch } from "react-hook-form";
import { DayInput } from "@/components/forms/day-input";
import { describedBy, Field, FieldError, inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { OrganizationPicker, type OrganizationValue } from "@/components/organisations/organization-picker";
import { LegalArticlePicker } from "@/components/legal-articles/legal-article-picker";
import type { LegalArticleChoice } from "@/lib/legal-articles/list-legal-articles";
import { Options } from "@/components/ui/options";
import { createCaseAction } from "@/lib/cases/actions";
import { useAppLocale } from "@/lib/i18n/use-app-locale";
import { jurisdictionName, type JurisdictionOption } from "@/lib/jurisdictions/jurisdiction-name";
import { createCaseSchema, type CreateCaseFormInput } from "@/lib/cases/schema";
import { proposeSlug } from "@/lib/cases/slug";
import { CASE_ORIGINS, DATE_PRECISIONS } from "@/lib/enums";
import { Link, useRouter } from "@/lib/i18n/navigation";
import { PossibleDuplicates, usePossibleDuplicates } from "./possible-duplicates";

type Officer = { id: string; name: string; email: string };

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="grid gap-4 rounded-lg border border-slate-200 p-4 sm:grid-cols-2">
      <legend className="px-1 text-base font-semibold">{title}</legend>
      {children}
    </fieldset>
  );
}

/** Opens a case: what it is, whom it concerns, how it came to light, its period, law and officers. */
export function NewCaseForm({ officers, today, jurisdictions, articles }: { officers: Officer[]; today: string; jurisdictions: JurisdictionOption[]; articles: LegalArticleChoice[] }) {
  const t = useTranslations("newCase");
  const tCase = useTranslations("caseWs");
  const tEnum = useTranslations("enum");
  const tOrigin = useTranslations("caseOrigin");
  const locale = useAppLocale();
  const tArticles = useTranslations("legalArticles");
  const router = useRouter();
  const [slugEdited, setSlugEdited] = useState(false);
  const defaults: CreateCaseFormInput = {
    title: "",
    titleKo: "",
    summary: "",
    summaryKo: "",
    slug: "",
    investigated: { mode: "existing", id: "" },
    authority: null,
    origin: "" as never,
    receivedOn: "" as never,
    conductStart: "",
    conductStartPrecision: "day",
    conductEnd: "",
    conductEndPrecision: "day",
    jurisdiction: "KR",
    articleIds: [],
    legalBasisExamined: "",
    officerIds: [],
    confirmedNew: false,
  };
  const { form, submit } = useActionForm({
    schema: createCaseSchema,
    defaultValues: defaults,
    action: createCaseAction,
    successMessage: t("created"),
    onSuccess: (data) => router.push(`/workspace/cases/${data.slug}`),
  });
  const { register, formState, control, setValue } = form;
  const e = formState.errors;
  const [title, titleKo, receivedOn, investigated, conductStart, conductStartPrecision, conductEnd, conductEndPrecision] = useWatch({
    control,
    name: ["title", "titleKo", "receivedOn", "investigated", "conductStart", "conductStartPrecision", "conductEnd", "conductEndPrecision"],
  });
  const duplicates = usePossibleDuplicates({
    title: String(title ?? ""),
    titleKo: String(titleKo ?? ""),
    org: investigated && investigated.mode === "existing" ? investigated.id : "",
    start: String(conductStart ?? ""),
    startPrecision: conductStartPrecision ?? "day",
    end: String(conductEnd ?? ""),
    endPrecision: conductEndPrecision ?? "day",
  });
  const showConfirm = (duplicates.data?.total ?? 0) > 0 || Boolean(e.confirmedNew);

  // The slug follows the title until someone edits it.
  const proposeFrom = (next: { title?: string; titleKo?: string; receivedOn?: string }) => {
    if (slugEdited) return;
    const t1 = next.title ?? String(title ?? "");
    const t2 = next.titleKo ?? String(titleKo ?? "");
    const day = next.receivedOn ?? String(receivedOn ?? "");
    setValue("slug", proposeSlug(t1.trim() ? t1 : t2, { fallback: `case-${/^\d{4}-\d{2}-\d{2}$/.test(day) ? day : today}` }));
  };
  const text = (name: "title" | "titleKo", options: { optional?: boolean; lang?: string } = {}) => (
    <Field id={`nc-${name}`} label={tCase(name)} optional={options.optional} error={e[name]?.message} className="sm:col-span-2">
      <input
        id={`nc-${name}`}
        lang={options.lang}
        className={inputClass}
        {...describedBy(`nc-${name}`, { error: e[name] })}
        {...register(name, { onChange: (event: { target: { value: string } }) => proposeFrom({ [name]: event.target.value }) })}
      />
    </Field>
  );
  const precision = (name: "conductStartPrecision" | "conductEndPrecision", id: string) => (
    <select id={id} className={inputClass} {...register(name)}>
      <Options values={DATE_PRECISIONS} label={(p) => tEnum(`precision.${p}`)} />
    </select>
  );

  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      <Section title={t("sectionCase")}>
        {text("title")}
        {text("titleKo", { optional: true, lang: "ko" })}
        <Field id="nc-slug" label={t("slug")} hint={t("slugHint")} error={e.slug?.message} className="sm:col-span-2">
          <div className="flex items-center gap-1">
            <span className="shrink-0 text-sm text-slate-600" aria-hidden>
              /cases/
            </span>
            <input id="nc-slug" className={`${inputClass} font-mono`} spellCheck={false} autoComplete="off" {...describedBy("nc-slug", { hint: true, error: e.slug })} {...register("slug", { onChange: () => setSlugEdited(true) })} />
          </div>
        </Field>
        <Field id="nc-summary" label={tCase("summary")} error={e.summary?.message} className="sm:col-span-2">
          <textarea id="nc-summary" rows={5} className={inputClass} {...describedBy("nc-summary", { error: e.summary })} {...register("summary")} />
        </Field>
        <Field id="nc-summaryKo" label={tCase("summaryKo")} optional error={e.summaryKo?.message} className="sm:col-span-2">
          <textarea id="nc-summaryKo" lang="ko" rows={4} className={inputClass} {...describedBy("nc-summaryKo", { error: e.summaryKo })} {...register("summaryKo")} />
        </Field>
      </Section>

      <Section title={t("sectionOrganizations")}>
        <div className="sm:col-span-2">
          <Controller
            control={control}
            name="investigated"
            render={({ field }) => <OrganizationPicker id="nc-investigated" label={t("investigated")} value={field.value as OrganizationValue} onChange={field.onChange} defaultKind="company" errors={e.investigated as never} />}
          />
        </div>
        <div className="sm:col-span-2">
          <Controller
            control={control}
            name="authority"
            render={({ field }) => <OrganizationPicker id="nc-authority" label={t("authority")} value={(field.value ?? null) as OrganizationValue | null} onChange={field.onChange} defaultKind="authority" optional errors={e.authority as never} />}
          />
        </div>
      </Section>

      <Section title={t("sectionOrigin")}>
        <Field id="nc-origin" label={t("origin")} error={e.origin?.message}>
          <select id="nc-origin" className={inputClass} {...describedBy("nc-origin", { error: e.origin })} {...register("origin")}>
            <option value="">{t("chooseOrigin")}</option>
            <Options values={CASE_ORIGINS} label={(o) => tOrigin(o)} />
          </select>
        </Field>
        <Field id="nc-received" label={t("receivedOn")} error={e.receivedOn?.message}>
          <DayInput id="nc-received" className={inputClass} {...describedBy("nc-received", { error: e.receivedOn })} {...register("receivedOn", { onChange: (event: { target: { value: string } }) => proposeFrom({ receivedOn: event.target.value }) })} />
        </Field>
      </Section>

      <Section title={t("sectionPeriod")}>
        <Field id="nc-start" label={tCase("conductStart")} optional error={e.conductStart?.message}>
          <DayInput id="nc-start" className={inputClass} {...describedBy("nc-start", { error: e.conductStart })} {...register("conductStart")} />
        </Field>
        <Field id="nc-start-precision" label={t("startPrecision")}>
          {precision("conductStartPrecision", "nc-start-precision")}
        </Field>
        <Field id="nc-end" label={tCase("conductEnd")} optional error={e.conductEnd?.message}>
          <DayInput id="nc-end" className={inputClass} {...describedBy("nc-end", { error: e.conductEnd })} {...register("conductEnd")} />
        </Field>
        <Field id="nc-end-precision" label={t("endPrecision")}>
          {precision("conductEndPrecision", "nc-end-precision")}
        </Field>
      </Section>

      <Section title={t("sectionLaw")}>
        <Field id="nc-jurisdiction" label={t("jurisdiction")} error={e.jurisdiction?.message}>
          <select id="nc-jurisdiction" className={inputClass} {...register("jurisdiction")}>
            <Options values={jurisdictions.map((j) => j.code)} label={(code) => jurisdictionName(jurisdictions, code, locale)} />
          </select>
        </Field>
        <div className="hidden sm:block" />
        <div className="sm:col-span-2">
          <Controller
            control={form.control}
            name="articleIds"
            render={({ field }) => (
              <LegalArticlePicker id="nc-articles" label={tCase("legalBasis")} articles={articles} value={(field.value as string[] | undefined) ?? []} onChange={field.onChange} error={e.articleIds?.message} />
            )}
          />
        </div>
        <Field id="nc-legal" label={tArticles("freeText")} optional hint={tArticles("freeTextHint")} error={e.legalBasisExamined?.message} className="sm:col-span-2">
          <textarea id="nc-legal" rows={3} className={inputClass} {...describedBy("nc-legal", { hint: true, error: e.legalBasisExamined })} {...register("legalBasisExamined")} />
        </Field>
      </Section>

      <Section title={t("sectionOfficers")}>
        <div className="sm:col-span-2">
          <p id="nc-officers-hint" className="text-sm text-slate-700">
            {t("officersHint")}
          </p>
          {officers.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">{t("noOfficers")}</p>
          ) : (
            <ul className="mt-2 grid gap-2 sm:grid-cols-2" aria-label={t("officers")}>
              {officers.map((o) => (
                <li key={o.id}>
                  <label className="flex items-start gap-2 text-sm">
                    <input type="checkbox" value={o.id} className="mt-1 size-4" {...register("officerIds")} />
                    <span>
                      {o.name} <span className="block text-xs break-all text-slate-600">{o.email}</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          )}
          <FieldError id="nc-officers-error" error={e.officerIds?.message} />
        </div>
      </Section>

      <PossibleDuplicates result={duplicates.data} loading={duplicates.isFetching} failed={duplicates.isError} />
      {showConfirm ? (
        <div>
          <label className="flex items-start gap-2 text-sm font-medium">
            <input id="nc-confirm" type="checkbox" className="mt-0.5 size-4" {...describedBy("nc-confirm", { error: e.confirmedNew })} {...register("confirmedNew")} />
            {t("confirmNew")}
          </label>
          <FieldError id="nc-confirm-error" error={e.confirmedNew?.message} />
        </div>
      ) : null}

      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pending={formState.isSubmitting} label={t("create")} />
        <Link href="/workspace" className="text-sm text-blue-800 underline">
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
