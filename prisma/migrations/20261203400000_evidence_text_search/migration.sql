-- Text extraction and search inside evidence files: each file's extraction state, and the text
-- of its pages behind a trigram index (LIKE '%word%' on the lowercased text, English and Korean alike; pg_trgm is
-- installed by 20261124044529_pseudonymization_and_search). Files uploaded before this migration
-- that have text (PDF, plain text, Markdown, CSV/TSV) start `pending`, so `npm run
-- evidence:extract` (or the app's stale-pending retry) extracts them.

CREATE TYPE "EvidenceExtraction" AS ENUM ('none', 'pending', 'done', 'failed', 'skipped');

ALTER TABLE "evidence_files"
    ADD COLUMN "extraction" "EvidenceExtraction" NOT NULL DEFAULT 'none',
    ADD COLUMN "extractionError" TEXT,
    ADD COLUMN "extractedAt" TIMESTAMP(3);

UPDATE "evidence_files" SET "extraction" = 'pending'
WHERE "mediaType" IN ('application/pdf', 'text/plain', 'text/markdown', 'text/csv', 'text/tab-separated-values');

-- "textLower" is lower("text"), kept by PostgreSQL (not in the Prisma schema: Prisma writes
-- "text" only). Search compares lowercased words with LIKE against it: ILIKE lowercases every
-- page again on every search, which made a scan of 10,000 pages several times slower
-- (docs/performance.md). lower() keeps the number of characters, so positions found in
-- "textLower" cut the snippet from "text".
CREATE TABLE "evidence_pages" (
    "fileId" TEXT NOT NULL,
    "page" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "textLower" TEXT GENERATED ALWAYS AS (lower("text")) STORED,

    CONSTRAINT "evidence_pages_pkey" PRIMARY KEY ("fileId", "page")
);

CREATE INDEX "evidence_pages_text_trgm" ON "evidence_pages" USING GIN ("textLower" gin_trgm_ops);

ALTER TABLE "evidence_pages" ADD CONSTRAINT "evidence_pages_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "evidence_files"("id") ON DELETE CASCADE ON UPDATE CASCADE;
