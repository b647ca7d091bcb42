-- A sanction's amounts get their currency. Amounts are kept as integer counts of the currency's
-- ISO 4217 minor unit (BIGINT, exact) beside a three-letter code, rather than NUMERIC: one exact
-- integer type end to end (BigInt in TypeScript), and the number of decimals is the currency's,
-- checked where amounts are read (lib/money). Won have no minor unit, so every existing amount in
-- won is already its count of minor units: the columns are renamed, not rewritten, and no value
-- passes through any arithmetic. Every existing row gets KRW.
ALTER TABLE "sanctions" RENAME COLUMN "amountKrw" TO "amountMinor";
ALTER TABLE "sanctions" RENAME COLUMN "proposedAmountKrw" TO "proposedAmountMinor";
ALTER TABLE "sanctions" ADD COLUMN "currency" CHAR(3) NOT NULL DEFAULT 'KRW';
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_currency_code" CHECK ("currency" ~ '^[A-Z]{3}$');

-- The guard on decided sanctions, as before, reading the renamed columns and also refusing a
-- change of currency (which would change what the decided amount means).
CREATE OR REPLACE FUNCTION casefile_sanction_history_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD."status" <> 'proposed' AND OLD."status" <> 'withdrawn' THEN
      RAISE EXCEPTION 'sanction % is part of the decision record and cannot be deleted', OLD."id" USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD."status" IN ('decided', 'superseded') THEN
    IF NEW."amountMinor" IS DISTINCT FROM OLD."amountMinor"
       OR NEW."proposedAmountMinor" IS DISTINCT FROM OLD."proposedAmountMinor"
       OR NEW."currency" IS DISTINCT FROM OLD."currency"
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
