-- daily_record_counts."importId" stays as a plain column: a foreign-key check per row made a
-- million-row import a third slower, and series imports are never deleted on their own.
ALTER TABLE "daily_record_counts" DROP CONSTRAINT "daily_record_counts_importId_fkey";
