-- The library of legal articles, and the links from findings, a case's legal bases and sanctions.
CREATE TABLE "legal_articles" (
    "id" TEXT NOT NULL,
    "lawCode" TEXT NOT NULL,
    "lawName" TEXT NOT NULL,
    "lawNameKo" TEXT,
    "number" TEXT NOT NULL,
    "numberKey" TEXT NOT NULL,
    "title" TEXT,
    "titleKo" TEXT,
    "url" TEXT,
    "lawVersion" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "legal_articles_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "legal_articles_lawCode_numberKey_key" ON "legal_articles"("lawCode", "numberKey");

CREATE TABLE "finding_legal_articles" (
    "findingId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    CONSTRAINT "finding_legal_articles_pkey" PRIMARY KEY ("findingId","articleId")
);
CREATE INDEX "finding_legal_articles_articleId_idx" ON "finding_legal_articles"("articleId");
ALTER TABLE "finding_legal_articles" ADD CONSTRAINT "finding_legal_articles_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "findings"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "finding_legal_articles" ADD CONSTRAINT "finding_legal_articles_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "legal_articles"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "incident_legal_articles" (
    "incidentId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    CONSTRAINT "incident_legal_articles_pkey" PRIMARY KEY ("incidentId","articleId")
);
CREATE INDEX "incident_legal_articles_articleId_idx" ON "incident_legal_articles"("articleId");
ALTER TABLE "incident_legal_articles" ADD CONSTRAINT "incident_legal_articles_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "incident_legal_articles" ADD CONSTRAINT "incident_legal_articles_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "legal_articles"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "sanction_legal_articles" (
    "sanctionId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    CONSTRAINT "sanction_legal_articles_pkey" PRIMARY KEY ("sanctionId","articleId")
);
CREATE INDEX "sanction_legal_articles_articleId_idx" ON "sanction_legal_articles"("articleId");
ALTER TABLE "sanction_legal_articles" ADD CONSTRAINT "sanction_legal_articles_sanctionId_fkey" FOREIGN KEY ("sanctionId") REFERENCES "sanctions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "sanction_legal_articles" ADD CONSTRAINT "sanction_legal_articles_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "legal_articles"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Moving the free text. Each line that reads as one article of a known law becomes a link (the
-- article is created once); every other line stays where it was, in its order. The patterns
-- and the laws are those of lib/legal-articles/citation.ts and laws.ts, as they were on this day.
CREATE TEMPORARY TABLE "casefile_known_laws" ("code" TEXT, "name" TEXT, "nameKo" TEXT, "alias" TEXT) ON COMMIT DROP;
INSERT INTO "casefile_known_laws" ("code", "name", "nameKo", "alias")
SELECT l.code, l.name, l.name_ko, lower(regexp_replace(a.alias, '\s+', '', 'g'))
FROM (VALUES
  ('CIUPA', 'Credit Information Use and Protection Act', '신용정보의 이용 및 보호에 관한 법률',
    ARRAY['Credit Information Use and Protection Act', 'Credit Information Act', 'Credit Information Protection Act', 'CIUPA', '신용정보의 이용 및 보호에 관한 법률', '신용정보법']),
  ('PIPA', 'Personal Information Protection Act', '개인정보 보호법', ARRAY['Personal Information Protection Act', 'PIPA', '개인정보 보호법']),
  ('EFTA', 'Electronic Financial Transactions Act', '전자금융거래법', ARRAY['Electronic Financial Transactions Act', 'EFTA', '전자금융거래법']),
  ('GDPR', 'General Data Protection Regulation (EU) 2016/679', 'EU 일반개인정보보호규정', ARRAY['General Data Protection Regulation', 'GDPR', 'EU GDPR', '일반개인정보보호규정'])
) AS l(code, name, name_ko, aliases), unnest(l.aliases) AS a(alias);

CREATE FUNCTION pg_temp.casefile_article_number(input TEXT) RETURNS TEXT LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  t TEXT := btrim(input);
  m TEXT[];
BEGIN
  m := regexp_match(t, '^(?:art(?:icle)?\.?)?\s*(\d+(?:-\d+)?(?:\s*\([0-9a-z]+\))*)$', 'i');
  IF m IS NOT NULL THEN RETURN lower(regexp_replace(m[1], '\s+', '', 'g')); END IF;
  m := regexp_match(t, '^제?\s*(\d+)\s*조?\s*(?:의\s*(\d+))?\s*(?:제?\s*(\d+)\s*항)?$');
  IF m IS NOT NULL AND t ~ '\d' THEN RETURN m[1] || coalesce('-' || m[2], '') || coalesce('(' || m[3] || ')', ''); END IF;
  RETURN NULL;
END $$;

-- {law code, number} for a line that is one article of a known law, else NULL.
CREATE FUNCTION pg_temp.casefile_parse_citation(input TEXT) RETURNS TEXT[] LANGUAGE plpgsql STABLE AS $$
DECLARE
  t TEXT := btrim(input);
  candidates TEXT[][] := ARRAY[]::TEXT[][];
  m TEXT[];
  law TEXT;
  num TEXT;
  i INTEGER;
BEGIN
  m := regexp_match(t, '^(.+?)[\s,]+((?:art(?:icle)?\.?)\s*\d+(?:-\d+)?(?:\s*\([0-9a-z]+\))*)\.?$', 'i');
  IF m IS NOT NULL THEN candidates := candidates || ARRAY[ARRAY[m[1], m[2]]]; END IF;
  m := regexp_match(t, '^((?:art(?:icle)?\.?)\s*\d+(?:-\d+)?(?:\s*\([0-9a-z]+\))*)[\s,]+(?:of\s+(?:the\s+)?)?(.+?)\.?$', 'i');
  IF m IS NOT NULL THEN candidates := candidates || ARRAY[ARRAY[m[2], m[1]]]; END IF;
  m := regexp_match(t, '^(.+?)\s*(제\s*\d+\s*조.*)$');
  IF m IS NOT NULL THEN candidates := candidates || ARRAY[ARRAY[m[1], m[2]]]; END IF;
  FOR i IN 1 .. coalesce(array_length(candidates, 1), 0) LOOP
    SELECT k."code" INTO law FROM "casefile_known_laws" k
      WHERE k."alias" = lower(regexp_replace(regexp_replace(candidates[i][1], '[\s,]+$', ''), '\s+', '', 'g'));
    num := pg_temp.casefile_article_number(candidates[i][2]);
    IF law IS NOT NULL AND num IS NOT NULL THEN RETURN ARRAY[law, num]; END IF;
  END LOOP;
  RETURN NULL;
END $$;

CREATE TEMPORARY TABLE "casefile_citations" ON COMMIT DROP AS
SELECT c."ownerKind", c."ownerId", c."ord", p.parsed[1] AS "lawCode", p.parsed[2] AS "numberKey"
FROM (
  SELECT 'finding' AS "ownerKind", f."id" AS "ownerId", u.ord, u.line FROM "findings" f, unnest(f."legalArticles") WITH ORDINALITY AS u(line, ord)
  UNION ALL
  SELECT 'incident', i."id", u.ord, u.line FROM "incidents" i, unnest(i."legalBasisExamined") WITH ORDINALITY AS u(line, ord)
  UNION ALL
  SELECT 'sanction', s."id", u.ord, u.line FROM "sanctions" s, unnest(s."legalBasis") WITH ORDINALITY AS u(line, ord)
) c
CROSS JOIN LATERAL (SELECT pg_temp.casefile_parse_citation(c.line) AS parsed) p
WHERE p.parsed IS NOT NULL;

INSERT INTO "legal_articles" ("id", "lawCode", "lawName", "lawNameKo", "number", "numberKey", "updatedAt")
SELECT gen_random_uuid()::TEXT, a."lawCode", k."name", k."nameKo", a."numberKey", a."numberKey", CURRENT_TIMESTAMP
FROM (SELECT DISTINCT "lawCode", "numberKey" FROM "casefile_citations") a
JOIN (SELECT DISTINCT "code", "name", "nameKo" FROM "casefile_known_laws") k ON k."code" = a."lawCode";

-- One link per (owner, article), at the place of its first mention, numbered from 0.
CREATE TEMPORARY TABLE "casefile_links" ON COMMIT DROP AS
SELECT l."ownerKind", l."ownerId", l."articleId", (row_number() OVER (PARTITION BY l."ownerKind", l."ownerId" ORDER BY l."firstOrd") - 1)::INTEGER AS "position"
FROM (
  SELECT c."ownerKind", c."ownerId", a."id" AS "articleId", min(c."ord") AS "firstOrd"
  FROM "casefile_citations" c JOIN "legal_articles" a ON a."lawCode" = c."lawCode" AND a."numberKey" = c."numberKey"
  GROUP BY c."ownerKind", c."ownerId", a."id"
) l;

INSERT INTO "finding_legal_articles" ("findingId", "articleId", "position") SELECT "ownerId", "articleId", "position" FROM "casefile_links" WHERE "ownerKind" = 'finding';
INSERT INTO "incident_legal_articles" ("incidentId", "articleId", "position") SELECT "ownerId", "articleId", "position" FROM "casefile_links" WHERE "ownerKind" = 'incident';
INSERT INTO "sanction_legal_articles" ("sanctionId", "articleId", "position") SELECT "ownerId", "articleId", "position" FROM "casefile_links" WHERE "ownerKind" = 'sanction';

UPDATE "findings" f SET "legalArticles" = ARRAY(
  SELECT u.line FROM unnest(f."legalArticles") WITH ORDINALITY AS u(line, ord) WHERE pg_temp.casefile_parse_citation(u.line) IS NULL ORDER BY u.ord)
WHERE f."id" IN (SELECT "ownerId" FROM "casefile_citations" WHERE "ownerKind" = 'finding');
UPDATE "incidents" i SET "legalBasisExamined" = ARRAY(
  SELECT u.line FROM unnest(i."legalBasisExamined") WITH ORDINALITY AS u(line, ord) WHERE pg_temp.casefile_parse_citation(u.line) IS NULL ORDER BY u.ord)
WHERE i."id" IN (SELECT "ownerId" FROM "casefile_citations" WHERE "ownerKind" = 'incident');

-- A decided sanction's record does not change: its citations move to links that say the same.
-- The history guard is set aside for this one statement and on again before the migration ends.
ALTER TABLE "sanctions" DISABLE TRIGGER "sanctions_history_guard";
UPDATE "sanctions" s SET "legalBasis" = ARRAY(
  SELECT u.line FROM unnest(s."legalBasis") WITH ORDINALITY AS u(line, ord) WHERE pg_temp.casefile_parse_citation(u.line) IS NULL ORDER BY u.ord)
WHERE s."id" IN (SELECT "ownerId" FROM "casefile_citations" WHERE "ownerKind" = 'sanction');
ALTER TABLE "sanctions" ENABLE TRIGGER "sanctions_history_guard";

DROP FUNCTION pg_temp.casefile_parse_citation(TEXT);
DROP FUNCTION pg_temp.casefile_article_number(TEXT);

-- From now on a decided (or superseded) sanction's legal basis is guarded like its amounts: the
-- free text cannot change, and neither can its links to the library. A sanction written in the
-- current transaction (an appeal outcome's new version, a decision being recorded) may still get
-- its links; after that they are fixed.
CREATE FUNCTION casefile_sanction_legal_basis_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."status" IN ('decided', 'superseded') AND NEW."legalBasis" IS DISTINCT FROM OLD."legalBasis" THEN
    RAISE EXCEPTION 'sanction % is decided; its legal basis cannot change', OLD."id" USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER sanctions_legal_basis_guard BEFORE UPDATE ON "sanctions"
  FOR EACH ROW EXECUTE FUNCTION casefile_sanction_legal_basis_guard();

CREATE FUNCTION casefile_sanction_links_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  sanction_id TEXT := CASE WHEN TG_OP = 'DELETE' THEN OLD."sanctionId" ELSE NEW."sanctionId" END;
BEGIN
  IF EXISTS (
    SELECT 1 FROM "sanctions" s
    WHERE s."id" = sanction_id AND s."status" IN ('decided', 'superseded') AND s.xmin <> pg_current_xact_id()::xid
  ) THEN
    RAISE EXCEPTION 'sanction % is decided; its legal articles cannot change', sanction_id USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER sanction_legal_articles_guard BEFORE INSERT OR UPDATE OR DELETE ON "sanction_legal_articles"
  FOR EACH ROW EXECUTE FUNCTION casefile_sanction_links_guard();
