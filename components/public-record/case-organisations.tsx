// The public case page's way to the company pages of the case's two main parties: the company
// investigated and the authority, linked when the version names their records. (Recipients and
// sanctioned subjects link where the page already shows them.)
import { useTranslations } from "next-intl";
import type { PublicOrganisation } from "@/lib/publishing/snapshot";
import { OrganisationName } from "./public-record-links";

export function CaseOrganisations({ investigated, authority }: { investigated: PublicOrganisation; authority: PublicOrganisation | null }) {
  const t = useTranslations("organisationPage");
  return (
    <section aria-labelledby="case-organisations" className="space-y-2 text-sm" data-testid="case-organisations">
      <h2 id="case-organisations" className="text-xl font-semibold">
        {t("caseOrganisations")}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="font-medium">{t("caseInvestigated")}</dt>
        <dd>
          <OrganisationName organisation={investigated} />
        </dd>
        {authority ? (
          <>
            <dt className="font-medium">{t("caseAuthority")}</dt>
            <dd>
              <OrganisationName organisation={authority} />
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
