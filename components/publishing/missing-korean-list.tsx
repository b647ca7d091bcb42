"use client";

import { useTranslations } from "next-intl";
import { LocalizedText } from "@/components/cases/localized-text";
import { Link } from "@/lib/i18n/navigation";
import type { KoreanGap } from "@/lib/publishing/missing-korean";

/** The composer's list of what the chosen version would publish without Korean text, each linked to where it is edited. */
export function MissingKoreanList({ gaps }: { gaps: KoreanGap[] }) {
  const t = useTranslations("publishing");
  return (
    <section aria-labelledby="pub-korean" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm" data-testid="missing-korean">
      <h3 id="pub-korean" className="font-medium">
        {t("koreanTitle")} ({gaps.length})
      </h3>
      {gaps.length === 0 ? (
        <p>{t("koreanNone")}</p>
      ) : (
        <>
          <p className="text-slate-700">{t("koreanIntro")}</p>
          <ul className="space-y-1">
            {gaps.map((gap) => (
              <li key={`${gap.kind}:${gap.id}`} data-missing-korean={gap.kind}>
                <span className="text-slate-600">{t(`koreanKinds.${gap.kind}`)}:</span>{" "}
                <Link href={gap.href} className="text-blue-800 underline">
                  <LocalizedText en={shorten(gap.label)} ko={gap.labelKo ? shorten(gap.labelKo) : null} />
                </Link>{" "}
                <span className="text-xs text-slate-600">— {t("koreanMissing", { fields: gap.fields.map((f) => t(`koreanFields.${f}`)).join(", ") })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** A statement is named by its quote: the start of it is enough to find it. */
function shorten(text: string) {
  return text.length > 90 ? `${text.slice(0, 90)}…` : text;
}
