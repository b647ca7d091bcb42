"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { describedBy, Field, inputClass } from "@/components/forms/field";
import { formatExact } from "@/lib/format/number";
import { useAppLocale } from "@/lib/i18n/use-app-locale";
import { IDENTIFIER_PRESETS } from "@/lib/pseudonymization/format-presets";
import { readFormat, type FormatClass, type FormatProblem } from "@/lib/pseudonymization/identifier-format";
import type { Locale } from "@/lib/i18n/locales";

const CLASS_NAME: Record<FormatClass, string> = { X: "digit", L: "letter", H: "hex", "*": "alnum", "?": "freeText" };
const PROBLEM_KEY: Record<FormatProblem, string> = { not_ascii: "notAscii", bad_repeat: "badRepeat", too_long: "tooLong", no_class: "noClass", too_small: "tooSmall" };

/** A count as 10^n when it is one, exactly below a billion, else rounded to two figures: "≈ 1.1 × 10^14". */
function SpaceFigure({ size, locale }: { size: bigint; locale: Locale }) {
  const digits = size.toString();
  const exponent = digits.length - 1;
  const exactPower = /^10*$/.test(digits);
  const mantissa = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(Number(digits.slice(0, 2)) / 10);
  return (
    <span data-testid="format-space" data-space={digits} title={formatExact(size, locale)} className="font-semibold">
      {exactPower && exponent >= 3 ? (
        <>
          10<sup>{exponent}</sup>
        </>
      ) : size < 1_000_000_000n ? (
        formatExact(size, locale)
      ) : (
        <>
          ≈ {mantissa} × 10<sup>{exponent}</sup>
        </>
      )}
    </span>
  );
}

/**
 * The identifier format with common presets, and what the check will read from it, live, right
 * under the input: the placeholders it found and how many values they allow, or why it cannot
 * count them (the same words as the refusal on saving).
 */
export function IdentifierFormatField(props: { id: string; value: string; error?: string; input: UseFormRegisterReturn; onPreset: (format: string) => void }) {
  const t = useTranslations("identifierFormat");
  const tCase = useTranslations("caseWs");
  const tValidation = useTranslations("validation.identifierFormat");
  const locale = useAppLocale();
  const typed = props.value.trim();
  const reading = typed ? readFormat(typed) : null;
  const size = reading?.size ?? null;
  const classes = reading?.classes.map((c) => `${c} = ${t(`classes.${CLASS_NAME[c]}`)}`).join(", ") ?? "";
  const aria = describedBy(props.id, { hint: true, error: props.error });
  return (
    <Field id={props.id} label={tCase("identifierFormat")} optional hint={tCase("identifierFormatHint")} error={props.error} className="sm:col-span-2">
      <div role="group" aria-label={t("presets")} className="mb-2 flex flex-wrap items-center gap-2">
        <span className="text-xs text-slate-600" aria-hidden="true">
          {t("presets")}:
        </span>
        {IDENTIFIER_PRESETS.map((preset) => (
          <button
            key={preset.key}
            type="button"
            onClick={() => props.onPreset(preset.format)}
            className="rounded-full border border-slate-300 bg-white px-3 py-1 text-xs text-slate-800 hover:border-blue-700 hover:text-blue-800 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-700"
          >
            {t(`preset.${preset.key}`)} <code className="ml-1 whitespace-nowrap text-slate-600">{preset.format}</code>
          </button>
        ))}
      </div>
      <input
        id={props.id}
        type="text"
        spellCheck={false}
        autoComplete="off"
        className={`${inputClass} font-mono`}
        {...aria}
        aria-describedby={[aria["aria-describedby"], `${props.id}-reading`].filter(Boolean).join(" ")}
        {...props.input}
      />
      <p id={`${props.id}-reading`} data-testid="format-reading" aria-live="polite" className="mt-1 text-sm">
        {reading && reading.classes.length > 0 ? (
          <span className="block">
            {size === null ? t("uncounted", { classes }) : t.rich("counted", { classes, space: () => <SpaceFigure size={size} locale={locale} /> })}
          </span>
        ) : null}
        {reading?.problem && !props.error ? <span className="block text-amber-900">{tValidation(PROBLEM_KEY[reading.problem])}</span> : null}
      </p>
    </Field>
  );
}
