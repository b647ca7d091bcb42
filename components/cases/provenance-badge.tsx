import { useTranslations } from "next-intl";
import type { Provenance } from "@/lib/generated/prisma/enums";

// Each provenance differs by text and border style, not by colour alone.
const STYLE: Record<Provenance, string> = {
  verified: "border-emerald-700 bg-emerald-50 text-emerald-900",
  reported: "border-sky-700 bg-sky-50 text-sky-900",
  estimated: "border-amber-700 bg-amber-50 text-amber-900 border-dotted",
  modelled: "border-violet-700 bg-violet-50 text-violet-900 border-dashed",
};

export function ProvenanceBadge({ provenance }: { provenance: Provenance }) {
  const t = useTranslations("provenance");
  return (
    <span
      title={t(`${provenance}Help`)}
      data-provenance={provenance}
      className={`inline-flex items-center whitespace-nowrap rounded border px-1.5 py-0.5 text-xs font-medium ${STYLE[provenance]}`}
    >
      <span className="sr-only">{t("label")}: </span>
      {t(provenance)}
    </span>
  );
}
