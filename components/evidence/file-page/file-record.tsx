import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { EvidenceFilePageData } from "@/lib/evidence/get-evidence-file";
import { formatFileSize } from "@/lib/format/file-size";
import { formatDate, formatDateTime } from "@/lib/format/date";
import { formatExact } from "@/lib/format/number";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { CopyDigest } from "./copy-digest";
import { SensitivityForm } from "./sensitivity-form";
import { evidenceFilePath } from "@/lib/evidence/paths";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="contents">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="min-w-0 break-words pb-1.5 text-sm text-slate-900 sm:pb-0">{children}</dd>
    </div>
  );
}

/** Everything recorded about the file: what it is, who gave it, its bytes' identity, and its place in the version chain. */
export async function FileRecord({ file, locale, slug, canEdit }: { file: EvidenceFilePageData; locale: Locale; slug: string; canEdit: boolean }) {
  const [t, tEnum] = await Promise.all([getTranslations("evidence.file"), getTranslations("enum")]);
  const none = <span className="text-slate-500">{t("notGiven")}</span>;
  const versionLink = (other: { id: string; title: string; titleKo: string | null }) => (
    <Link href={evidenceFilePath(slug, other.id)} className="text-blue-800 underline">
      {localized(locale, other.title, other.titleKo)}
    </Link>
  );
  const size = Number(file.size);
  return (
    <section aria-labelledby="evidence-record" className="space-y-3">
      <h2 id="evidence-record" className="text-lg font-semibold">
        {t("record")}
      </h2>
      {file.supersededBy && !file.supersededBy.deletedAt ? (
        <p className="rounded-md border border-blue-300 bg-blue-50 px-3 py-2 text-sm text-blue-950" data-testid="superseded-note">
          {t("supersededNote")} {versionLink(file.supersededBy)}
        </p>
      ) : null}
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[minmax(9rem,max-content)_1fr] sm:gap-y-2">
        <Row label={t("title")}>{file.title}</Row>
        <Row label={t("titleKo")}>{file.titleKo ?? none}</Row>
        <Row label={t("description")}>{file.description || file.descriptionKo ? <span className="whitespace-pre-line">{localized(locale, file.description ?? "", file.descriptionKo)}</span> : none}</Row>
        <Row label={t("kind")}>{tEnum(`evidenceKind.${file.kind}`)}</Row>
        <Row label={t("receivedOn")}>{file.receivedOn ? formatDate(file.receivedOn, "day", locale) : none}</Row>
        <Row label={t("providedBy")}>{file.providedBy ?? none}</Row>
        <Row label={t("sensitivity")}>
          {canEdit && !file.deletedAt ? <SensitivityForm key={file.version} fileId={file.id} version={file.version} sensitivity={file.sensitivity} /> : tEnum(`sensitivity.${file.sensitivity}`)}
        </Row>
        <Row label={t("originalName")}>
          <span className="break-all">{file.originalName}</span>
        </Row>
        <Row label={t("mediaType")}>
          <code className="font-mono text-xs">{file.mediaType}</code>
        </Row>
        {/* Below 1 KiB the size in words is already the exact count. */}
        <Row label={t("size")}>{size < 1024 ? formatFileSize(size, locale) : t("sizeBytes", { size: formatFileSize(size, locale), bytes: formatExact(size, locale) })}</Row>
        <Row label={t("sha256")}>
          <CopyDigest sha256={file.sha256} />
        </Row>
        <Row label={t("uploaded")}>{t("uploadedBy", { name: file.uploadedBy?.name ?? t("unknownUser"), when: formatDateTime(file.createdAt, locale) })}</Row>
        {file.supersedes ? <Row label={t("supersedes")}>{versionLink(file.supersedes)}</Row> : null}
        {file.supersededBy ? <Row label={t("supersededBy")}>{versionLink(file.supersededBy)}</Row> : null}
      </dl>
    </section>
  );
}
