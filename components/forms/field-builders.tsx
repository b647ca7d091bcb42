"use client";

import type { UseFormRegister } from "react-hook-form";
import { describedBy, Field, inputClass } from "./field";

type Errors = Record<string, { message?: string } | undefined>;

interface InputOptions {
  optional?: boolean;
  hint?: string;
  /** Spans both columns of the form's grid. */
  wide?: boolean;
  lang?: string;
  type?: string;
  inputMode?: "decimal" | "numeric";
}

interface TextareaOptions {
  optional?: boolean;
  lang?: string;
  rows?: number;
}

/**
 * The labelled text inputs and text areas of an item form, bound to its react-hook-form: each
 * control's id is `<prefix>-<name>`, its label comes from `label(name)`, and its hint and error
 * are tied to it for screen readers. Text areas span both columns and are optional unless told.
 */
export function fieldBuilders<N extends string>({ prefix, label, errors, register }: { prefix: string; label: (name: N) => string; errors: Errors; register: UseFormRegister<never> }) {
  const aria = (name: N, hint = false) => describedBy(`${prefix}-${name}`, { hint, error: errors[name] });
  const input = (name: N, options: InputOptions = {}) => (
    <Field id={`${prefix}-${name}`} label={label(name)} optional={options.optional} hint={options.hint} error={errors[name]?.message} className={options.wide ? "sm:col-span-2" : undefined}>
      <input
        id={`${prefix}-${name}`}
        type={options.type}
        lang={options.lang}
        inputMode={options.inputMode}
        className={inputClass}
        {...aria(name, Boolean(options.hint))}
        {...register(name as never)}
      />
    </Field>
  );
  const textarea = (name: N, options: TextareaOptions = {}) => (
    <Field id={`${prefix}-${name}`} label={label(name)} optional={options.optional ?? true} error={errors[name]?.message} className="sm:col-span-2">
      <textarea id={`${prefix}-${name}`} rows={options.rows ?? 3} lang={options.lang} className={inputClass} {...aria(name)} {...register(name as never)} />
    </Field>
  );
  return { aria, input, textarea };
}
