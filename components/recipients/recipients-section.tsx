import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { LocalizedText } from "@/components/cases/localized-text";
import { DeleteRestoreButton } from "@/components/forms/delete-restore-button";
import { DeletedItems } from "@/components/forms/deleted-items";
import { textValue } from "@/components/forms/form-values";
import { RecipientForm } from "@/components/recipients/recipient-form";
import { Disclosure } from "@/components/ui/disclosure";
import { EmptyState } from "@/components/ui/empty-state";
import { SectionBackLink } from "@/components/workspace/section-back-link";
import { can } from "@/lib/auth/permissions";
import type { SectionViewProps } from "@/lib/cases/sections";
import { localized } from "@/lib/i18n/localized";
import type { Locale, MessageNamespace } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { deleteRecipientAction, restoreRecipientAction } from "@/lib/recipients/actions";
import { getRecipient, listRecipients } from "@/lib/recipients/list-recipients";

/** The message namespaces this section's client components read; the section page and the report hand them on. */
export const clientMessages: readonly MessageNamespace[] = ["consent", "errors", "forms", "orgKind", "orgSector", "organizations", "recipients", "validation"];

type Recipient = NonNullable<Awaited<ReturnType<typeof getRecipient>>>;

const countryName = (code: string, locale: Locale) => new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;

/** Where it received the data, its stake, consent and contract, as one line (the relationship is text of its own: English only). */
async function termsLine(r: Recipient, locale: Locale) {
  const [t, tConsent] = await Promise.all([getTranslations("recipients"), getTranslations("consent")]);
  return [
    r.country ? countryName(r.country, locale) : null,
    r.stakePercent !== null ? t("stake", { value: String(r.stakePercent) }) : null,
    `${t("consent")}: ${tConsent(r.consent)}`,
    r.contractCovered === null ? `${t("contractCovered")}: ${t("contract.unknown")}` : t(`contract.${r.contractCovered ? "yes" : "no"}`),
  ]
    .filter(Boolean)
    .join(" · ");
}

/** A field kept in English only, marked as English on a Korean page. */
function EnglishOnly({ label, text, className }: { label?: string; text: string | null; className?: string }) {
  if (!text) return null;
  return (
    <p className={className}>
      {label ? <span className="font-medium">{label}: </span> : null}
      <LocalizedText en={text} />
    </p>
  );
}

export async function SectionList({ viewer, incident, access, locale, slug, canEdit }: SectionViewProps) {
  const [t, recipients] = await Promise.all([getTranslations("recipients"), listRecipients(incident.id, { includeDeleted: can(viewer, "case.restore", access) })]);
  const terms = await Promise.all(recipients.live.map((r) => termsLine(r, locale)));
  return (
    <div className="space-y-6">
      <p className="max-w-prose text-slate-700">{t("intro")}</p>
      {recipients.live.length === 0 ? <EmptyState>{canEdit ? `${t("none")} ${t("noneHint")}` : t("none")}</EmptyState> : null}
      <ul className="space-y-3">
        {recipients.live.map((r, i) => (
          <li key={r.id} id={`recipient-${r.id}`} className="rounded-lg border border-slate-200 p-4">
            <h2 className="font-semibold">
              <Link href={`/workspace/cases/${slug}/recipients/${r.id}`} className="text-blue-800 hover:underline">
                {localized(locale, r.organization.name, r.organization.nameKo)}
              </Link>
            </h2>
            <EnglishOnly text={r.relationship} className="text-sm text-slate-800" />
            <p className="text-sm text-slate-700">{terms[i]}</p>
            <EnglishOnly label={t("purposeClaimed")} text={r.purposeClaimed} className="text-sm" />
            <LocalizedText en={r.description} ko={r.descriptionKo} as="p" className="mt-1 text-sm whitespace-pre-line text-slate-800" />
          </li>
        ))}
      </ul>
      <DeletedItems
        items={recipients.deleted.map((r) => ({ id: r.id, name: r.organization.name, restore: restoreRecipientAction.bind(null, { recipientId: r.id, version: r.version }) }))}
      />
      {canEdit ? (
        <Disclosure summary={t("add")} startOpen={recipients.live.length === 0}>
          <RecipientForm incidentId={incident.id} slug={slug} />
        </Disclosure>
      ) : null}
    </div>
  );
}

export async function SectionItem({ viewer, incident, access, locale, slug, canEdit, itemId }: SectionViewProps & { itemId: string }) {
  const [recipient, t] = await Promise.all([getRecipient(incident.id, itemId), getTranslations("recipients")]);
  if (!recipient) notFound();
  const name = localized(locale, recipient.organization.name, recipient.organization.nameKo);
  return (
    <div className="space-y-6">
      <SectionBackLink slug={slug} section="recipients" />
      <h2 className="text-xl font-semibold">{name}</h2>
      <EnglishOnly text={recipient.relationship} className="text-sm text-slate-800" />
      <p className="text-sm text-slate-700">{await termsLine(recipient, locale)}</p>
      {canEdit ? (
        <RecipientForm
          key={recipient.version}
          recipientId={recipient.id}
          version={recipient.version}
          slug={slug}
          chosen={recipient.organization}
          values={{
            organization: { mode: "existing", id: recipient.organization.id },
            country: textValue(recipient.country),
            relationship: textValue(recipient.relationship),
            relationshipKo: textValue(recipient.relationshipKo),
            stakePercent: recipient.stakePercent === null ? "" : String(recipient.stakePercent),
            purposeClaimed: textValue(recipient.purposeClaimed),
            consent: recipient.consent,
            contractCovered: recipient.contractCovered === null ? "" : recipient.contractCovered ? "yes" : "no",
            contractNote: textValue(recipient.contractNote),
            description: textValue(recipient.description),
            descriptionKo: textValue(recipient.descriptionKo),
          }}
        />
      ) : (
        <div className="space-y-2 text-sm">
          <EnglishOnly label={t("purposeClaimed")} text={recipient.purposeClaimed} />
          <EnglishOnly label={t("contractNote")} text={recipient.contractNote} />
          <LocalizedText en={recipient.description} ko={recipient.descriptionKo} as="p" className="whitespace-pre-line" />
        </div>
      )}
      {can(viewer, "case.delete", access) ? (
        <DeleteRestoreButton mode="delete" name={name} run={deleteRecipientAction.bind(null, { recipientId: recipient.id, version: recipient.version })} after={`/workspace/cases/${slug}/recipients`} />
      ) : null}
    </div>
  );
}

export async function SectionReport({ incident, locale }: SectionViewProps) {
  const recipients = await listRecipients(incident.id, { includeDeleted: false });
  const terms = await Promise.all(recipients.live.map((r) => termsLine(r, locale)));
  return (
    <ul className="space-y-2">
      {recipients.live.map((r, i) => (
        <li key={r.id} className="break-inside-avoid">
          <span className="font-medium">{localized(locale, r.organization.name, r.organization.nameKo)}</span>
          <EnglishOnly text={r.relationship} className="text-xs" />
          <span className="block text-xs">{terms[i]}</span>
          <LocalizedText en={r.description} ko={r.descriptionKo} as="p" className="text-sm whitespace-pre-line" />
        </li>
      ))}
    </ul>
  );
}
