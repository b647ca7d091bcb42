import { useTranslations } from "next-intl";
import { LocalizedText } from "@/components/cases/localized-text";
import { formatDateTime } from "@/lib/format/date";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import type { MyWork } from "@/lib/my-work/load-my-work";
import { Mark, MyWorkRow, MyWorkSection, rowLink } from "./my-work-section";

export function MentionsList({ mentions, locale }: { mentions: MyWork["mentions"]; locale: Locale }) {
  const t = useTranslations("myWork");
  return (
    <MyWorkSection id="mw-mentions" title={t("mentionsTitle")} total={mentions.length} shown={mentions.length} empty={t("mentionsEmpty")}>
      {mentions.map((m) => (
        <MyWorkRow
          key={m.commentId}
          testId="mw-mention"
          mark={m.unread ? <Mark tone="info">{t("unread")}</Mark> : undefined}
          meta={
            <>
              <LocalizedText en={m.case.title} ko={m.case.titleKo} /> · <time dateTime={m.createdAt.toISOString()}>{formatDateTime(m.createdAt, locale)}</time>
            </>
          }
        >
          <Link href={m.path} className={rowLink}>
            {m.author ? t("mentionedBy", { name: m.author }) : t("mentionedBySomeone")}
          </Link>
        </MyWorkRow>
      ))}
    </MyWorkSection>
  );
}

/** Recent changes, worded by the audit trail (already in the page's language). */
export function ChangesList({ changes }: { changes: MyWork["changes"] }) {
  const t = useTranslations("myWork");
  return (
    <MyWorkSection id="mw-changes" title={t("changesTitle")} note={t("changesNote")} total={changes.length} shown={changes.length} empty={t("changesEmpty")}>
      {changes.map((c) => (
        <MyWorkRow
          key={c.id}
          testId="mw-change"
          meta={
            <>
              {c.case ? t("caseLabel", { title: c.case.title }) : null} · <time dateTime={c.occurredAt.iso}>{c.occurredAt.text}</time>
            </>
          }
        >
          <Link href={c.path} className={rowLink}>
            {c.headline}
          </Link>
        </MyWorkRow>
      ))}
    </MyWorkSection>
  );
}
