"use client";

import { useTranslations } from "next-intl";
import { ConflictPanel } from "@/components/forms/conflict-panel";
import { fieldBuilders } from "@/components/forms/field-builders";
import { SubmitButton } from "@/components/forms/submit-button";
import { useItemForm } from "@/components/forms/use-item-form";
import { createLegalArticleAction, updateLegalArticleAction } from "@/lib/legal-articles/actions";
import { createLegalArticleSchema, updateLegalArticleSchema } from "@/lib/legal-articles/schema";

export type LegalArticleValues = Record<"lawCode" | "lawName" | "lawNameKo" | "number" | "title" | "titleKo" | "url" | "lawVersion", string>;
const EMPTY_ARTICLE: LegalArticleValues = { lawCode: "", lawName: "", lawNameKo: "", number: "", title: "", titleKo: "", url: "", lawVersion: "" };

/** Each field's label key under legalArticles (the title's differs from the field's name). */
export const ARTICLE_LABEL_KEY: Record<keyof LegalArticleValues, string> = {
  lawCode: "lawCode",
  lawName: "lawName",
  lawNameKo: "lawNameKo",
  number: "number",
  title: "articleTitle",
  titleKo: "articleTitleKo",
  url: "url",
  lawVersion: "lawVersion",
};

type ArticleInput = ReturnType<typeof fieldBuilders<keyof LegalArticleValues>>["input"];

/** The fields an article is written with, in the library's form and in the picker's "add" dialog. */
export function ArticleInputs({ input }: { input: ArticleInput }) {
  const t = useTranslations("legalArticles");
  return (
    <>
      {input("lawCode", { hint: t("lawCodeHint") })}
      {input("number", { hint: t("numberHint") })}
      {input("lawName")}
      {input("lawNameKo", { optional: true, lang: "ko" })}
      {input("title", { wide: true })}
      {input("titleKo", { optional: true, lang: "ko", wide: true })}
      {input("url", { optional: true, type: "url", wide: true })}
    </>
  );
}

/** Adds an article to the library, or corrects one (at the version the form was filled from). */
export function LegalArticleForm(props: { values?: Partial<LegalArticleValues> } | { articleId: string; version: number; values: LegalArticleValues }) {
  const t = useTranslations("legalArticles");
  const editing = "articleId" in props;
  const { form, submit, conflict, errors: e } = useItemForm({
    editing,
    schema: editing ? updateLegalArticleSchema : createLegalArticleSchema,
    defaultValues: editing ? { articleId: props.articleId, version: props.version, ...props.values } : { ...EMPTY_ARTICLE, ...props.values },
    action: editing ? updateLegalArticleAction : createLegalArticleAction,
    shownAt: (id) => `/workspace/legal-articles#article-${id}`,
  });
  const p = editing ? `la-edit-${props.articleId}` : "la-new";
  const { input } = fieldBuilders<keyof LegalArticleValues>({ prefix: p, label: (name) => t(ARTICLE_LABEL_KEY[name]), errors: e, register: form.register as never });
  return (
    <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2">
      {conflict ? (
        <div className="sm:col-span-2">
          <ConflictPanel
            conflict={conflict}
            mine={form.getValues() as Record<string, unknown>}
            fields={[{ name: "number", label: t("number") }, { name: "title", label: t("articleTitle") }, { name: "titleKo", label: t("articleTitleKo") }, { name: "url", label: t("url") }]}
          />
        </div>
      ) : null}
      <ArticleInputs input={input} />
      {input("lawVersion", { optional: true, hint: t("lawVersionHint"), wide: true })}
      <div className="sm:col-span-2">
        <SubmitButton pending={form.formState.isSubmitting} label={editing ? undefined : t("add")} />
      </div>
    </form>
  );
}
