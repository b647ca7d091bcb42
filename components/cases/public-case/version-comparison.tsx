// Two published versions of a case side by side, field by field (lib/publishing/diff-snapshots.ts,
// drawn by the approver's diff with the public page's own words), with each corrected headline
// figure's previous value and the correction notes of the versions in between.
import { getTranslations } from "next-intl/server";
import { PublicationDiff } from "@/components/publishing/publication-diff";
import { formatInstantDay } from "@/lib/format/date";
import { formatCount } from "@/lib/format/number";
import type { Locale } from "@/lib/i18n/locales";
import { diffSnapshots } from "@/lib/publishing/diff-snapshots";
import type { PublishedCase, PublishedVersion } from "@/lib/publishing/get-published-case";
import { corrections } from "@/lib/publishing/snapshot";

export async function VersionComparison(props: { locale: Locale; from: PublishedVersion; to: PublishedVersion; history: PublishedCase["history"] }) {
  const { locale, from, to } = props;
  const t = await getTranslations({ locale, namespace: "versionsPage" });
  const tc = await getTranslations({ locale, namespace: "case" });
  const diff = diffSnapshots(from.raw, to.raw);
  const changed = corrections(from.raw, to.raw);
  const [low, high] = from.version < to.version ? [from.version, to.version] : [to.version, from.version];
  // The notes that explain the change: those of every version after the older one, up to the newer.
  const notes = props.history.filter((v) => v.number > low && v.number <= high && v.correctionNote);
  return (
    <div className="space-y-6" data-testid="version-comparison">
      <div>
        <h2 className="text-xl font-semibold">{t("compareHeading", { from: from.version, to: to.version })}</h2>
        <p className="mt-1 text-sm text-slate-700">
          {t("compareIntro", { from: from.version, to: to.version, fromDate: formatInstantDay(from.publishedAt, locale), toDate: formatInstantDay(to.publishedAt, locale) })}
        </p>
      </div>
      {changed.length > 0 ? (
        <section aria-labelledby="corrected" className="space-y-1 text-sm">
          <h3 id="corrected" className="text-base font-semibold">
            {t("correctionsTitle")}
          </h3>
          {changed.map((c) => (
            <p key={c.figure} data-correction={c.figure}>
              {tc("correctedFigure", { figure: tc(c.figure === "people" ? "peopleAffected" : "recordsShared"), previous: formatCount(c.previous, locale), current: formatCount(c.current, locale) })}
            </p>
          ))}
        </section>
      ) : null}
      {notes.length > 0 ? (
        <section aria-labelledby="notes" className="space-y-1 text-sm">
          <h3 id="notes" className="text-base font-semibold">
            {t("notesTitle")}
          </h3>
          <ul className="space-y-1" data-testid="correction-notes">
            {notes.map((v) => (
              <li key={v.number}>{t("noteLine", { number: v.number, note: v.correctionNote ?? "" })}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <PublicationDiff
        diff={diff}
        liveNumber={from.version}
        locale={locale}
        wording={{
          title: t("diffTitle", { from: from.version, to: to.version }),
          before: t("before", { number: from.version }),
          after: t("after", { number: to.version }),
          noChanges: t("noChanges"),
          provenanceHint: t("provenanceHint"),
        }}
      />
    </div>
  );
}
