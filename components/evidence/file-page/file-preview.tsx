import { getTranslations } from "next-intl/server";
import type { Viewer } from "@/lib/auth/permissions";
import { evidenceStore } from "@/lib/evidence/evidence-store";
import type { EvidenceFilePageData } from "@/lib/evidence/get-evidence-file";
import { recordEvidenceAccess } from "@/lib/evidence/mutations";
import { previewKind, TEXT_PREVIEW_BYTES } from "@/lib/evidence/preview-kind";
import { readTextPreview } from "@/lib/evidence/read-text-preview";
import { formatFileSize } from "@/lib/format/file-size";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { PdfPreview } from "./pdf-preview";
import { evidenceBytesUrl } from "@/lib/evidence/paths";

/**
 * The file itself, only as a browser shows it passively: images from the GET route in its inline
 * mode (which answers with nosniff and a sandboxing CSP), PDFs drawn onto a canvas by pdf.js from
 * the same inline bytes (pdf-preview.tsx), text read here and shown as text (React escapes it),
 * anything else not at all. Each showing is a custody event: the route records the image's and
 * PDF's, this component the text's.
 */
export async function FilePreview({ file, viewer, slug, locale }: { file: EvidenceFilePageData; viewer: Viewer; slug: string; locale: Locale }) {
  const t = await getTranslations("evidence.file");
  const url = evidenceBytesUrl(slug, file.id);
  const inlineUrl = evidenceBytesUrl(slug, file.id, true);
  const kind = previewKind(file.mediaType);
  let body;
  if (kind === "image") {
    // eslint-disable-next-line @next/next/no-img-element -- the bytes come from the evidence route, not from next/image's optimiser (which would copy them)
    body = <img src={inlineUrl} alt={t("previewImage", { name: file.title })} className="max-h-[32rem] max-w-full rounded border border-slate-200 bg-white object-contain" data-testid="evidence-preview-image" />;
  } else if (kind === "pdf") {
    body = <PdfPreview url={inlineUrl} downloadUrl={url} title={localized(locale, file.title, file.titleKo)} />;
  } else if (kind === "text") {
    const preview = await readTextPreview(evidenceStore(), file);
    if (preview) await recordEvidenceAccess(viewer, { fileId: file.id, incidentId: file.incidentId, how: "viewed" });
    body = preview ? (
      <div className="space-y-1">
        <pre className="max-h-[32rem] overflow-auto whitespace-pre-wrap break-words rounded border border-slate-200 bg-slate-50 p-3 font-mono text-xs text-slate-900" data-testid="evidence-preview-text">
          {preview.text}
        </pre>
        {preview.truncated ? <p className="text-xs text-slate-600">{t("previewTruncated", { size: formatFileSize(TEXT_PREVIEW_BYTES, locale) })}</p> : null}
      </div>
    ) : (
      <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
        {t("previewMissing")}
      </p>
    );
  } else {
    body = <p className="text-sm text-slate-700">{t("previewNone")}</p>;
  }
  return (
    <section aria-labelledby="evidence-preview" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="evidence-preview" className="text-lg font-semibold">
          {t("preview")}
        </h2>
        <a href={url} download className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700" data-testid="evidence-download">
          {t("download")}
        </a>
      </div>
      {body}
    </section>
  );
}
