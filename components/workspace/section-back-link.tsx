import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { sectionByKey, sectionPath, type SectionKey } from "@/lib/cases/sections";

/** From an item's own page back to its section: "← Findings". */
export async function SectionBackLink({ slug, section }: { slug: string; section: SectionKey }) {
  const t = await getTranslations("tabs");
  const target = sectionByKey(section);
  return (
    <Link href={sectionPath(slug, target)} className="text-sm text-blue-800 underline">
      ← {t(target.labelKey)}
    </Link>
  );
}
