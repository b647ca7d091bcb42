"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import type { ActionResult, ConflictDetails } from "@/lib/actions/result";

/**
 * react-hook-form with the server's zod schema, wired to a server action: the same rules run in
 * the browser (for instant messages) and on the server (for the truth). The server receives the
 * values as typed, not the browser's parse of them. Field errors land next to their fields; a
 * version conflict is kept for the conflict panel; success shows a toast.
 */
export function useActionForm<S extends z.ZodType<unknown, FieldValues>, T>(options: {
  schema: S;
  defaultValues: DefaultValues<z.input<S>>;
  action: (input: unknown) => Promise<ActionResult<T>>;
  successMessage?: string;
  onSuccess?: (data: T) => void;
}) {
  const t = useTranslations("forms");
  const tErrors = useTranslations("errors");
  const [conflict, setConflict] = useState<ConflictDetails | null>(null);
  const form = useForm<z.input<S>, unknown, z.output<S>>({ resolver: zodResolver(options.schema as never) as never, defaultValues: options.defaultValues });

  const submit = form.handleSubmit(async () => {
    setConflict(null);
    const result = await options.action(form.getValues());
    if (result.ok) {
      toast.success(options.successMessage ?? t("saved"));
      options.onSuccess?.(result.data);
      return;
    }
    if (result.error === "invalid") {
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (messages?.[0]) form.setError(field as Path<z.input<S>>, { message: messages[0] });
      }
      toast.error(result.fieldErrors ? t("fixFields") : result.message);
      return;
    }
    if (result.error === "conflict" && result.conflict) {
      setConflict(result.conflict);
      toast.error(t("conflictTitle"));
      return;
    }
    toast.error(result.error === "unexpected" || result.error === "unavailable" || result.error === "unauthenticated" || result.error === "forbidden" ? tErrors(result.error) : result.message);
  });

  return { form, submit, conflict, clearConflict: () => setConflict(null) };
}
