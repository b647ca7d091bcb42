-- CreateEnum
CREATE TYPE "KeyHolder" AS ENUM ('none', 'sender', 'recipient', 'both', 'third_party', 'unknown');

-- AlterEnum
ALTER TYPE "ProtectionMethod" ADD VALUE 'keyed_hashing';

-- AlterTable
ALTER TABLE "data_categories" ADD COLUMN     "gpuHashRate" DOUBLE PRECISION,
ADD COLUMN     "hashAlgorithm" TEXT,
ADD COLUMN     "identifierFormat" TEXT,
ADD COLUMN     "identifierSpaceSize" BIGINT,
ADD COLUMN     "keyHolder" "KeyHolder" NOT NULL DEFAULT 'unknown',
ADD COLUMN     "protectionNote" TEXT;

-- Case search. Full-text with the 'simple' configuration (no stemming, so Korean and English
-- words are indexed as written), plus trigram indexes for substring matches: Korean words carry
-- particles (카카오페이가, 카카오페이는) that whole-word search would miss.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "incidents_search_fts" ON "incidents" USING GIN (
  to_tsvector('simple', coalesce("title", '') || ' ' || coalesce("titleKo", '') || ' ' || coalesce("summary", '') || ' ' || coalesce("summaryKo", ''))
);
CREATE INDEX "incidents_search_trgm" ON "incidents" USING GIN (
  (coalesce("title", '') || ' ' || coalesce("titleKo", '') || ' ' || coalesce("summary", '') || ' ' || coalesce("summaryKo", '')) gin_trgm_ops
);
CREATE INDEX "findings_search_fts" ON "findings" USING GIN (to_tsvector('simple', "title" || ' ' || "body"));
CREATE INDEX "findings_search_trgm" ON "findings" USING GIN (("title" || ' ' || "body") gin_trgm_ops);
