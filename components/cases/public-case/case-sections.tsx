// The sections of a public case page below the headline figures: each a heading and a list (or
// the data table), shown only when the published version has something in it.
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { formatDate, toIsoDay } from "@/lib/format/date";
import { formatCount, formatExact, formatPercent } from "@/lib/format/number";
import type { PublishedCase } from "@/lib/publishing/get-published-case";
import { LocalizedText } from "../localized-text";
import { useAppLocale } from "@/lib/i18n/use-app-locale";
import { ProvenanceBadge } from "../provenance-badge";
import { CitedArticles } from "@/components/legal-articles/cited-articles";

function PublicSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      <div className="mt-3">{children}</div>
    </section>
  );
}

/** A section that lists items; nothing at all when there are none. */
function ListSection<T extends { id?: string; key?: string }>(props: { id: string; title: string; items: T[]; ordered?: boolean; className: string; anchor?: string; render: (item: T) => ReactNode }) {
  if (props.items.length === 0) return null;
  const List = props.ordered ? "ol" : "ul";
  return (
    <PublicSection id={props.id} title={props.title}>
      <List className={props.className}>
        {props.items.map((item) => (
          <li key={item.id ?? item.key} id={props.anchor && item.id ? `${props.anchor}-${item.id}` : undefined}>
            {props.render(item)}
          </li>
        ))}
      </List>
    </PublicSection>
  );
}

export function FindingsList({ findings }: { findings: PublishedCase["findings"] }) {
  const t = useTranslations("case");
  return (
    <ListSection id="findings" title={t("findings")} items={findings} ordered anchor="finding" className="list-decimal space-y-2 pl-6" render={(f) => (
      <>
        <LocalizedText as="p" className="font-medium" en={f.title} ko={f.titleKo} />
        <LocalizedText as="p" className="text-sm text-slate-700" en={f.body} ko={f.bodyKo} />
        {f.articles?.length ? <CitedArticles className="text-xs text-slate-600" label={t("legalArticles")} articles={f.articles} freeText={[]} /> : null}
      </>
    )} />
  );
}

/** Only web addresses a reader can follow safely: a stored link of another scheme is not shown. */
function followableUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

export function SourcesList({ sources }: { sources: PublishedCase["sources"] }) {
  const t = useTranslations("case");
  const ts = useTranslations("publicSources");
  const tEnum = useTranslations("enum");
  const locale = useAppLocale();
  return (
    <ListSection id="sources" title={t("sources")} items={sources} className="space-y-3 text-sm" render={(s) => {
      const url = followableUrl(s.url);
      // What it is, who published it, when, and in which language: each only when the version carries it.
      const about = [
        s.kind ? tEnum(`sourceKind.${s.kind}`) : null,
        s.publisher,
        s.publishedOn ? formatDate(s.publishedOn, s.publishedPrecision ?? "day", locale) : null,
        s.language ? t("sourceLanguage", { language: tEnum(`documentLanguage.${s.language}`) }) : null,
      ].filter(Boolean);
      // A reader checking the source needs to know what is missing, not to guess from a gap.
      const missing = !s.publisher && !url ? ts("publisherAndLinkMissing") : !s.publisher ? ts("publisherMissing") : !url ? ts("linkMissing") : null;
      return (
        <div data-testid="public-source">
          <LocalizedText as="p" className="font-medium" en={s.title} ko={s.titleKo} />
          {about.length > 0 ? <p className="text-xs text-slate-600">{about.join(" · ")}</p> : null}
          {url ? (
            <p className="break-all text-xs">
              <a href={url} rel="noopener noreferrer" className="text-blue-800 underline">
                {url}
              </a>
            </p>
          ) : null}
          {missing ? <p className="text-xs text-slate-600" data-testid="source-missing">{missing}</p> : null}
          <LocalizedText as="p" className="text-slate-600" en={s.note} ko={s.noteKo} />
        </div>
      );
    }} />
  );
}

export function KeyFigures({ figures }: { figures: PublishedCase["figures"] }) {
  const t = useTranslations("case");
  const locale = useAppLocale();
  return (
    <ListSection id="key-figures" title={t("keyFigures")} items={figures} className="divide-y divide-slate-200 rounded-lg border border-slate-200" render={(f) => (
      <div className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3">
        <LocalizedText className="text-slate-700" en={f.label} ko={f.labelKo} />
        <span className="flex items-center gap-2">
          <span className="font-semibold tabular-nums" title={f.unit === "percent" ? undefined : formatExact(f.value, locale)}>
            {f.approximate ? `${t("approximate")} ` : ""}
            {f.unit === "percent" ? formatPercent(f.value, locale) : formatCount(f.value, locale)}
          </span>
          <ProvenanceBadge provenance={f.provenance} />
        </span>
        <LocalizedText className="w-full text-xs text-slate-600" en={f.note} ko={f.noteKo} />
        {f.source || f.asOf ? (
          <span className="w-full text-xs text-slate-600">
            {f.source ? <CitedSource en={f.source} ko={f.sourceKo} /> : null}
            {f.source && f.asOf ? " · " : null}
            {f.asOf ? t("asOf", { date: formatDate(f.asOf, "day", locale) }) : null}
          </span>
        ) : null}
      </div>
    )} />
  );
}

