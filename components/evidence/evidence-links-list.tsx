// A record's evidence: the files linked to it (each to its own page, with where in the file, and
// marked when deleted or replaced by a newer version) and its free-text references. On an item's
// page the full list; in a section's list a short, expandable line, so a long list stays a list.
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { LocalizedText } from "@/components/cases/localized-text";
import type { RecordEvidence } from "@/lib/evidence/links-for";
import { Link } from "@/lib/i18n/navigation";
import { UnlinkEvidenceButton } from "./unlink-evidence-button";
import { evidenceFilePath } from "@/lib/evidence/paths";

interface Props {
  evidence: RecordEvidence | undefined;
  slug: string;
  /** Shows an Unlink button beside each file (evidence.edit on the case). */
  canUnlink?: boolean;
  /** In a list: one line that opens to the list, and nothing at all when there is no evidence. */
  compact?: boolean;
  /** Below the list on an item's page: the attach form. */
  children?: ReactNode;
}

export function EvidenceLinksList({ evidence, slug, canUnlink = false, compact = false, children }: Props) {
  const t = useTranslations("evidenceLinks");
  const files = evidence?.files ?? [];
  const labels = evidence?.labels ?? [];
  const count = files.length + labels.length;
  const fileHref = (fileId: string) => evidenceFilePath(slug, fileId);
  const list =
    count === 0 ? null : (
      <ul className="space-y-1 text-sm" aria-label={t("heading")}>
        {files.map((f) => (
          <li key={f.linkId} className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <Link href={fileHref(f.fileId)} className={f.deleted ? "text-slate-500 line-through hover:underline" : "text-blue-800 hover:underline"}>
              <LocalizedText en={f.title} ko={f.titleKo} />
            </Link>
            {f.locator ? <span className="text-slate-700">· {f.locator}</span> : null}
            {f.deleted ? <span className="rounded bg-red-50 px-1.5 text-xs text-red-800">{t("deleted")}</span> : null}
            {f.supersededById ? (
              <span className="rounded bg-amber-50 px-1.5 text-xs text-amber-900">
                {t("superseded")}{" "}
                <Link href={fileHref(f.supersededById)} className="underline">
                  {t("newerVersion")}
                </Link>
              </span>
            ) : null}
            {canUnlink ? <UnlinkEvidenceButton linkId={f.linkId} name={f.title} /> : null}
          </li>
        ))}
        {labels.map((l) => (
          <li key={l.linkId} className="text-slate-800">
            <span className="text-slate-600">{t("reference")}:</span> {l.label}
            {l.locator ? <span className="text-slate-700"> · {l.locator}</span> : null}
          </li>
        ))}
      </ul>
    );

  if (compact) {
    if (!list) return null;
    return (
      <details className="mt-2 text-xs text-slate-700">
        <summary className="cursor-pointer">{t("summary", { count })}</summary>
        <div className="mt-1">{list}</div>
      </details>
    );
  }
  return (
    <section aria-labelledby="evidence-links-heading" className="rounded-lg border border-slate-200 p-4">
      <h3 id="evidence-links-heading" className="mb-2 font-semibold">
        {t("heading")}
      </h3>
      {list ?? <p className="text-sm text-slate-600">{t("none")}</p>}
      {children}
    </section>
  );
}
