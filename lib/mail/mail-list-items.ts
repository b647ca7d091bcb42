import { formatDateTime } from "@/lib/format/date";
import type { Locale } from "@/lib/i18n/locales";
import type { MailRow } from "./list-mail";

type Translate = (key: string) => string;

/** One mail as a list shows it: already worded and formatted for the page. */
export interface MailListItem {
  id: string;
  to: string;
  subject: string;
  /** The mail's own language code, for `lang` on its subject. */
  lang: string;
  language: string;
  status: string;
  /** sent, failed and kept are settled outcomes (a dark pill); the rest are on their way. */
  settled: boolean;
  when: string;
  attempts: number;
  lastError: string | null;
  lastAttempt: string | null;
}

/** The status as people read it: a queued mail that already failed once is "Retrying". */
export function mailStatusLabel(mail: Pick<MailRow, "status" | "lastError">, t: Translate): string {
  return mail.status === "queued" && mail.lastError ? t("retrying") : t(`status.${mail.status}`);
}

/** Outbox rows worded for MailList, in the page's language (instants in KST). */
export function mailListItems(rows: MailRow[], locale: Locale, t: Translate): MailListItem[] {
  return rows.map((m) => ({
    id: m.id,
    to: m.to,
    subject: m.subject,
    lang: m.locale,
    language: m.locale === "ko" || m.locale === "en" ? t(`languages.${m.locale}`) : m.locale,
    status: mailStatusLabel(m, t),
    settled: m.status === "failed" || m.status === "kept" || m.status === "sent",
    when: formatDateTime(m.createdAt, locale),
    attempts: m.attempts,
    lastError: m.lastError,
    lastAttempt: m.lastAttemptAt ? formatDateTime(m.lastAttemptAt, locale) : null,
  }));
}
