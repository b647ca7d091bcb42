-- Opening a case in the browser: how it came to light, when it was received, and its jurisdiction
-- (a code that a foreign key to a jurisdictions table can replace). Existing cases are Korean.
CREATE TYPE "CaseOrigin" AS ENUM ('breach_report', 'complaint', 'inspection', 'media_report', 'referral');

ALTER TABLE "incidents" ADD COLUMN "origin" "CaseOrigin",
ADD COLUMN "receivedOn" DATE,
ADD COLUMN "jurisdiction" TEXT NOT NULL DEFAULT 'KR';

-- The possible-duplicates check compares a new title with each open case's title in either
-- language (pg_trgm similarity); the organisation picker searches names in both languages.
CREATE INDEX "incidents_title_trgm" ON "incidents" USING GIN ("title" gin_trgm_ops);
CREATE INDEX "incidents_title_ko_trgm" ON "incidents" USING GIN ("titleKo" gin_trgm_ops);
CREATE INDEX "organizations_name_trgm" ON "organizations" USING GIN (("name" || ' ' || coalesce("nameKo", '')) gin_trgm_ops);

-- Recipients become a case section: an id of their own, versioned, deleted softly, with the
-- facts of the sharing. Existing rows keep their organisation and relationship and get an id.
ALTER TABLE "incident_recipients" DROP CONSTRAINT "incident_recipients_pkey",
ADD COLUMN "id" TEXT,
ADD COLUMN "country" TEXT,
ADD COLUMN "stakePercent" DECIMAL(5,2),
ADD COLUMN "purposeClaimed" TEXT,
ADD COLUMN "consent" "ConsentStatus" NOT NULL DEFAULT 'unknown',
ADD COLUMN "contractCovered" BOOLEAN,
ADD COLUMN "contractNote" TEXT,
ADD COLUMN "description" TEXT,
ADD COLUMN "descriptionKo" TEXT,
ADD COLUMN "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN "deletedAt" TIMESTAMP(3),
ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

-- Ids like the application's: letters and digits only.
UPDATE "incident_recipients" SET "id" = 'r' || md5("incidentId" || ':' || "organizationId");
ALTER TABLE "incident_recipients" ALTER COLUMN "id" SET NOT NULL,
ADD CONSTRAINT "incident_recipients_pkey" PRIMARY KEY ("id");

CREATE INDEX "incident_recipients_incidentId_idx" ON "incident_recipients"("incidentId");
-- An organisation is a recipient of a case once (among the live rows; a deleted one can be added again).
CREATE UNIQUE INDEX "incident_recipients_live_org" ON "incident_recipients"("incidentId", "organizationId") WHERE "deletedAt" IS NULL;
