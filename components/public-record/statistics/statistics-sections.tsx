import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { formatExact, formatFigure } from "@/lib/format/number";
import type { Locale } from "@/lib/i18n/locales";
import type { PublicStatisticsJson } from "@/lib/public-record/statistics-json";
import { TOP_CATEGORIES } from "@/lib/public-record/statistics";
import { StatChart } from "./stat-chart";
import { statisticRows } from "./statistics-rows";

// Each section is its own Suspense boundary: React then hydrates the page a section at a time,
// yielding to the browser in between, instead of in one long task (Lighthouse's blocking time).
function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-4">
      <h2 id={id} className="text-2xl font-semibold">
        {title}
      </h2>
      <Suspense>{children}</Suspense>
    </section>
  );
}

/** Every statistic of the page, one chart (with its table and CSV) and one sentence each. */
export async function StatisticsSections({ stats, locale }: { stats: PublicStatisticsJson; locale: Locale }) {
  const [t, stage, sector] = await Promise.all([getTranslations("statistics"), getTranslations("publicStage"), getTranslations("orgSector")]);
  const rows = statisticRows(stats, { t, stage, sector, locale });
  const count = (n: number) => formatExact(n, locale);
  const col = (key: string) => t(`col.${key}`);
  const cases = { key: "cases", label: col("cases"), numeric: true };
  const median = stats.findingsToDecision;
  return (
    <div className="space-y-10">
      <Section id="cases" title={t("casesHeading")}>
        <div className="grid gap-6 lg:grid-cols-2">
          <StatChart title={t("byStage")} note={t("byStageNote")} csvName="cases-by-stage.csv" rows={rows.byStage} light columns={[{ key: "stage", label: col("stage") }, cases]} bars={[{ key: "cases", name: col("cases") }]} />
          <StatChart title={t("byYear")} note={t("byYearNote")} csvName="cases-by-year.csv" rows={rows.byYear} light columns={[{ key: "year", label: col("year") }, cases]} bars={[{ key: "cases", name: col("cases") }]} />
        </div>
      </Section>
      <Section id="people" title={t("peopleHeading")}>
        <div className="grid gap-6 lg:grid-cols-2">
          <StatChart title={t("peopleByYear")} note={t("peopleNote", { count: count(stats.casesWithoutPeople) })} csvName="people-affected-by-year.csv" rows={rows.people} columns={[{ key: "year", label: col("year") }, { key: "people", label: col("people"), numeric: true }, { ...cases, label: col("casesCounted") }]} bars={[{ key: "people", name: col("people") }]} />
          <StatChart title={t("recordsByYear")} note={t("recordsNote", { count: count(stats.casesWithoutRecords) })} csvName="records-shared-by-year.csv" rows={rows.records} columns={[{ key: "year", label: col("year") }, { key: "records", label: col("records"), numeric: true }, { ...cases, label: col("casesCounted") }]} bars={[{ key: "records", name: col("records") }]} />
        </div>
      </Section>
      <Section id="fines" title={t("finesHeading")}>
        <StatChart title={t("finesByYear")} note={t("finesByYearNote")} csvName="fines-by-year.csv" {...rows.finesByYear} bars={[{ key: "fines", name: col("fines") }]} />
        <div className="grid gap-6 lg:grid-cols-2">
          <StatChart title={t("finesBySector")} note={t("finesBySectorNote")} csvName="fines-by-sector.csv" {...rows.finesBySector} horizontal bars={[{ key: "fines", name: col("fines") }]} />
          <StatChart title={t("finesByArticle")} note={t("finesByArticleNote")} csvName="fines-by-article.csv" {...rows.finesByArticle} horizontal bars={[{ key: "fines", name: col("fines") }]} />
        </div>
      </Section>
      <Section id="categories" title={t("categoriesHeading")}>
        <StatChart title={t("categories")} note={t("categoriesNote", { top: TOP_CATEGORIES })} csvName="data-categories.csv" rows={rows.categories} horizontal columns={[{ key: "name_en", label: col("nameEn") }, { key: "name_ko", label: col("nameKo") }, cases]} bars={[{ key: "cases", name: col("cases") }]} />
      </Section>
      <Section id="recipients" title={t("recipientsHeading")}>
        <StatChart title={t("recipients")} note={t("recipientsNote")} csvName="recipients-by-country.csv" rows={rows.recipients} horizontal columns={[{ key: "from", label: col("from") }, { key: "to", label: col("to") }, { key: "cross_border", label: col("crossBorder") }, cases, { key: "recipients", label: col("recipients"), numeric: true }]} bars={[{ key: "cases", name: col("cases") }, { key: "recipients", name: col("recipients") }]} />
      </Section>
      <Section id="time" title={t("timeHeading")}>
        <p className="text-lg" data-testid="median-summary">
          {median.medianDays === null ? t("medianNone") : t("medianSummary", { days: formatFigure(median.medianDays, locale), n: count(median.n) })}
        </p>
        {median.n > 0 ? (
          <StatChart title={t("median")} note={t("medianNote")} csvName="median-days-findings-to-decision.csv" rows={rows.median} columns={[{ key: "decision_year", label: col("decisionYear") }, { key: "median_days", label: col("medianDays"), numeric: true }, cases]} bars={[{ key: "median_days", name: col("medianDays") }]} />
        ) : null}
      </Section>
    </div>
  );
}
