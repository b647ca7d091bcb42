import { notFound } from "next/navigation";
import { SectionPage, sectionMetadata, type SectionPageProps } from "@/components/workspace/section-page";
import { sectionAt } from "@/lib/cases/sections";

export const dynamic = "force-dynamic";

type Props = SectionPageProps<{ section: string; itemId: string }>;

// An item's own page (/workspace/cases/<slug>/<segment>/<id>), for sections whose items have one.
export const generateMetadata = ({ params }: Props) => sectionMetadata(params, (p) => sectionAt(p.section));

export default async function CaseSectionItemRoute({ params, searchParams }: Props) {
  const { section: segment, itemId } = await params;
  const section = sectionAt(segment);
  if (!section || section.segment === "") notFound();
  return <SectionPage params={params} searchParams={searchParams} section={section} itemId={itemId} />;
}
