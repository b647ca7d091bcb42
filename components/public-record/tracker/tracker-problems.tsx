// What the tracker says when a filter's value cannot be read: each problem in the reader's
// language, and the way out. The page shows no table then (a table that ignored a filter the
// reader asked for would look like an answer).
import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/lib/i18n/navigation";
import type { TrackerProblem } from "@/lib/public-record/tracker-filters";

export function TrackerProblems({ problems }: { problems: TrackerProblem[] }) {
  const t = useTranslations("tracker");
  return (
    <div role="alert" data-testid="tracker-problems">
      <EmptyState
        title={t("problemTitle")}
        action={
          <Link href="/sanctions" className="text-blue-800 underline">
            {t("clear")}
          </Link>
        }
      >
        <ul className="list-inside list-disc text-left">
          {problems.map((p) => (
            <li key={p}>{t(`problems.${p}`)}</li>
          ))}
        </ul>
        <p className="mt-2">{t("problemBody")}</p>
      </EmptyState>
    </div>
  );
}
