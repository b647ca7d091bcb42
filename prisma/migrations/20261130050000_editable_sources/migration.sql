-- Sources become a case section: edited in the workspace, versioned, deleted softly, with a Korean title.
ALTER TABLE "sources" ADD COLUMN "titleKo" TEXT,
ADD COLUMN "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN "deletedAt" TIMESTAMP(3),
ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
