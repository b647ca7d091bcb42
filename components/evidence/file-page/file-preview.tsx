import { getTranslations } from "next-intl/server";
import type { EvidenceFilePageData } from "@/lib/evidence/get-evidence-file";
import { previewKind, TEXT_PREVIEW_BYTES } from "@/lib/evidence/preview-kind";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { PdfPreview } from "./pdf-preview";
import { TextPreview } from "./text-preview";
import { evidenceBytesUrl } from "@/lib/evidence/paths";

/**
 * The file itself, only as a browser shows it passively: images from the GET route in its inline
 * mode (which answers with nosniff and a sandboxing CSP), PDFs drawn onto a canvas by pdf.js from
 * the same inline bytes (pdf-preview.tsx), text from them shown as text (text-preview.tsx; React
 * escapes it), anything else not at all. Each showing is a custody event, recorded by the route.
 */
export async function FilePreview({ file, slug, locale }: { file: EvidenceFilePageData; slug: string; locale: Locale }) {
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
    body = <TextPreview url={inlineUrl} size={Number(file.size)} maxBytes={TEXT_PREVIEW_BYTES} />;
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
