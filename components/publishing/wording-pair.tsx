"use client";

import { useTranslations } from "next-intl";
import { inputClass } from "@/components/forms/field";

/**
 * The public wording of one item, English beside Korean (`<key>` and `<key>:ko` in the selection's
 * wording). Each field shows the item's own text as its placeholder: left empty, that text is published.
 */
export function WordingPair(props: { wordingKey: string; item: string; en: string | null; ko: string | null; wording: Record<string, string>; onChange: (key: string, value: string) => void }) {
  const t = useTranslations("publishing");
  const koKey = `${props.wordingKey}:ko`;
  return (
    <div className="grid gap-2 pl-6 sm:grid-cols-2">
      <textarea
        aria-label={t("publicWordingFor", { item: props.item })}
        lang="en"
        rows={2}
        className={inputClass}
        placeholder={props.en ?? ""}
        value={props.wording[props.wordingKey] ?? ""}
        onChange={(e) => props.onChange(props.wordingKey, e.target.value)}
      />
      <textarea
        aria-label={t("publicWordingForKo", { item: props.item })}
        lang="ko"
        rows={2}
        className={inputClass}
        placeholder={props.ko ?? ""}
        value={props.wording[koKey] ?? ""}
        onChange={(e) => props.onChange(koKey, e.target.value)}
      />
    </div>
  );
}
