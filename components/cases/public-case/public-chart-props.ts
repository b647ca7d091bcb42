import "server-only";
import { getMessages, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format/date";
import type { Locale } from "@/lib/i18n/locales";
import type { PublicSnapshot } from "@/lib/publishing/snapshot";

/**
 * What the public charts need (the case page's and the embed pages'): the published people split,
 * and only their own messages.
 */
export async function publicChartProps(snapshot: PublicSnapshot, locale: Locale) {
  const [messages, t, ts, tc] = await Promise.all([
    getMessages({ locale }),
    getTranslations({ locale, namespace: "case" }),
    getTranslations({ locale, namespace: "caseWs" }),
    getTranslations({ locale, namespace: "charts" }),
  ]);
  const split = snapshot.headline.people?.split;
  const rows = split
    ? (["active", "dormant", "former", "unsplit"] as const).flatMap((key) => (split[key] === null ? [] : [{ label: ts(key), people: split[key] }]))
    : [];
  const asOf = snapshot.headline.people?.asOf;
  return {
    hasRecords: (snapshot.series.months?.length ?? 0) > 0,
    people: rows.length > 0 ? { rows, asOf: asOf ? t("peopleAsOf", { date: formatDate(new Date(`${asOf}T00:00:00Z`), "day", locale) }) : null } : null,
    loadingLabel: tc("loading"),
    messages: {
      charts: messages.charts,
      provenance: messages.provenance,
      // The series' From and To fields (components/forms/day-input.tsx).
      dayField: messages.dayField,
      case: Object.fromEntries((["recordsPerMonth", "peopleByStatus", "status", "people"] as const).map((k) => [k, t.raw(k) as string])),
    },
  };
}
