import { HomeView } from "@/components/public-record/home/home-view";
import { pageLocale } from "@/lib/i18n/page-locale";
import { homeMetadata } from "./home-metadata";

// The unfiltered case list: rendered on first request, then served from the cache, so a load
// balancer may keep it too (it sets no cookie: proxy.ts leaves /en and /ko alone). Publishing
// revalidates the whole /[locale] layout; the minute bounds how late an embargoed version appears.
// An address with any filter is rewritten to ./search (next.config.ts), which renders per request.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export const generateMetadata = homeMetadata;

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  return <HomeView filters={{}} />;
}
