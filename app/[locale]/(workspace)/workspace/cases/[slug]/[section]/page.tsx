import { notFound } from "next/navigation";
import { SectionPage, sectionMetadata, type SectionPageProps } from "@/components/workspace/section-page";
import { sectionAt } from "@/lib/cases/sections";

export const dynamic = "force-dynamic";

type Props = SectionPageProps<{ section: string }>;

// Every case section's tab (/workspace/cases/<slug>/<segment>), drawn by the section the
// registry (lib/cases/sections.ts) names for the segment; any other segment is a 404.
export const generateMetadata = ({ params }: Props) => sectionMetadata(params, (p) => sectionAt(p.section));

export default async function CaseSectionRoute({ params, searchParams }: Props) {
  const section = sectionAt((await params).section);
  if (!section || section.segment === "") notFound();
  return <SectionPage params={params} searchParams={searchParams} section={section} />;
}
