// Links every cross-case public page shares: an organisation's name to its company page (when
// the version names its record), and the legal articles to their text.
import { LocalizedText } from "@/components/cases/localized-text";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { citationText } from "@/lib/legal-articles/format-citation";
import type { PublicOrganisation } from "@/lib/publishing/snapshot";
import type { PublicSanctionRow } from "@/lib/public-record/sanction-rows";

/** The organisation's name in the reader's language, linked to its company page when the version names its record. */
export function OrganisationName({ organisation, className }: { organisation: Pick<PublicOrganisation, "name" | "nameKo" | "slug">; className?: string }) {
  const name = <LocalizedText en={organisation.name} ko={organisation.nameKo} className={className} />;
  return organisation.slug ? (
    <Link href={`/organisations/${organisation.slug}`} className="text-blue-800 underline" data-testid="organisation-link">
      {name}
    </Link>
  ) : (
    name
  );
}

export function ArticleLinks({ articles, locale }: { articles: PublicSanctionRow["articles"]; locale: Locale }) {
  return (
    <ul className="space-y-1">
      {articles.map((a) => (
        <li key={`${a.lawCode}:${a.number}`} className="whitespace-nowrap">
          {a.url ? (
            <a href={a.url} className="text-blue-800 underline" rel="noreferrer noopener">
              {citationText(a, locale)}
            </a>
          ) : (
            citationText(a, locale)
          )}
        </li>
      ))}
    </ul>
  );
}
