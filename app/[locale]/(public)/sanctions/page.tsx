import { TrackerView } from "@/components/public-record/tracker/tracker-view";
import { pageLocale } from "@/lib/i18n/page-locale";
import { trackerMetadata } from "./tracker-metadata";

// The unfiltered tracker: rendered on first request, then served from the cache; publishing
// revalidates the whole /[locale] layout. An address with any filter, sort or page is rewritten
// to ./view (next.config.ts), which renders per request.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export const generateMetadata = trackerMetadata;

export default async function SanctionsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await pageLocale(params);
  return <TrackerView locale={locale} query={{}} />;
}
