"use client";

import { useTranslations } from "next-intl";
import type { ChangeEvent, ComponentPropsWithRef, KeyboardEvent } from "react";
import { normalizeDayText } from "@/lib/format/day-text";

type DayInputProps = Omit<ComponentPropsWithRef<"input">, "type" | "id"> & { id: string };

/**
 * A calendar day, typed as YYYY-MM-DD. Not `<input type="date">`: that shows the browser's
 * format (mm/dd/yyyy in an American browser) whatever the page's language. The format is said
 * under the field in the page's language and is part of the field's description for screen
 * readers; days written as 2024.5.31 or 2024년 5월 31일 are rewritten as 2024-05-31 when the field
 * is left or Enter is pressed. Works with `register()` and as a controlled input; the value is
 * the text, so the form's rules still decide what is a valid day.
 */
export function DayInput({ id, onBlur, onChange, onKeyDown, "aria-describedby": describedBy, ...props }: DayInputProps) {
  const t = useTranslations("dayField");
  const formatId = `${id}-format`;
  // Rewrites the text in place and reports it as a change, as typing would.
  const settle = (input: HTMLInputElement) => {
    const day = normalizeDayText(input.value);
    if (day === input.value) return;
    input.value = day;
    onChange?.({ target: input, currentTarget: input, type: "change" } as ChangeEvent<HTMLInputElement>);
  };
  return (
    <>
      <input
        {...props}
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        placeholder={t("placeholder")}
        aria-describedby={[describedBy, formatId].filter(Boolean).join(" ")}
        onChange={onChange}
        onBlur={(event) => {
          settle(event.currentTarget);
          onBlur?.(event);
        }}
        onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
          if (event.key === "Enter") settle(event.currentTarget);
          onKeyDown?.(event);
        }}
      />
      <p id={formatId} className="mt-1 text-xs text-slate-600">
        {t("format")}
      </p>
    </>
  );
}
