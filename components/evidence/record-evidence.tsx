// The evidence block of one record's page (a finding, an event, a source, a statement): its
// files and references, Unlink beside each file and the attach form for those with evidence.edit.
import { can, type CaseAccess, type Viewer } from "@/lib/auth/permissions";
import { evidenceFileChoices } from "@/lib/evidence/file-choices";
import { loadEvidenceLinks, type RecordEvidence } from "@/lib/evidence/links-for";
import type { EvidenceTarget } from "@/lib/evidence/schema";
import { AttachEvidenceForm } from "./attach-evidence-form";
import { EvidenceLinksList } from "./evidence-links-list";

interface Props {
  viewer: Viewer;
  access: CaseAccess;
  incidentId: string;
  slug: string;
  target: EvidenceTarget;
  targetId: string;
  /** Already loaded by the page (the finding's form needs its references too). */
  evidence?: RecordEvidence;
}

export async function RecordEvidenceBlock({ viewer, access, incidentId, slug, target, targetId, evidence }: Props) {
  const canLink = can(viewer, "evidence.edit", access);
  const [links, files] = await Promise.all([
    evidence ? null : loadEvidenceLinks({ viewer, access, incidentId, target, ids: [targetId] }),
    canLink ? evidenceFileChoices(incidentId) : [],
  ]);
  return (
    <EvidenceLinksList evidence={evidence ?? links?.get(targetId)} slug={slug} canUnlink={canLink}>
      {canLink ? <AttachEvidenceForm target={target} targetId={targetId} files={files} /> : null}
    </EvidenceLinksList>
  );
}
