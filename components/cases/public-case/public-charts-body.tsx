"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { NextIntlClientProvider, useTranslations, type AbstractIntlMessages } from "next-intl";
import dynamic from "next/dynamic";
import { useState } from "react";
import { ChartFrame } from "@/components/charts/chart-frame";
import { RecordsPanel } from "@/components/charts/records-panel";
import { formatExact } from "@/lib/format/number";
import { DISPLAY_TIME_ZONE } from "@/lib/i18n/locales";
import { useAppLocale } from "@/lib/i18n/use-app-locale";

const SimpleBarChart = dynamic(() => import("@/components/charts/bar-chart").then((m) => m.SimpleBarChart), {
  ssr: false,
  loading: () => <div className="h-full animate-pulse rounded bg-slate-100" role="status" />,
});

export type PeopleRow = { label: string; people: number };

const PUBLIC_BUCKETS = ["month", "year"] as const;

/** The public page's charts: records per month (the published series) and people by status. */
export function PublicChartsBody({
  slug,
  locale,
  messages,
  hasRecords,
  people,
}: {
  slug: string;
  locale: string;
  messages: AbstractIntlMessages;
  hasRecords: boolean;
  people: { rows: PeopleRow[]; asOf: string | null } | null;
}) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 60_000, retry: 1, refetchOnWindowFocus: false } } }));
  return (
    // The display time zone, so the embed pages (which render this on the server) and the browser format alike.
    <NextIntlClientProvider locale={locale} messages={messages} timeZone={DISPLAY_TIME_ZONE}>
      <QueryClientProvider client={client}>
        {hasRecords ? <Records slug={slug} /> : null}
        {people ? <PeopleByStatus slug={slug} rows={people.rows} asOf={people.asOf} /> : null}
      </QueryClientProvider>
    </NextIntlClientProvider>
  );
}

function Records({ slug }: { slug: string }) {
  const t = useTranslations("case");
  return <RecordsPanel endpoint={`/api/public/cases/${encodeURIComponent(slug)}/series`} csvPrefix={slug} buckets={PUBLIC_BUCKETS} title={t("recordsPerMonth")} />;
}

function PeopleByStatus({ slug, rows, asOf }: { slug: string; rows: PeopleRow[]; asOf: string | null }) {
  const t = useTranslations("case");
  const locale = useAppLocale();
  return (
    <ChartFrame
      title={t("peopleByStatus")}
      rows={rows}
      csvName={`${slug}-people-by-status.csv`}
      height="h-64"
      note={asOf ?? undefined}
      columns={[
        { key: "label", label: t("status") },
        { key: "people", label: t("people"), numeric: true, format: (v) => formatExact(Number(v), locale) },
      ]}
    >
      <SimpleBarChart rows={rows} series={[{ key: "people", name: t("people") }]} />
    </ChartFrame>
  );
}
