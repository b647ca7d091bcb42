"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { isValidationKey, validationPath } from "@/lib/validation/message-key";

/** A labelled form control with its hint and its error right next to it. */
export function Field({ id, label, hint, error, optional, children, className }: { id: string; label: string; hint?: string; error?: string; optional?: boolean; children: ReactNode; className?: string }) {
  const t = useTranslations("forms");
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {optional ? <span className="ml-1 font-normal text-slate-500">({t("optional")})</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <div className="mt-1">{children}</div>
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

/** Words an error message for the reader: a validation key (validation.*) in the page's language, any other text as it is. */
export function useValidationMessage(): (message: string | undefined) => string | undefined {
  const t = useTranslations("validation");
  return (message) => (message && isValidationKey(message) && t.has(validationPath(message)) ? t(validationPath(message)) : message);
}

/** A control's error message, for controls outside a Field too. */
export function FieldError({ id, error }: { id: string; error?: string }) {
  const message = useValidationMessage()(error);
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-800">
      {message}
    </p>
  );
}

/** aria attributes that tie a control to its hint and error. */
export function describedBy(id: string, options: { hint?: boolean; error?: unknown }) {
  const ids = [options.hint ? `${id}-hint` : null, options.error ? `${id}-error` : null].filter(Boolean);
  return { "aria-invalid": Boolean(options.error), "aria-describedby": ids.length ? ids.join(" ") : undefined };
}

export const inputClass =
  "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-700 aria-[invalid=true]:border-red-700";
