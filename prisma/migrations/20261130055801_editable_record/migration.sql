-- The case's record becomes editable in the workspace: sources say what they are, in which
-- language, and how precisely their date is known; statements and key figures are versioned and
-- deleted softly like every case item; a finding can cite a source.
CREATE TYPE "SourceKind" AS ENUM ('press_report', 'authority_release', 'company_statement', 'decision', 'court_ruling', 'complaint', 'other');
CREATE TYPE "DocumentLanguage" AS ENUM ('ko', 'en', 'zh', 'ja', 'other');
CREATE TYPE "StatementWording" AS ENUM ('quotation', 'paraphrase');

ALTER TABLE "sources" ADD COLUMN "kind" "SourceKind" NOT NULL DEFAULT 'other',
ADD COLUMN "language" "DocumentLanguage",
ADD COLUMN "publishedPrecision" "DatePrecision" NOT NULL DEFAULT 'day',
ADD COLUMN "noteKo" TEXT;

ALTER TABLE "statements" ADD COLUMN "wording" "StatementWording" NOT NULL DEFAULT 'quotation',
ADD COLUMN "contextKo" TEXT,
ADD COLUMN "statedPrecision" "DatePrecision" NOT NULL DEFAULT 'day',
ADD COLUMN "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN "deletedAt" TIMESTAMP(3),
ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

-- The seed used to say "paraphrased" in the context; it is the wording flag now.
UPDATE "statements" SET "wording" = 'paraphrase', "context" = NULL WHERE "context" = 'Paraphrased in the source.';

ALTER TABLE "incident_figures" ADD COLUMN "noteKo" TEXT,
ADD COLUMN "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN "deletedAt" TIMESTAMP(3),
ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

ALTER TABLE "findings" ADD COLUMN "sourceId" TEXT;
ALTER TABLE "findings" ADD CONSTRAINT "findings_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "sources"("id") ON DELETE SET NULL ON UPDATE CASCADE;
