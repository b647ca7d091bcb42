-- AlterEnum
ALTER TYPE "SanctionStatus" ADD VALUE 'withdrawn';

-- AlterTable
ALTER TABLE "case_clocks" ADD COLUMN     "lateDays" INTEGER;

-- AlterTable
ALTER TABLE "sanctions" ADD COLUMN     "appealDecidedOn" DATE,
ADD COLUMN     "appealDocRefs" TEXT[],
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- One pending proposal per case: a second concurrent proposal fails instead of queueing up.
CREATE UNIQUE INDEX "transition_proposals_one_pending_per_case" ON "transition_proposals"("incidentId") WHERE "status" = 'pending';

-- One running clock of each kind per case.
CREATE UNIQUE INDEX "case_clocks_one_open_per_kind" ON "case_clocks"("incidentId", "kind") WHERE "stoppedAt" IS NULL;

-- Filters for "overdue" and "due within 7 days" read only running clocks.
CREATE INDEX "case_clocks_open_due" ON "case_clocks"("dueAt") WHERE "stoppedAt" IS NULL;

-- A decided sanction is evidence: its amounts and decision are never overwritten. The only
-- change allowed is marking it superseded by a newer version (an appeal outcome), which is a
-- new row linked to it. A proposed sanction may still be edited or withdrawn.
CREATE FUNCTION casefile_sanction_history_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD."status" <> 'proposed' AND OLD."status" <> 'withdrawn' THEN
      RAISE EXCEPTION 'sanction % is part of the decision record and cannot be deleted', OLD."id" USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD."status" IN ('decided', 'superseded') THEN
    IF NEW."amountKrw" IS DISTINCT FROM OLD."amountKrw"
       OR NEW."proposedAmountKrw" IS DISTINCT FROM OLD."proposedAmountKrw"
       OR NEW."type" IS DISTINCT FROM OLD."type"
       OR NEW."subjectName" IS DISTINCT FROM OLD."subjectName"
       OR NEW."decisionDate" IS DISTINCT FROM OLD."decisionDate"
       OR NEW."decisionDocRefs" IS DISTINCT FROM OLD."decisionDocRefs"
       OR NEW."appealOutcome" IS DISTINCT FROM OLD."appealOutcome"
       OR NEW."supersedesId" IS DISTINCT FROM OLD."supersedesId"
       OR NOT (OLD."status" = 'decided' AND NEW."status" IN ('decided', 'superseded') OR OLD."status" = 'superseded' AND NEW."status" = 'superseded') THEN
      RAISE EXCEPTION 'sanction % is decided; record a change as a new version instead', OLD."id" USING ERRCODE = 'restrict_violation';
    END IF;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER sanctions_history_guard BEFORE UPDATE OR DELETE ON "sanctions"
  FOR EACH ROW EXECUTE FUNCTION casefile_sanction_history_guard();
