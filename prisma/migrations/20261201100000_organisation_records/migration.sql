-- Organisations become records of their own: a sector, a registration number, aliases in both
-- languages, and the bookkeeping of a merge (where it went, when) with a version for edits.
-- Existing rows keep their values; sector stays empty until someone classifies them.
CREATE TYPE "OrganizationSector" AS ENUM ('finance', 'telecom', 'retail', 'health', 'public_sector', 'online_platform', 'other');

ALTER TABLE "organizations"
  ADD COLUMN "sector" "OrganizationSector",
  ADD COLUMN "registrationNumber" TEXT,
  ADD COLUMN "aliases" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
  ADD COLUMN "aliasesKo" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
  ADD COLUMN "mergedIntoId" TEXT,
  ADD COLUMN "mergedAt" TIMESTAMP(3),
  ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

ALTER TABLE "organizations" ADD CONSTRAINT "organizations_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
CREATE INDEX "organizations_mergedIntoId_idx" ON "organizations"("mergedIntoId");

-- Everything the list's search matches, as one text: names, aliases and registration number.
-- array_to_string is only STABLE in general, but for text[] it cannot change between calls, so
-- the wrapper may be IMMUTABLE and serve an expression index (the list and the picker use it).
CREATE FUNCTION organization_search_text(name TEXT, name_ko TEXT, aliases TEXT[], aliases_ko TEXT[], registration TEXT)
RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT name || ' ' || coalesce(name_ko, '') || ' ' || array_to_string(aliases, ' ') || ' ' || array_to_string(aliases_ko, ' ') || ' ' || coalesce(registration, '')
$$;
CREATE INDEX "organizations_search_trgm" ON "organizations"
  USING GIN (organization_search_text("name", "nameKo", "aliases", "aliasesKo", "registrationNumber") gin_trgm_ops);

-- The organisation page finds every case an organisation appears in, by each role.
CREATE INDEX "incidents_authorityId_idx" ON "incidents"("authorityId");
CREATE INDEX "statements_organizationId_idx" ON "statements"("organizationId");
CREATE INDEX "incident_figures_organizationId_idx" ON "incident_figures"("organizationId");
CREATE INDEX "sanctions_subjectOrgId_idx" ON "sanctions"("subjectOrgId");
