import { getTranslations } from "next-intl/server";
import { DeletedItems } from "@/components/forms/deleted-items";
import { dayValue, textValue } from "@/components/forms/form-values";
import { Disclosure } from "@/components/ui/disclosure";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/permissions";
import type { SectionViewProps } from "@/lib/cases/sections";
import { restoreEvidenceAction } from "@/lib/evidence/actions";
import { evidenceMaxBytes } from "@/lib/evidence/evidence-store";
import { listEvidence, type EvidenceListRow } from "@/lib/evidence/list-evidence";
import { formatDate, formatDateTime } from "@/lib/format/date";
import { formatFileSize } from "@/lib/format/file-size";
import { localized } from "@/lib/i18n/localized";
import type { Locale, MessageNamespace } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { EvidenceForm } from "./evidence-form";
import { EvidenceSearchBox } from "./evidence-search-box";
import { UploadPanel } from "./upload-panel";
import { evidenceFilePath } from "@/lib/evidence/paths";

/** The message namespaces this section's client components read; the section page and the report hand them on. */
export const clientMessages: readonly MessageNamespace[] = ["dayField", "enum", "errors", "evidence", "evidenceLinks", "evidenceSearch", "forms", "validation"];

export { EvidenceFilePage as SectionItem } from "./evidence-file-page";
export { EvidenceReport as SectionReport } from "./evidence-report";

/** The first 12 hex digits identify a file at a glance; the whole digest is in the title and for copying. */
const SHORT_HASH = 12;

async function EvidenceRow({ file, locale, slug, canEdit }: { file: EvidenceListRow; locale: Locale; slug: string; canEdit: boolean }) {
  const [t, tEnum] = await Promise.all([getTranslations("evidence"), getTranslations("enum")]);
  const about = [
    t(`kinds.${file.kind}`),
    file.receivedOn ? t("receivedOnLine", { date: formatDate(file.receivedOn, "day", locale) }) : null,
    file.providedBy ? t("providedByLine", { who: file.providedBy }) : null,
  ].filter(Boolean);
  return (
    <li id={`evidence-${file.id}`} className="rounded-lg border border-slate-200 p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="min-w-0 font-semibold break-words">
          <Link href={evidenceFilePath(slug, file.id)} className="text-blue-800 hover:underline">
            {localized(locale, file.title, file.titleKo)}
          </Link>
        </h2>
        <span className="rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-800">{t("sensitivityLabel", { level: tEnum(`sensitivity.${file.sensitivity}`) })}</span>
      </div>
      <p className="text-sm text-slate-700">{about.join(" · ")}</p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs text-slate-700 sm:grid-cols-[auto_1fr_auto_1fr]">
        <dt className="text-slate-500">{t("size")}</dt>
        <dd>{formatFileSize(file.size, locale)}</dd>
        <dt className="text-slate-500">{t("mediaType")}</dt>
        <dd className="break-all">{file.mediaType}</dd>
        <dt className="text-slate-500">{t("sha256")}</dt>
        <dd>
          <code title={file.sha256} data-sha256={file.sha256} className="font-mono">
            {file.sha256.slice(0, SHORT_HASH)}
          </code>
        </dd>
        <dt className="text-slate-500">{t("uploaded")}</dt>
        <dd>{t("uploadedLine", { who: file.uploadedBy?.name ?? t("formerUser"), date: formatDateTime(file.createdAt, locale) })}</dd>
      </dl>
      {canEdit ? (
        <Disclosure look="inline" summary={t("editRecord")}>
          <EvidenceForm
            key={file.version}
            fileId={file.id}
            version={file.version}
            values={{
              title: file.title,
              titleKo: textValue(file.titleKo),
              description: textValue(file.description),
              descriptionKo: textValue(file.descriptionKo),
              kind: file.kind,
              receivedOn: dayValue(file.receivedOn),
              providedBy: textValue(file.providedBy),
            }}
          />
        </Disclosure>
      ) : null}
    </li>
  );
}

export async function SectionList({ viewer, incident, access, locale, slug, canEdit }: SectionViewProps) {
  const [t, files] = await Promise.all([getTranslations("evidence"), listEvidence(incident.id, { includeDeleted: can(viewer, "evidence.restore", access) })]);
  const canUpload = can(viewer, "evidence.upload", access);
  return (
    <div className="space-y-6">
      <p className="max-w-prose text-slate-700">{t("intro")}</p>
      {canUpload ? <UploadPanel slug={slug} maxMegabytes={Math.floor(evidenceMaxBytes() / 1024 / 1024)} /> : null}
      {files.live.length > 0 && can(viewer, "evidence.download", access) ? <EvidenceSearchBox slug={slug} /> : null}
      {files.live.length === 0 ? <EmptyState>{canUpload ? `${t("none")} ${t("noneHint")}` : t("none")}</EmptyState> : null}
      <ul className="space-y-3" aria-label={t("listLabel")}>
        {files.live.map((file) => (
          <EvidenceRow key={file.id} file={file} locale={locale} slug={slug} canEdit={canEdit} />
        ))}
      </ul>
      <DeletedItems items={files.deleted.map((f) => ({ id: f.id, name: localized(locale, f.title, f.titleKo), restore: restoreEvidenceAction.bind(null, { fileId: f.id }) }))} />
    </div>
  );
}