export function Positions({ statements }: { statements: PublishedCase["statements"] }) {
  const t = useTranslations("case");
  const locale = useAppLocale();
  return (
    <ListSection id="positions" title={t("positions")} items={statements} className="space-y-3" render={(s) => (
      <figure className="rounded-lg border-l-4 border-slate-400 bg-slate-50 px-4 py-3">
        <LocalizedText as="blockquote" className="text-slate-800" en={s.quote} ko={s.quoteKo} />
        <figcaption className="mt-1 text-sm text-slate-600">
          {s.organization ? (
            <>
              — <LocalizedText en={s.organization.name} ko={s.organization.nameKo} />
            </>
          ) : null}
          {s.organization && s.statedOn ? ", " : null}
          {s.statedOn ? formatDate(s.statedOn, s.statedPrecision ?? "day", locale) : null}
          {s.context ? (
            <>
              {" ("}
              <LocalizedText en={s.context} ko={s.contextKo} />)
            </>
          ) : null}
          {s.wording === "paraphrase" ? ` (${t("paraphrased")})` : ""}
          {s.source ? (
            <span className="block text-xs">
              <CitedSource en={s.source} ko={s.sourceKo} />
            </span>
          ) : null}
        </figcaption>
      </figure>
    )} />
  );
}

export function Timeline({ events }: { events: PublishedCase["timeline"] }) {
  const t = useTranslations("case");
  const locale = useAppLocale();
  return (
    <ListSection id="timeline" title={t("timeline")} items={events} ordered anchor="event" className="space-y-4 border-l-2 border-slate-200 pl-4" render={(e) => (
      <>
        <time dateTime={toIsoDay(e.occurredOn)} className="text-sm font-medium text-slate-600">
          {formatDate(e.occurredOn, e.precision, locale)}
        </time>
        <LocalizedText as="p" className="font-medium text-slate-900" en={e.title} ko={e.titleKo} />
        <LocalizedText as="p" className="text-sm text-slate-700" en={e.description} ko={e.descriptionKo} />
        {e.inferenceNote || e.inferenceNoteKo ? (
          <p className="mt-1 text-xs text-slate-600">
            <span className="rounded bg-slate-100 px-1 font-medium">{t("inferred")}</span> <LocalizedText en={e.inferenceNote} ko={e.inferenceNoteKo} />
          </p>
        ) : null}
      </>
    )} />
  );
}

export function DataShared({ categories }: { categories: PublishedCase["dataCategories"] }) {
  const t = useTranslations("case");
  const tc = useTranslations("consent");
  const tp = useTranslations("protection");
  const tr = useTranslations("reversibility");
  if (categories.length === 0) return null;
  const columns = [t("whatWasShared"), t("consent"), t("protection"), t("reversibility")];
  return (
    <PublicSection id="data-shared" title={t("whatWasShared")}>
      <div className="relative overflow-x-auto rounded-lg border border-slate-200" tabIndex={0} role="group" aria-label={t("whatWasShared")}>
        <table className="w-full min-w-[36rem] text-left text-sm">
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col" className="px-4 py-2 font-medium">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {categories.map((c) => (
              <tr key={c.id} className="align-top">
                <th scope="row" className="px-4 py-2 font-medium text-slate-900">
                  <LocalizedText en={c.name} ko={c.nameKo} />
                </th>
                <td className="px-4 py-2">{tc(c.consent)}</td>
                <td className="px-4 py-2">{tp(c.protectionMethod)}</td>
                <td className="px-4 py-2">
                  <span className={c.reversibility === "reversible" ? "font-semibold text-red-800" : undefined}>{tr(c.reversibility)}</span>
                  <LocalizedText as="p" className="mt-1 text-xs text-slate-600" en={c.reversibilityNote} ko={c.reversibilityNoteKo} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {categories[0]?.purposeClaimed || categories[0]?.purposeClaimedKo ? (
        <p className="mt-2 text-sm text-slate-700">
          <span className="font-medium">{t("purpose")}:</span> <LocalizedText en={categories[0].purposeClaimed} ko={categories[0].purposeClaimedKo} />
        </p>
      ) : null}
    </PublicSection>
  );
}

/** "Source: …" with the source's title in whichever language it has. */
function CitedSource({ en, ko }: { en: string; ko?: string | null }) {
  const t = useTranslations("case");
  return (
    <>
      {t("sourceLead")} <LocalizedText en={en} ko={ko} />
    </>
  );
}
