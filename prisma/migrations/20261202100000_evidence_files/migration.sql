-- Evidence files: the record of a file (its bytes live in the blob store under sha256), its
-- verifications, and the links from a file (or a free-text reference) to a finding, timeline
-- event, source or statement. Finding."evidenceRefs" is copied into links without a file, in
-- order; the column stays (the finding form and the export still read it until the UI moves).

CREATE TYPE "EvidenceKind" AS ENUM ('inspection_report', 'company_reply', 'contract', 'correspondence', 'screenshot', 'data_sample', 'decision', 'other');
CREATE TYPE "EvidenceCheckResult" AS ENUM ('ok', 'changed', 'missing');

CREATE TABLE "evidence_files" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleKo" TEXT,
    "description" TEXT,
    "descriptionKo" TEXT,
    "kind" "EvidenceKind" NOT NULL DEFAULT 'other',
    "receivedOn" DATE,
    "providedBy" TEXT,
    "sensitivity" "Sensitivity" NOT NULL DEFAULT 'moderate',
    "originalName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "size" BIGINT NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedById" TEXT,
    "supersedesId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "evidence_files_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "evidence_files_sha256_hex" CHECK ("sha256" ~ '^[0-9a-f]{64}$'),
    CONSTRAINT "evidence_files_size_positive" CHECK ("size" > 0)
);

CREATE UNIQUE INDEX "evidence_files_supersedesId_key" ON "evidence_files"("supersedesId");
CREATE INDEX "evidence_files_incidentId_idx" ON "evidence_files"("incidentId");
CREATE INDEX "evidence_files_sha256_idx" ON "evidence_files"("sha256");
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "evidence_files"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "evidence_verifications" (
    "id" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "byId" TEXT,
    "result" "EvidenceCheckResult" NOT NULL,
    "observed" TEXT,

    CONSTRAINT "evidence_verifications_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "evidence_verifications_fileId_at_idx" ON "evidence_verifications"("fileId", "at");
ALTER TABLE "evidence_verifications" ADD CONSTRAINT "evidence_verifications_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "evidence_files"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "evidence_verifications" ADD CONSTRAINT "evidence_verifications_byId_fkey" FOREIGN KEY ("byId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "evidence_links" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "fileId" TEXT,
    "findingId" TEXT,
    "timelineEventId" TEXT,
    "sourceId" TEXT,
    "statementId" TEXT,
    "locator" TEXT,
    "label" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "evidence_links_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "evidence_links_one_target" CHECK (num_nonnulls("findingId", "timelineEventId", "sourceId", "statementId") = 1),
    CONSTRAINT "evidence_links_file_or_label" CHECK ("fileId" IS NOT NULL OR "label" IS NOT NULL)
);

CREATE INDEX "evidence_links_incidentId_idx" ON "evidence_links"("incidentId");
CREATE INDEX "evidence_links_fileId_idx" ON "evidence_links"("fileId");
CREATE INDEX "evidence_links_findingId_idx" ON "evidence_links"("findingId");
CREATE INDEX "evidence_links_timelineEventId_idx" ON "evidence_links"("timelineEventId");
CREATE INDEX "evidence_links_sourceId_idx" ON "evidence_links"("sourceId");
CREATE INDEX "evidence_links_statementId_idx" ON "evidence_links"("statementId");
ALTER TABLE "evidence_links" ADD CONSTRAINT "evidence_links_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "evidence_files"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "evidence_links" ADD CONSTRAINT "evidence_links_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "findings"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "evidence_links" ADD CONSTRAINT "evidence_links_timelineEventId_fkey" FOREIGN KEY ("timelineEventId") REFERENCES "timeline_events"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "evidence_links" ADD CONSTRAINT "evidence_links_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "sources"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "evidence_links" ADD CONSTRAINT "evidence_links_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "statements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every free-text evidence reference becomes a link without a file, in its order (position 0, 1, …),
-- deleted findings included (their references come back with them). Blank entries are kept as
-- written too: nothing is dropped.
INSERT INTO "evidence_links" ("id", "incidentId", "findingId", "label", "position")
SELECT gen_random_uuid()::TEXT, f."incidentId", f."id", r.ref, (r.ord - 1)::INTEGER
FROM "findings" f
CROSS JOIN LATERAL unnest(f."evidenceRefs") WITH ORDINALITY AS r(ref, ord)
WHERE r.ref IS NOT NULL;
