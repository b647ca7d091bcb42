import { HomeView } from "@/components/public-record/home/home-view";
import { pageLocale } from "@/lib/i18n/page-locale";
import { publicFiltersSchema } from "@/lib/publishing/public-filters";
import { homeMetadata } from "../home-metadata";

// /<locale>?<filters>, rewritten here by next.config.ts (and /<locale>/search itself): each query
// is its own render.
export const generateMetadata = homeMetadata;

export default async function PublicSearchPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await pageLocale(params);
  return <HomeView filters={publicFiltersSchema.parse(await searchParams)} />;
}
