import { getTranslations } from "next-intl/server";
import type { EvidenceFilePageData, listLinkTargets } from "@/lib/evidence/get-evidence-file";
import type { EvidenceTarget } from "@/lib/evidence/schema";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { AddLinkForm, type LinkChoices } from "./add-link-form";
import { UnlinkEvidenceButton } from "../unlink-evidence-button";

/** Where a linked record lives: its own page, or (statements have none) its place in the list. */
function targetHref(slug: string, target: EvidenceTarget, id: string): string {
  const base = `/workspace/cases/${slug}`;
  switch (target) {
    case "finding":
      return `${base}/findings/${id}`;
    case "timeline_event":
      return `${base}/timeline/${id}`;
    case "source":
      return `${base}/sources/${id}`;
    case "statement":
      return `${base}/statements#statement-${id}`;
  }
}

const clip = (text: string) => (text.length > 120 ? `${text.slice(0, 119)}…` : text);

/** The records this file supports, each with where in the file; and, for editors, unlink and add. */
export async function FileLinks({ file, slug, locale, canEdit, targets }: { file: EvidenceFilePageData; slug: string; locale: Locale; canEdit: boolean; targets: Awaited<ReturnType<typeof listLinkTargets>> | null }) {
  const [t, tTarget] = await Promise.all([getTranslations("evidence.file"), getTranslations("enum.evidenceTarget")]);
  const choices = targets
    ? (Object.fromEntries(Object.entries(targets).map(([kind, rows]) => [kind, rows.map((r) => ({ id: r.id, label: clip(localized(locale, r.title, r.titleKo)) }))])) as LinkChoices)
    : null;
  return (
    <section aria-labelledby="evidence-links" className="space-y-3">
      <h2 id="evidence-links" className="text-lg font-semibold">
        {t("links")}
      </h2>
      {file.links.length === 0 ? (
        <p className="text-sm text-slate-600">{t("linksNone")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200" data-testid="evidence-links">
          {file.links.map((link) => {
            const name = clip(localized(locale, link.title, link.titleKo));
            return (
              <li key={link.id} className="flex flex-wrap items-baseline justify-between gap-2 px-3 py-2 text-sm">
                <span className="min-w-0">
                  <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{tTarget(link.target)}</span>
                  <Link href={targetHref(slug, link.target, link.targetId)} className="text-blue-800 underline">
                    {name}
                  </Link>
                  {link.locator ? <span className="ml-2 text-slate-700">{t("linkLocator", { locator: link.locator })}</span> : null}
                </span>
                {canEdit ? <UnlinkEvidenceButton linkId={link.id} name={name} /> : null}
              </li>
            );
          })}
        </ul>
      )}
      {canEdit && choices ? (
        <div className="rounded-lg border border-slate-200 bg-slate-50 p-3">
          <h3 className="mb-2 text-sm font-semibold">{t("addLink")}</h3>
          <AddLinkForm fileId={file.id} choices={choices} />
        </div>
      ) : null}
    </section>
  );
}
