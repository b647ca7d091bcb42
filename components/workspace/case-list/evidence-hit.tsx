"use client";

import { useTranslations } from "next-intl";
import type { CaseListPage } from "@/lib/cases/search-cases";
import { evidenceFileHref } from "@/lib/evidence/search-query";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { useAppLocale } from "@/lib/i18n/use-app-locale";

type Hit = NonNullable<CaseListPage["items"][number]["evidence"]>;

/** Where a search's words are in the case's evidence: "In evidence: <file>, p. 12", linking to that page. */
export function EvidenceHit({ slug, hit }: { slug: string; hit: Hit }) {
  const t = useTranslations("evidenceSearch");
  const locale = useAppLocale();
  return (
    <span className="mt-1 block text-xs font-normal text-slate-700" data-testid="evidence-hit">
      {t("inEvidence")}{" "}
      <Link href={evidenceFileHref({ slug, fileId: hit.fileId, page: hit.page, mediaType: hit.mediaType })} className="break-words text-blue-800 underline underline-offset-2">
        {localized(locale, hit.title, hit.titleKo)}
      </Link>
      , {t("page", { page: hit.page })}
    </span>
  );
}
