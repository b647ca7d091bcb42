"use client";

import { useTranslations } from "next-intl";
import type { ImportOutcome } from "@/lib/case-import/import-case-file";
import { formatExact } from "@/lib/format/number";
import { Link } from "@/lib/i18n/navigation";
import { useAppLocale } from "@/lib/i18n/use-app-locale";

/** The route's outcome, or a failure that never reached it. */
export type ImportAnswer = ImportOutcome | { ok: false; reason: "unavailable" | "unexpected" };

/** The new case's link and what it took over, or the file's problems by JSON path. */
export function CaseFileImportResult({ answer }: { answer: ImportAnswer }) {
  const t = useTranslations("caseImport");
  const locale = useAppLocale();
  const n = (value: number) => formatExact(value, locale);
  /** "3 sources, 1 finding": the kinds that have any, each in its own plural. */
  const listOf = (counts: Record<string, number>) =>
    Object.entries(counts)
      .filter(([, count]) => count > 0)
      .map(([kind, count]) => t(`kinds.${kind}`, { count }))
      .join(", ");

  if (answer.ok) {
    const { counts, organizations, leftOut, evidenceLeftOut } = answer;
    return (
      <div className="space-y-2 rounded-md border border-emerald-300 bg-emerald-50 p-4 text-sm text-emerald-950" data-testid="case-import-done">
        <p className="font-semibold">{t("doneTitle")}</p>
        <p className="break-words">{t("done", { slug: answer.slug })}</p>
        {listOf(counts) ? <p>{t("counts", { list: listOf(counts) })}</p> : null}
        <p>{t("organizations", { matched: n(organizations.matched), created: n(organizations.created) })}</p>
        {listOf({ ...leftOut }) ? <p className="text-emerald-900">{t("leftOut", { list: listOf({ ...leftOut }) })}</p> : null}
        {listOf({ ...evidenceLeftOut }) ? <p className="text-emerald-900">{t("evidenceLeftOut", { list: listOf({ ...evidenceLeftOut }) })}</p> : null}
        <p>
          <Link href={`/workspace/cases/${answer.slug}`} className="font-medium text-blue-800 underline">
            {t("openCase")}
          </Link>
        </p>
      </div>
    );
  }
  if (answer.reason === "invalid") {
    const total = answer.problems.length + answer.more;
    return (
      <div className="space-y-2 rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-950" role="alert" data-testid="case-import-problems">
        <p className="font-semibold">{t("problemsTitle", { count: total })}</p>
        <ul className="max-h-96 space-y-1 overflow-auto">
          {answer.problems.map((problem, i) => (
            <li key={i} className="min-w-0 break-words">
              <code className="rounded bg-white px-1 font-mono text-xs text-red-900" title={t("path")}>
                {problem.path || t("wholeFile")}
              </code>{" "}
              {t(`problems.${problem.code}`, problem.params)}
            </li>
          ))}
        </ul>
        {answer.more > 0 ? <p>{t("more", { count: n(answer.more) })}</p> : null}
      </div>
    );
  }
  // The address's problems show at its field; the rest are said here.
  if (answer.reason === "slugTaken" || answer.reason === "slugInvalid") return null;
  return (
    <p className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-950" role="alert">
      {t(answer.reason)}
    </p>
  );
}
