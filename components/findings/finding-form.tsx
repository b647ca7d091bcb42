"use client";

import { useTranslations } from "next-intl";
import { ConflictPanel } from "@/components/forms/conflict-panel";
import { describedBy, Field, inputClass } from "@/components/forms/field";
import { Options } from "@/components/ui/options";
import { SubmitButton } from "@/components/forms/submit-button";
import { useItemForm } from "@/components/forms/use-item-form";
import { createFindingAction, updateFindingAction } from "@/lib/findings/actions";
import { createFindingSchema, updateFindingSchema } from "@/lib/findings/schema";
import { SEVERITIES } from "@/lib/enums";
import { SourceSelect } from "@/components/sources/source-select";
import type { SourceChoice } from "@/lib/sources/list-sources";
import { Controller } from "react-hook-form";
import { LegalArticlePicker } from "@/components/legal-articles/legal-article-picker";
import type { LegalArticleChoice } from "@/lib/legal-articles/list-legal-articles";

interface Values {
  title: string;
  titleKo: string;
  body: string;
  bodyKo: string;
  severity: (typeof SEVERITIES)[number];
  articleIds: string[];
  legalArticles: string;
  evidenceRefs: string;
  sourceId: string;
}

/** Adds a finding to a case, or edits one (then `findingId` and `version` are given). */
export function FindingForm(props: ({ incidentId: string } | { findingId: string; version: number; values: Values }) & { slug: string; sources: SourceChoice[]; articles: LegalArticleChoice[]; canAddArticles?: boolean }) {
  const t = useTranslations("caseWs");
  const tForms = useTranslations("forms");
  const tEnum = useTranslations("enum");
  const tArticles = useTranslations("legalArticles");
  const editing = "findingId" in props;
  const { form, submit, conflict, errors: e } = useItemForm({
    editing,
    schema: editing ? updateFindingSchema : createFindingSchema,
    defaultValues: editing
      ? { findingId: props.findingId, version: props.version, ...props.values }
      : { incidentId: props.incidentId, title: "", titleKo: "", body: "", bodyKo: "", severity: "medium", articleIds: [], legalArticles: "", evidenceRefs: "", sourceId: "" },
    action: editing ? updateFindingAction : createFindingAction,
    shownAt: (id) => `/workspace/cases/${props.slug}/findings#finding-${id}`,
  });
  const { register, formState } = form;
  const p = editing ? "finding-edit" : "finding-new";
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {conflict ? (
        <ConflictPanel
          conflict={conflict}
          mine={form.getValues() as Record<string, unknown>}
          fields={[
            { name: "title", label: t("title") },
            { name: "titleKo", label: tForms("inKorean", { field: t("title") }) },
            { name: "body", label: t("body") },
            { name: "bodyKo", label: tForms("inKorean", { field: t("body") }) },
          ]}
        />
      ) : null}
      <Field id={`${p}-title`} label={t("title")} error={e.title?.message}>
        <input id={`${p}-title`} className={inputClass} {...describedBy(`${p}-title`, { error: e.title })} {...register("title")} />
      </Field>
      <Field id={`${p}-titleKo`} label={tForms("inKorean", { field: t("title") })} optional error={e.titleKo?.message}>
        <input id={`${p}-titleKo`} lang="ko" className={inputClass} {...describedBy(`${p}-titleKo`, { error: e.titleKo })} {...register("titleKo")} />
      </Field>
      <Field id={`${p}-body`} label={t("body")} error={e.body?.message}>
        <textarea id={`${p}-body`} rows={5} className={inputClass} {...describedBy(`${p}-body`, { error: e.body })} {...register("body")} />
      </Field>
      <Field id={`${p}-bodyKo`} label={tForms("inKorean", { field: t("body") })} optional error={e.bodyKo?.message}>
        <textarea id={`${p}-bodyKo`} lang="ko" rows={5} className={inputClass} {...describedBy(`${p}-bodyKo`, { error: e.bodyKo })} {...register("bodyKo")} />
      </Field>
      <Field id={`${p}-severity`} label={t("severity")} error={e.severity?.message}>
        <select id={`${p}-severity`} className={inputClass} {...register("severity")}>
          <Options values={SEVERITIES} label={(s) => tEnum(`severity.${s}`)} />
        </select>
      </Field>
      <Controller
        control={form.control}
        name="articleIds"
        render={({ field }) => (
          <LegalArticlePicker id={`${p}-articles`} label={t("legalArticles")} articles={props.articles} canAdd={props.canAddArticles} value={(field.value as string[] | undefined) ?? []} onChange={field.onChange} error={e.articleIds?.message} />
        )}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${p}-legal`} label={tArticles("freeText")} optional hint={tArticles("freeTextHint")} error={e.legalArticles?.message}>
          <textarea id={`${p}-legal`} rows={3} className={inputClass} {...describedBy(`${p}-legal`, { hint: true, error: e.legalArticles })} {...register("legalArticles")} />
        </Field>
        <Field id={`${p}-evidence`} label={t("evidenceRefs")} optional hint={tForms("linesHint")} error={e.evidenceRefs?.message}>
          <textarea id={`${p}-evidence`} rows={3} className={inputClass} {...describedBy(`${p}-evidence`, { hint: true, error: e.evidenceRefs })} {...register("evidenceRefs")} />
        </Field>
      </div>
      <SourceSelect id={`${p}-source`} sources={props.sources} registration={register("sourceId")} error={e.sourceId?.message} />
      <SubmitButton pending={formState.isSubmitting} label={editing ? undefined : t("addFinding")} />
    </form>
  );
}
