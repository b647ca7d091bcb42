// A stand-in for the Evidence section's list while the upload part is built beside this one: it
// lists the case's files by title, each linking to its own page. The upload part's list replaces it.
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import type { SectionViewProps } from "@/lib/cases/sections";
import { prisma } from "@/lib/db/prisma";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";

export { EvidenceFilePage as SectionItem } from "./evidence-file-page";

export async function SectionList({ incident, locale, slug }: SectionViewProps) {
  const [t, files] = await Promise.all([
    getTranslations("evidence.list"),
    prisma.evidenceFile.findMany({ where: { incidentId: incident.id, deletedAt: null }, orderBy: { createdAt: "asc" }, select: { id: true, title: true, titleKo: true } }),
  ]);
  return (
    <div className="space-y-4">
      <p className="max-w-prose text-slate-700">{t("intro")}</p>
      {files.length === 0 ? (
        <EmptyState>{t("none")}</EmptyState>
      ) : (
        <ul className="list-disc space-y-1 pl-5">
          {files.map((f) => (
            <li key={f.id}>
              <Link href={`/workspace/cases/${slug}/evidence/${f.id}`} className="text-blue-800 underline">
                {localized(locale, f.title, f.titleKo)}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
