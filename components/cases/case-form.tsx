"use client";

import { useTranslations } from "next-intl";
import { ConflictPanel } from "@/components/forms/conflict-panel";
import { describedBy, Field, inputClass } from "@/components/forms/field";
import { Options } from "@/components/ui/options";
import { DayInput } from "@/components/forms/day-input";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { updateCaseAction } from "@/lib/cases/actions";
import { updateCaseSchema, type UpdateCaseFormInput } from "@/lib/cases/schema";
import { useRouter } from "@/lib/i18n/navigation";
import { CASE_ORIGINS, DATE_PRECISIONS } from "@/lib/enums";
import { useAppLocale } from "@/lib/i18n/use-app-locale";
import { jurisdictionName, type JurisdictionOption } from "@/lib/jurisdictions/jurisdiction-name";
import { Controller } from "react-hook-form";
import { OrganizationPicker, type ChosenOrganization, type OrganizationValue } from "@/components/organisations/organization-picker";
import { LegalArticlePicker } from "@/components/legal-articles/legal-article-picker";
import type { LegalArticleChoice } from "@/lib/legal-articles/list-legal-articles";

/**
 * The case's details, its organisations and its address. A new address (allowed until a version
 * is published) moves the page to it.
 */
export function CaseForm({
  defaults,
  organizations,
  slugLocked,
  jurisdictions,
  articles,
}: {
  /** The choices of jurisdiction, from the jurisdictions table. */
  jurisdictions: JurisdictionOption[];
  defaults: UpdateCaseFormInput;
  /** The library, for the legal bases. */
  articles: LegalArticleChoice[];
  organizations: { investigated: ChosenOrganization; authority: ChosenOrganization | null };
  /** A version was published or proposed: the address is out in the world and stays (the server refuses a new one too). */
  slugLocked: boolean;
}) {
  const t = useTranslations("caseWs");
  const tNew = useTranslations("newCase");
  const tEnum = useTranslations("enum");
  const tOrigin = useTranslations("caseOrigin");
  const locale = useAppLocale();
  const tArticles = useTranslations("legalArticles");
  const router = useRouter();
  const { form, submit, conflict } = useActionForm({
    schema: updateCaseSchema,
    defaultValues: defaults,
    action: updateCaseAction,
    onSuccess: (saved: { slug: string }) => (saved.slug !== defaults.slug ? router.replace(`/workspace/cases/${saved.slug}`) : router.refresh()),
  });
  const { register, formState, control } = form;
  const e = formState.errors;
  const precision = (name: "conductStartPrecision" | "conductEndPrecision", id: string) => (
    <select id={id} className={inputClass} {...register(name)}>
      <Options values={DATE_PRECISIONS} label={(p) => tEnum(`precision.${p}`)} />
    </select>
  );
  return (
    <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2">
      {conflict ? (
        <div className="sm:col-span-2">
          <ConflictPanel conflict={conflict} mine={form.getValues()} fields={[{ name: "title", label: t("title") }, { name: "summary", label: t("summary") }]} />
        </div>
      ) : null}
      <Field id="inc-title" label={t("title")} error={e.title?.message} className="sm:col-span-2">
        <input id="inc-title" className={inputClass} {...describedBy("inc-title", { error: e.title })} {...register("title")} />
      </Field>
      <Field id="inc-titleKo" label={t("titleKo")} optional error={e.titleKo?.message} className="sm:col-span-2">
        <input id="inc-titleKo" lang="ko" className={inputClass} {...describedBy("inc-titleKo", { error: e.titleKo })} {...register("titleKo")} />
      </Field>
      <Field id="inc-slug" label={t("slug")} hint={slugLocked ? tNew("slugLocked") : tNew("slugHint")} error={e.slug?.message} className="sm:col-span-2">
        <input
          id="inc-slug"
          readOnly={slugLocked}
          className={`${inputClass} font-mono read-only:bg-slate-100 read-only:text-slate-700`}
          spellCheck={false}
          autoComplete="off"
          {...describedBy("inc-slug", { hint: true, error: e.slug })}
          {...register("slug")}
        />
      </Field>
      <Field id="inc-summary" label={t("summary")} error={e.summary?.message} className="sm:col-span-2">
        <textarea id="inc-summary" rows={5} className={inputClass} {...describedBy("inc-summary", { error: e.summary })} {...register("summary")} />
      </Field>
      <Field id="inc-summaryKo" label={t("summaryKo")} optional error={e.summaryKo?.message} className="sm:col-span-2">
        <textarea id="inc-summaryKo" lang="ko" rows={4} className={inputClass} {...describedBy("inc-summaryKo", { error: e.summaryKo })} {...register("summaryKo")} />
      </Field>
      <div className="sm:col-span-2">
        <Controller
          control={control}
          name="investigated"
          render={({ field }) => (
            <OrganizationPicker id="inc-investigated" label={t("investigated")} value={(field.value ?? null) as OrganizationValue | null} onChange={field.onChange} chosen={organizations.investigated} defaultKind="company" errors={e.investigated as never} />
          )}
        />
      </div>
      <div className="sm:col-span-2">
        <Controller
          control={control}
          name="authority"
          render={({ field }) => (
            <OrganizationPicker id="inc-authority" label={t("authority")} value={(field.value ?? null) as OrganizationValue | null} onChange={field.onChange} chosen={organizations.authority} defaultKind="authority" optional errors={e.authority as never} />
          )}
        />
      </div>
      <Field id="inc-origin" label={t("origin")} optional error={e.origin?.message}>
        <select id="inc-origin" className={inputClass} {...describedBy("inc-origin", { error: e.origin })} {...register("origin")}>
          <option value="">{t("noOrigin")}</option>
          <Options values={CASE_ORIGINS} label={(o) => tOrigin(o)} />
        </select>
      </Field>
      <Field id="inc-received" label={t("receivedOn")} optional error={e.receivedOn?.message}>
        <DayInput id="inc-received" className={inputClass} {...describedBy("inc-received", { error: e.receivedOn })} {...register("receivedOn")} />
      </Field>
      <Field id="inc-discovered" label={t("discoveredOn")} optional error={e.discoveredOn?.message}>
        <DayInput id="inc-discovered" className={inputClass} {...describedBy("inc-discovered", { error: e.discoveredOn })} {...register("discoveredOn")} />
      </Field>
      <Field id="inc-jurisdiction" label={t("jurisdiction")} error={e.jurisdiction?.message}>
        <select id="inc-jurisdiction" className={inputClass} {...register("jurisdiction")}>
          <Options values={jurisdictions.map((j) => j.code)} label={(code) => jurisdictionName(jurisdictions, code, locale)} />
        </select>
      </Field>
      <Field id="inc-start" label={t("conductStart")} optional error={e.conductStart?.message}>
        <DayInput id="inc-start" className={inputClass} {...describedBy("inc-start", { error: e.conductStart })} {...register("conductStart")} />
      </Field>
      <Field id="inc-start-precision" label={tNew("startPrecision")}>
        {precision("conductStartPrecision", "inc-start-precision")}
      </Field>
      <Field id="inc-end" label={t("conductEnd")} optional error={e.conductEnd?.message}>
        <DayInput id="inc-end" className={inputClass} {...describedBy("inc-end", { error: e.conductEnd })} {...register("conductEnd")} />
      </Field>
      <Field id="inc-end-precision" label={tNew("endPrecision")}>
        {precision("conductEndPrecision", "inc-end-precision")}
      </Field>
      <div className="sm:col-span-2">
        <Controller
          control={form.control}
          name="articleIds"
          render={({ field }) => (
            <LegalArticlePicker id="inc-articles" label={t("legalBasis")} articles={articles} value={(field.value as string[] | undefined) ?? []} onChange={field.onChange} error={e.articleIds?.message} />
          )}
        />
      </div>
      <Field id="inc-legal" label={tArticles("freeText")} optional hint={tArticles("freeTextHint")} error={e.legalBasisExamined?.message} className="sm:col-span-2">
        <textarea id="inc-legal" rows={3} className={inputClass} {...describedBy("inc-legal", { hint: true, error: e.legalBasisExamined })} {...register("legalBasisExamined")} />
      </Field>
      <div className="sm:col-span-2">
        <SubmitButton pending={formState.isSubmitting} />
      </div>
    </form>
  );
}
