// The mails notifications become, in the recipient's language. Pure: the caller passes the case
// title, the actor's name and the absolute link. A mail carries nothing of the case beyond its
// title (task titles, comment bodies, reasons stay in Casefile, behind a sign-in), because mail
// leaves the authority's systems.
import { createTranslator } from "next-intl";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import en from "@/lib/i18n/messages/en.json";
import ko from "@/lib/i18n/messages/ko.json";

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** One notification as a mail shows it. `params` are the notification's stored wording values. */
export interface MailItem {
  kind: NotificationKind;
  caseTitle: string | null;
  actorName: string | null;
  params: unknown;
  /** Absolute: siteUrl() + "/<locale>" + path. */
  url: string;
}

const MESSAGES = { en, ko } as const;

/** Only these values ever reach a mail, each from a closed list or a day, whatever `params` hold. */
const CHOICES = {
  subject: ["workflow", "publication"],
  outcome: ["approved", "rejected"],
  state: ["due_soon", "overdue"],
  clock: ["reply_window", "appeal_window", "notification_duty"],
} as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function wordingValues(params: unknown): Record<string, string> {
  const source = params && typeof params === "object" ? (params as Record<string, unknown>) : {};
  const values: Record<string, string> = {};
  for (const [key, allowed] of Object.entries(CHOICES)) {
    const value = source[key];
    values[key] = typeof value === "string" && (allowed as readonly string[]).includes(value) ? value : allowed[0];
  }
  values.dueOn = typeof source.dueOn === "string" && DAY.test(source.dueOn) ? source.dueOn : "";
  return values;
}

type Translate = (key: string, values?: Record<string, string | number>) => string;
const translators = new Map<Locale, Translate>();

/** One translator per language, kept: it caches its parsed messages, and a scan renders hundreds of mails. */
function translator(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) {
    t = createTranslator({ locale, messages: MESSAGES[locale] as Record<string, unknown>, namespace: "notificationMail" as never }) as unknown as Translate;
    translators.set(locale, t);
  }
  return t;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const oneLine = (text: string) => text.replace(/[\r\n]+/g, " ").trim();

function itemLines(t: ReturnType<typeof translator>, item: MailItem): { subject: string; body: string } {
  const values = wordingValues(item.params);
  const all = {
    ...values,
    what: t("what", { subject: values.subject ?? "workflow" }),
    caseTitle: oneLine(item.caseTitle ?? "") || t("aCase"),
    actor: oneLine(item.actorName ?? "") || t("someone"),
  };
  return { subject: t(`kinds.${item.kind}.subject`, all), body: t(`kinds.${item.kind}.body`, all) };
}

function htmlPage(locale: Locale, paragraphs: string[]): string {
  return `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.5">${paragraphs.join("")}</body></html>`;
}

const link = (url: string, label: string) => `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`;

/** One notification as one mail. */
export function renderNotificationMail(options: { locale: Locale; item: MailItem; settingsUrl: string }): RenderedMail {
  const t = translator(options.locale);
  const { subject, body } = itemLines(t, options.item);
  return {
    subject: oneLine(t("subjectPrefix", { subject })),
    text: [body, "", t("open", { url: options.item.url }), "", "--", t("footer", { url: options.settingsUrl })].join("\n"),
    html: htmlPage(options.locale, [
      `<p>${escapeHtml(body)}</p>`,
      `<p>${link(options.item.url, t("openLink"))}</p>`,
      `<hr><p style="font-size:smaller">${link(options.settingsUrl, t("footerLink"))}</p>`,
    ]),
  };
}

/** A day's notifications (the KST day `day`, "YYYY-MM-DD") as one mail, oldest first. */
export function renderDigestMail(options: { locale: Locale; day: string; items: readonly MailItem[]; settingsUrl: string }): RenderedMail {
  const t = translator(options.locale);
  const lines = options.items.map((item) => ({ ...itemLines(t, item), url: item.url }));
  const intro = t("digest.intro", { day: options.day });
  return {
    subject: oneLine(t("subjectPrefix", { subject: t("digest.subject", { day: options.day, count: lines.length }) })),
    text: [intro, "", ...lines.flatMap((line) => [`- ${line.body}`, `  ${line.url}`]), "", "--", t("footer", { url: options.settingsUrl })].join("\n"),
    html: htmlPage(options.locale, [
      `<p>${escapeHtml(intro)}</p>`,
      `<ul>${lines.map((line) => `<li>${escapeHtml(line.body)} ${link(line.url, t("openLink"))}</li>`).join("")}</ul>`,
      `<hr><p style="font-size:smaller">${link(options.settingsUrl, t("footerLink"))}</p>`,
    ]),
  };
}
