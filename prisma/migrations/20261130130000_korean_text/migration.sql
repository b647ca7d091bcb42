-- Korean beside English for what the public reads of findings, timeline events and data
-- categories. All optional: English stays the required language, and a missing Korean text is
-- shown in English, marked as such.
ALTER TABLE "findings" ADD COLUMN "titleKo" TEXT, ADD COLUMN "bodyKo" TEXT;
ALTER TABLE "timeline_events" ADD COLUMN "descriptionKo" TEXT, ADD COLUMN "inferenceNoteKo" TEXT;
ALTER TABLE "data_categories" ADD COLUMN "purposeClaimedKo" TEXT, ADD COLUMN "protectionNoteKo" TEXT, ADD COLUMN "reversibilityNoteKo" TEXT;

-- The case list's search reads a finding in both languages (lib/cases/case-list-sql.ts, FINDING_TEXT:
-- the expression must stay identical for the indexes to serve it).
DROP INDEX "findings_search_fts";
DROP INDEX "findings_search_trgm";
CREATE INDEX "findings_search_fts" ON "findings" USING GIN (
  to_tsvector('simple', "title" || ' ' || coalesce("titleKo", '') || ' ' || "body" || ' ' || coalesce("bodyKo", ''))
);
CREATE INDEX "findings_search_trgm" ON "findings" USING GIN (
  ("title" || ' ' || coalesce("titleKo", '') || ' ' || "body" || ' ' || coalesce("bodyKo", '')) gin_trgm_ops
);
