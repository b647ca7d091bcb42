import { getMessages, getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format/date";
import type { AbstractIntlMessages } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { locales, type Locale } from "@/lib/i18n/locales";
import { diffSnapshots } from "@/lib/publishing/diff-snapshots";
import { corrections, type PublicSnapshot } from "@/lib/publishing/snapshot";
import { PublicationDiff } from "./publication-diff";
import { PublicCasePreview } from "./public-case-preview";

/** The namespaces the public page's components read: all the preview's provider carries. */
const PREVIEW_NAMESPACES = ["case", "consent", "enum", "languageMark", "legalArticles", "protection", "provenance", "publicStage", "reversibility", "publicSources"] as const;

async function previewMessages(locale: Locale): Promise<AbstractIntlMessages> {
  const all = await getMessages({ locale });
  const workflow = all.workflow as Record<string, unknown>;
  return { ...Object.fromEntries(PREVIEW_NAMESPACES.map((n) => [n, all[n]])), workflow: { sanctionTypes: workflow.sanctionTypes, appealOutcomes: workflow.appealOutcomes } } as AbstractIntlMessages;
}

/**
 * What the approver judges: the proposed version against the live one, and the public page as
 * it would appear, in English or Korean (`?preview=en|ko`, server-rendered, one at a time).
 */
export async function PublicationReview(props: {
  slug: string;
  locale: Locale;
  previewLocale: Locale;
  proposed: { number: number; correctionNote: string | null; snapshot: PublicSnapshot };
  live: { number: number; snapshot: PublicSnapshot } | null;
}) {
  const { proposed, live, previewLocale } = props;
  const [t, messages] = await Promise.all([getTranslations("publishing.review"), previewMessages(previewLocale)]);
  const diff = diffSnapshots(live?.snapshot ?? null, proposed.snapshot);
  const changed = corrections(live?.snapshot ?? null, proposed.snapshot);
  return (
    <div className="space-y-6">
      <PublicationDiff diff={diff} liveNumber={live?.number ?? null} locale={props.locale} />
      <section aria-labelledby="pub-preview" className="space-y-2" id="preview" data-testid="publication-preview">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 id="pub-preview" className="text-base font-semibold">
            {t("previewTitle")}
          </h3>
          <nav aria-label={t("previewLanguage")} className="flex gap-1 text-sm">
            {locales.map((l) => (
              <Link
                key={l}
                href={`/workspace/cases/${props.slug}/publish?preview=${l}#preview`}
                aria-current={l === previewLocale ? "page" : undefined}
                className={`rounded-md border px-2.5 py-1 ${l === previewLocale ? "border-slate-900 bg-slate-900 text-white" : "border-slate-400 bg-white text-slate-900 hover:bg-slate-100"}`}
              >
                {t(`previewIn.${l}`)}
              </Link>
            ))}
          </nav>
        </div>
        <div className="overflow-hidden rounded-lg border-2 border-dashed border-slate-500 bg-slate-50">
          <p className="border-b border-dashed border-slate-500 bg-amber-100 px-3 py-1.5 text-sm font-semibold text-amber-950" data-testid="preview-banner">
            {t("previewBanner", { number: proposed.number })}
          </p>
          <div className="p-4">
            <PublicCasePreview locale={previewLocale} messages={messages} snapshot={proposed.snapshot} correctedBy={live ? { number: proposed.number, correctionNote: proposed.correctionNote, corrections: changed } : null} />
          </div>
        </div>
      </section>
    </div>
  );
}

/** The sentences the approve and reject dialogs say: what goes public, when, and what it replaces. */
export async function publicationConsequences(options: {
  pending: { number: number; publishAt: Date | null; snapshot: PublicSnapshot };
  live: { number: number; snapshot: PublicSnapshot } | null;
  locale: Locale;
}) {
  const t = await getTranslations("publishing.review");
  const { pending, live } = options;
  const diff = diffSnapshots(live?.snapshot ?? null, pending.snapshot);
  const embargo = pending.publishAt && pending.publishAt > new Date() ? pending.publishAt : null;
  const approve = [
    embargo ? t("approveEmbargoed", { number: pending.number, date: formatDateTime(embargo, options.locale) }) : t("approvePublishes", { number: pending.number }),
    live ? t("approveReplaces", { live: live.number }) : null,
    diff.provenance.length > 0 ? t("approveProvenance", { count: diff.provenance.length }) : null,
  ];
  const reject = live ? t("rejectKeepsLive", { number: pending.number, live: live.number }) : t("rejectNothingPublic", { number: pending.number });
  return { approve: approve.filter(Boolean).join("\n"), reject };
}
