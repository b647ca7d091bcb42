-- Jurisdictions and their statutory clocks become records (issue 14, section 2). The two Korean
-- windows used to come from CASEFILE_REPLY_WINDOW_DAYS / CASEFILE_APPEAL_WINDOW_DAYS; the rule
-- table is now the one source. Seeded here so existing installations get them.
CREATE TYPE "ClockUnit" AS ENUM ('days', 'hours');

CREATE TABLE "jurisdictions" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKo" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "jurisdictions_pkey" PRIMARY KEY ("code")
);

CREATE TABLE "clock_rules" (
    "id" TEXT NOT NULL,
    "jurisdictionCode" TEXT NOT NULL,
    "kind" "ClockKind" NOT NULL,
    "length" INTEGER,
    "unit" "ClockUnit" NOT NULL DEFAULT 'days',
    "legalReference" TEXT NOT NULL DEFAULT '',
    "legalReferenceKo" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "clock_rules_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "clock_rules_length_positive" CHECK ("length" IS NULL OR "length" > 0)
);
CREATE UNIQUE INDEX "clock_rules_jurisdictionCode_kind_key" ON "clock_rules"("jurisdictionCode", "kind");
ALTER TABLE "clock_rules" ADD CONSTRAINT "clock_rules_jurisdictionCode_fkey" FOREIGN KEY ("jurisdictionCode") REFERENCES "jurisdictions"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

INSERT INTO "jurisdictions" ("code", "name", "nameKo", "timeZone") VALUES
    ('KR', 'Korea', '대한민국', 'Asia/Seoul'),
    ('EU', 'European Union (GDPR)', '유럽연합 (GDPR)', 'Europe/Brussels');

INSERT INTO "clock_rules" ("id", "jurisdictionCode", "kind", "length", "unit", "legalReference", "legalReferenceKo") VALUES
    ('krreplywindow', 'KR', 'reply_window', 10, 'days', 'Administrative Procedures Act, Art. 21', '행정절차법 제21조'),
    ('krappealwindow', 'KR', 'appeal_window', 90, 'days', 'Administrative Appeals Act, Art. 27; Administrative Litigation Act, Art. 20', '행정심판법 제27조, 행정소송법 제20조'),
    ('krnotificationduty', 'KR', 'notification_duty', 72, 'hours', 'Personal Information Protection Act, Art. 34, and its Enforcement Decree', '개인정보 보호법 제34조 및 같은 법 시행령'),
    ('eureplywindow', 'EU', 'reply_window', NULL, 'days', '', ''),
    ('euappealwindow', 'EU', 'appeal_window', NULL, 'days', '', ''),
    ('eunotificationduty', 'EU', 'notification_duty', 72, 'hours', 'GDPR, Art. 33 (notification to the supervisory authority)', 'GDPR 제33조 (감독기관에 대한 통지)');

-- Any code a case already carries becomes a jurisdiction (named by its code, Seoul time, no rules)
-- so the foreign key holds on every installation.
INSERT INTO "jurisdictions" ("code", "name", "nameKo", "timeZone")
    SELECT DISTINCT "jurisdiction", "jurisdiction", "jurisdiction", 'Asia/Seoul' FROM "incidents"
    WHERE "jurisdiction" NOT IN (SELECT "code" FROM "jurisdictions");
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_jurisdiction_fkey" FOREIGN KEY ("jurisdiction") REFERENCES "jurisdictions"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "case_clocks"
    ADD COLUMN "ruleId" TEXT,
    ADD COLUMN "ruleJurisdiction" TEXT,
    ADD COLUMN "ruleTimeZone" TEXT,
    ADD COLUMN "ruleLength" INTEGER,
    ADD COLUMN "ruleUnit" "ClockUnit",
    ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "case_clocks" ADD CONSTRAINT "case_clocks_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "clock_rules"("id") ON DELETE SET NULL ON UPDATE CASCADE;
