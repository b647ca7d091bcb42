import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { SectionBackLink } from "@/components/workspace/section-back-link";
import { can } from "@/lib/auth/permissions";
import type { SectionViewProps } from "@/lib/cases/sections";
import { getEvidenceFile, listLinkTargets } from "@/lib/evidence/get-evidence-file";
import { describeCustodyLog } from "@/lib/evidence/list-custody-log";
import { localized } from "@/lib/i18n/localized";
import { CustodyLog } from "./file-page/custody-log";
import { FileHandling } from "./file-page/file-handling";
import { FileLinks } from "./file-page/file-links";
import { FilePreview } from "./file-page/file-preview";
import { FileRecord } from "./file-page/file-record";
import { VerifyPanel } from "./file-page/verify-panel";

/**
 * An evidence file's own page (`…/evidence/<fileId>`): its record, a passive preview, what it is
 * linked to, its verifications and its chain of custody. The section guard has checked
 * `evidence.view`; a deleted file is shown (with a banner) only to those who may restore it, and
 * anyone else gets a 404, as for a file of another case.
 */
export async function EvidenceFilePage({ viewer, incident, access, locale, slug, canEdit, itemId }: SectionViewProps & { itemId: string }) {
  const canRestore = can(viewer, "evidence.restore", access);
  const file = await getEvidenceFile({ incidentId: incident.id, fileId: itemId, includeDeleted: canRestore });
  if (!file) notFound();
  const deleted = file.deletedAt !== null;
  const editable = canEdit && !deleted;
  const [t, custody, targets] = await Promise.all([getTranslations("evidence.file"), describeCustodyLog(file.id, locale), editable ? listLinkTargets(incident.id) : Promise.resolve(null)]);
  const title = localized(locale, file.title, file.titleKo);
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <SectionBackLink slug={slug} section="evidence" />
        <h2 className="break-words text-xl font-semibold">{title}</h2>
        {deleted ? (
          <p role="status" className="rounded-md border-2 border-amber-500 bg-amber-50 px-3 py-2 text-sm font-medium text-amber-950" data-testid="deleted-banner">
            {t("deletedBanner")}
          </p>
        ) : null}
      </div>
      <FileRecord file={file} locale={locale} slug={slug} canEdit={editable} />
      {deleted ? null : can(viewer, "evidence.download", access) ? <FilePreview file={file} slug={slug} locale={locale} /> : <p className="text-sm text-slate-600">{t("noDownload")}</p>}
      <FileLinks file={file} slug={slug} locale={locale} canEdit={editable} targets={targets} />
      <VerifyPanel file={file} locale={locale} canVerify={can(viewer, "evidence.verify", access)} />
      <FileHandling
        slug={slug}
        fileId={file.id}
        name={title}
        deleted={deleted}
        canDelete={can(viewer, "evidence.delete", access)}
        canRestore={canRestore}
        canSupersede={can(viewer, "evidence.upload", access) && !file.supersededBy}
        inherit={{ title: file.title, titleKo: file.titleKo, kind: file.kind, sensitivity: file.sensitivity, providedBy: file.providedBy }}
      />
      <CustodyLog entries={custody} />
    </div>
  );
}
