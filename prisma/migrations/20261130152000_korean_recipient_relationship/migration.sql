-- The recipient's relationship is shown on the public page: it gets its Korean text too.
ALTER TABLE "incident_recipients" ADD COLUMN "relationshipKo" TEXT;
