"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { fieldBuilders } from "@/components/forms/field-builders";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { createLegalArticleAction } from "@/lib/legal-articles/actions";
import { ARTICLE_LABEL_KEY, ArticleInputs, type LegalArticleValues } from "./legal-article-form";
import { parseCitation } from "@/lib/legal-articles/citation";
import { lawByCode } from "@/lib/legal-articles/laws";
import type { LegalArticleChoice } from "@/lib/legal-articles/list-legal-articles";
import { createLegalArticleSchema } from "@/lib/legal-articles/schema";

/** What the typed search already says: "PIPA Art. 17(1)" fills in the law and the number. */
function prefill(query: string): LegalArticleValues {
  const parsed = parseCitation(query);
  const law = parsed ? lawByCode(parsed.lawCode) : null;
  return { lawCode: law?.code ?? "", lawName: law?.name ?? "", lawNameKo: law?.nameKo ?? "", number: parsed?.number ?? "", title: "", titleKo: "", url: law?.url ?? "", lawVersion: "" };
}

/**
 * Adds an article to the library without leaving the form that cites it: a dialog over the form,
 * whose new article is picked at once. Its submit stops at the dialog (React would carry it
 * through the portal to the form underneath).
 */
export function AddArticleDialog({ query, onCreated }: { query: string; onCreated: (article: LegalArticleChoice) => void }) {
  const t = useTranslations("legalArticles");
  const [open, setOpen] = useState(false);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <button type="button" className="text-sm text-blue-800 underline">
          {t("addNewInline", { q: query.trim() })}
        </button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content className="fixed left-1/2 top-4 z-50 max-h-[calc(100vh-2rem)] w-[min(36rem,calc(100vw-1rem))] -translate-x-1/2 overflow-y-auto rounded-lg bg-white p-5 shadow-xl">
          <Dialog.Title className="text-lg font-semibold">{t("add")}</Dialog.Title>
          <Dialog.Description className="mt-1 text-sm text-slate-700">{t("intro")}</Dialog.Description>
          <div className="mt-4">
            <NewArticleForm
              values={prefill(query)}
              onCreated={(article) => {
                setOpen(false);
                onCreated(article);
              }}
            />
          </div>
          <Dialog.Close className="absolute right-3 top-3 rounded-md px-2 py-1 text-sm text-slate-700 hover:bg-slate-100">{t("cancel")}</Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function NewArticleForm({ values, onCreated }: { values: LegalArticleValues; onCreated: (article: LegalArticleChoice) => void }) {
  const t = useTranslations("legalArticles");
  const { form, submit } = useActionForm({ schema: createLegalArticleSchema, defaultValues: values, action: createLegalArticleAction, onSuccess: onCreated });
  const errors = form.formState.errors as Record<string, { message?: string } | undefined>;
  const { input } = fieldBuilders<keyof LegalArticleValues>({ prefix: "la-inline", label: (name) => t(ARTICLE_LABEL_KEY[name]), errors, register: form.register as never });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.stopPropagation();
    void submit(event);
  };
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
      <ArticleInputs input={input} />
      <div className="sm:col-span-2">
        <SubmitButton pending={form.formState.isSubmitting} label={t("add")} />
      </div>
    </form>
  );
}
