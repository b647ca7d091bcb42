import { SectionPage, sectionMetadata, type SectionPageProps } from "@/components/workspace/section-page";
import { sectionByKey } from "@/lib/cases/sections";

export const dynamic = "force-dynamic";

type Props = SectionPageProps<Record<string, never>>;

// The case's first tab, its overview.
export const generateMetadata = ({ params }: Props) => sectionMetadata(params, () => sectionByKey("overview"));

export default function CaseOverviewRoute({ params, searchParams }: Props) {
  return <SectionPage params={params} searchParams={searchParams} section={sectionByKey("overview")} />;
}
