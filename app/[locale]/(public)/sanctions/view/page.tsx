import { TrackerView } from "@/components/public-record/tracker/tracker-view";
import { pageLocale } from "@/lib/i18n/page-locale";
import { trackerMetadata } from "../tracker-metadata";

// /<locale>/sanctions?<filters>, rewritten here by next.config.ts: each query is its own render.
export const generateMetadata = trackerMetadata;

export default async function FilteredSanctionsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale } = await pageLocale(params);
  return <TrackerView locale={locale} query={await searchParams} />;
}
