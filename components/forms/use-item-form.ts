"use client";

import type { FieldValues } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { useRouter } from "@/lib/i18n/navigation";
import { useActionForm } from "./use-action-form";

/**
 * A form that adds an item to a case section or edits one (useActionForm underneath). After an
 * edit the page is refreshed in place; after an addition the form is emptied and the reader is
 * taken to where the new item now is (`shownAt`: its own page, or its place in the list).
 */
export function useItemForm<S extends z.ZodType<unknown, FieldValues>>(options: {
  editing: boolean;
  schema: S;
  defaultValues: object;
  action: (input: unknown) => Promise<ActionResult<unknown>>;
  shownAt: (id: string) => string;
}) {
  const router = useRouter();
  const actionForm = useActionForm({
    schema: options.schema,
    defaultValues: options.defaultValues as never,
    action: options.action,
    onSuccess: (data: unknown) => {
      if (!options.editing) {
        actionForm.form.reset(options.defaultValues as never);
        router.push(options.shownAt((data as { id: string }).id));
      }
      router.refresh();
    },
  });
  const errors = actionForm.form.formState.errors as Record<string, { message?: string } | undefined>;
  return { ...actionForm, errors };
}
