-- CreateEnum
CREATE TYPE "Role" AS ENUM ('admin', 'regulator', 'case_officer');

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('company', 'authority', 'other');

-- CreateEnum
CREATE TYPE "WorkflowState" AS ENUM ('reported', 'under_inspection', 'findings_issued', 'legal_review', 'notice_of_intent', 'sanction_review', 'sanction_decided', 'appealed', 'closed', 'dismissed');

-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('internal', 'public');

-- CreateEnum
CREATE TYPE "Provenance" AS ENUM ('reported', 'verified', 'estimated', 'modelled');

-- CreateEnum
CREATE TYPE "Sensitivity" AS ENUM ('low', 'moderate', 'high', 'special');

-- CreateEnum
CREATE TYPE "ConsentStatus" AS ENUM ('obtained', 'not_obtained', 'disputed', 'unknown');

-- CreateEnum
CREATE TYPE "ProtectionMethod" AS ENUM ('none', 'encryption', 'hashing', 'salted_hashing', 'tokenization', 'masking', 'other', 'unknown');

-- CreateEnum
CREATE TYPE "ReversibilityVerdict" AS ENUM ('reversible', 'not_reversible', 'not_tested');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('day', 'month', 'year');

-- CreateEnum
CREATE TYPE "TimelineEventKind" AS ENUM ('conduct', 'discovery', 'inspection', 'publication', 'statement', 'decision', 'other');

-- CreateEnum
CREATE TYPE "FindingSeverity" AS ENUM ('low', 'medium', 'high', 'critical');

-- CreateEnum
CREATE TYPE "FindingStatus" AS ENUM ('draft', 'confirmed', 'withdrawn');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('pending', 'approved', 'rejected', 'withdrawn');

-- CreateEnum
CREATE TYPE "ClockKind" AS ENUM ('reply_window', 'appeal_window');

-- CreateEnum
CREATE TYPE "SanctionType" AS ENUM ('fine', 'business_suspension', 'institutional_warning', 'executive_reprimand', 'corrective_order', 'other');

-- CreateEnum
CREATE TYPE "SanctionStatus" AS ENUM ('proposed', 'decided', 'superseded');

-- CreateEnum
CREATE TYPE "AppealOutcome" AS ENUM ('upheld', 'reduced', 'annulled');

-- CreateEnum
CREATE TYPE "PublicationStatus" AS ENUM ('proposed', 'approved', 'rejected', 'published', 'unpublished');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('running', 'completed', 'failed', 'cancelled');

-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "passwordHash" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_assignments" (
    "incidentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "assignedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_assignments_pkey" PRIMARY KEY ("incidentId","userId")
);

-- CreateTable
CREATE TABLE "organizations" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKo" TEXT,
    "kind" "OrganizationKind" NOT NULL,
    "country" TEXT,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "organizations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "incidents" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleKo" TEXT,
    "summary" TEXT NOT NULL,
    "summaryKo" TEXT,
    "investigatedOrgId" TEXT NOT NULL,
    "authorityId" TEXT,
    "discoveredOn" DATE,
    "conductStart" DATE,
    "conductStartPrecision" "DatePrecision" NOT NULL DEFAULT 'day',
    "conductEnd" DATE,
    "conductEndPrecision" "DatePrecision" NOT NULL DEFAULT 'day',
    "legalBasisExamined" TEXT[],
    "workflowState" "WorkflowState" NOT NULL DEFAULT 'reported',
    "stateEnteredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "visibility" "Visibility" NOT NULL DEFAULT 'internal',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "incidents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "incident_recipients" (
    "incidentId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "relationship" TEXT,

    CONSTRAINT "incident_recipients_pkey" PRIMARY KEY ("incidentId","organizationId")
);

-- CreateTable
CREATE TABLE "sources" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "publishedOn" DATE,
    "url" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sources_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "incident_figures" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "organizationId" TEXT,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "labelKo" TEXT,
    "value" DECIMAL(24,4) NOT NULL,
    "unit" TEXT NOT NULL,
    "approximate" BOOLEAN NOT NULL DEFAULT false,
    "provenance" "Provenance" NOT NULL,
    "sourceId" TEXT,
    "asOf" DATE,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "incident_figures_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "data_categories" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKo" TEXT,
    "sensitivity" "Sensitivity" NOT NULL,
    "consent" "ConsentStatus" NOT NULL DEFAULT 'unknown',
    "purposeClaimed" TEXT,
    "sharedFrom" DATE,
    "sharedUntil" DATE,
    "protectionMethod" "ProtectionMethod" NOT NULL DEFAULT 'unknown',
    "keyHandling" TEXT,
    "identifierSpace" TEXT,
    "reversibility" "ReversibilityVerdict" NOT NULL DEFAULT 'not_tested',
    "reversibilityNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "data_categories_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "population_estimates" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "population_estimates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "estimate_revisions" (
    "id" TEXT NOT NULL,
    "estimateId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "asOf" DATE NOT NULL,
    "active" BIGINT,
    "dormant" BIGINT,
    "former" BIGINT,
    "unsplit" BIGINT,
    "total" BIGINT NOT NULL,
    "low" BIGINT,
    "high" BIGINT,
    "provenance" "Provenance" NOT NULL,
    "sourceId" TEXT,
    "note" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "estimate_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "daily_record_counts" (
    "incidentId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "records" BIGINT NOT NULL,
    "provenance" "Provenance" NOT NULL,
    "importId" TEXT,

    CONSTRAINT "daily_record_counts_pkey" PRIMARY KEY ("incidentId","day")
);

-- CreateTable
CREATE TABLE "series_imports" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'running',
    "fileName" TEXT,
    "rowCount" INTEGER NOT NULL DEFAULT 0,
    "daysAdded" INTEGER NOT NULL DEFAULT 0,
    "daysChanged" INTEGER NOT NULL DEFAULT 0,
    "daysSame" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "series_imports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "timeline_events" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "occurredOn" DATE NOT NULL,
    "precision" "DatePrecision" NOT NULL DEFAULT 'day',
    "kind" "TimelineEventKind" NOT NULL,
    "title" TEXT NOT NULL,
    "titleKo" TEXT,
    "description" TEXT,
    "sourceId" TEXT,
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "inferenceNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "timeline_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "statements" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "quoteKo" TEXT,
    "context" TEXT,
    "statedOn" DATE,
    "sourceId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "statements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "findings" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "severity" "FindingSeverity" NOT NULL,
    "status" "FindingStatus" NOT NULL DEFAULT 'draft',
    "statusReason" TEXT,
    "legalArticles" TEXT[],
    "evidenceRefs" TEXT[],
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "findings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "state_transitions" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "fromState" "WorkflowState" NOT NULL,
    "toState" "WorkflowState" NOT NULL,
    "actorId" TEXT,
    "reason" TEXT NOT NULL,
    "details" JSONB,
    "proposalId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "state_transitions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transition_proposals" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "fromState" "WorkflowState" NOT NULL,
    "toState" "WorkflowState" NOT NULL,
    "reason" TEXT NOT NULL,
    "details" JSONB,
    "status" "ProposalStatus" NOT NULL DEFAULT 'pending',
    "proposedById" TEXT,
    "decidedById" TEXT,
    "decisionNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "transition_proposals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_clocks" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "kind" "ClockKind" NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "stoppedAt" TIMESTAMP(3),
    "note" TEXT,

    CONSTRAINT "case_clocks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sanctions" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "type" "SanctionType" NOT NULL,
    "subjectName" TEXT NOT NULL,
    "subjectOrgId" TEXT,
    "amountKrw" BIGINT,
    "proposedAmountKrw" BIGINT,
    "legalBasis" TEXT[],
    "decisionDate" DATE,
    "decisionDocRefs" TEXT[],
    "status" "SanctionStatus" NOT NULL DEFAULT 'proposed',
    "appealOutcome" "AppealOutcome",
    "supersedesId" TEXT,
    "note" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "sanctions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "publication_versions" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "PublicationStatus" NOT NULL DEFAULT 'proposed',
    "snapshot" JSONB NOT NULL,
    "correctionNote" TEXT,
    "publishAt" TIMESTAMP(3),
    "proposedById" TEXT,
    "decidedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "unpublishedAt" TIMESTAMP(3),

    CONSTRAINT "publication_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" BIGSERIAL NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "incidentId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "ip" TEXT,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "case_assignments_userId_idx" ON "case_assignments"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "organizations_slug_key" ON "organizations"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "incidents_slug_key" ON "incidents"("slug");

-- CreateIndex
CREATE INDEX "incidents_workflowState_idx" ON "incidents"("workflowState");

-- CreateIndex
CREATE INDEX "incidents_investigatedOrgId_idx" ON "incidents"("investigatedOrgId");

-- CreateIndex
CREATE INDEX "incidents_openedAt_idx" ON "incidents"("openedAt");

-- CreateIndex
CREATE INDEX "incident_recipients_organizationId_idx" ON "incident_recipients"("organizationId");

-- CreateIndex
CREATE INDEX "sources_incidentId_idx" ON "sources"("incidentId");

-- CreateIndex
CREATE UNIQUE INDEX "incident_figures_incidentId_key_key" ON "incident_figures"("incidentId", "key");

-- CreateIndex
CREATE INDEX "data_categories_incidentId_idx" ON "data_categories"("incidentId");

-- CreateIndex
CREATE INDEX "population_estimates_incidentId_idx" ON "population_estimates"("incidentId");

-- CreateIndex
CREATE UNIQUE INDEX "estimate_revisions_estimateId_revision_key" ON "estimate_revisions"("estimateId", "revision");

-- CreateIndex
CREATE INDEX "series_imports_incidentId_idx" ON "series_imports"("incidentId");

-- CreateIndex
CREATE INDEX "timeline_events_incidentId_occurredOn_idx" ON "timeline_events"("incidentId", "occurredOn");

-- CreateIndex
CREATE INDEX "statements_incidentId_idx" ON "statements"("incidentId");

-- CreateIndex
CREATE INDEX "findings_incidentId_idx" ON "findings"("incidentId");

-- CreateIndex
CREATE UNIQUE INDEX "state_transitions_proposalId_key" ON "state_transitions"("proposalId");

-- CreateIndex
CREATE INDEX "state_transitions_incidentId_createdAt_idx" ON "state_transitions"("incidentId", "createdAt");

-- CreateIndex
CREATE INDEX "transition_proposals_incidentId_status_idx" ON "transition_proposals"("incidentId", "status");

-- CreateIndex
CREATE INDEX "case_clocks_incidentId_idx" ON "case_clocks"("incidentId");

-- CreateIndex
CREATE INDEX "case_clocks_dueAt_idx" ON "case_clocks"("dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "sanctions_supersedesId_key" ON "sanctions"("supersedesId");

-- CreateIndex
CREATE INDEX "sanctions_incidentId_idx" ON "sanctions"("incidentId");

-- CreateIndex
CREATE INDEX "publication_versions_status_publishedAt_idx" ON "publication_versions"("status", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "publication_versions_incidentId_number_key" ON "publication_versions"("incidentId", "number");

-- CreateIndex
CREATE INDEX "audit_events_incidentId_occurredAt_idx" ON "audit_events"("incidentId", "occurredAt");

-- CreateIndex
CREATE INDEX "audit_events_actorId_occurredAt_idx" ON "audit_events"("actorId", "occurredAt");

-- CreateIndex
CREATE INDEX "audit_events_occurredAt_idx" ON "audit_events"("occurredAt");

-- AddForeignKey
ALTER TABLE "case_assignments" ADD CONSTRAINT "case_assignments_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_assignments" ADD CONSTRAINT "case_assignments_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_assignments" ADD CONSTRAINT "case_assignments_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_investigatedOrgId_fkey" FOREIGN KEY ("investigatedOrgId") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_authorityId_fkey" FOREIGN KEY ("authorityId") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_recipients" ADD CONSTRAINT "incident_recipients_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_recipients" ADD CONSTRAINT "incident_recipients_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sources" ADD CONSTRAINT "sources_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_figures" ADD CONSTRAINT "incident_figures_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_figures" ADD CONSTRAINT "incident_figures_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_figures" ADD CONSTRAINT "incident_figures_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "sources"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "data_categories" ADD CONSTRAINT "data_categories_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "population_estimates" ADD CONSTRAINT "population_estimates_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "estimate_revisions" ADD CONSTRAINT "estimate_revisions_estimateId_fkey" FOREIGN KEY ("estimateId") REFERENCES "population_estimates"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "estimate_revisions" ADD CONSTRAINT "estimate_revisions_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "sources"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "estimate_revisions" ADD CONSTRAINT "estimate_revisions_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "daily_record_counts" ADD CONSTRAINT "daily_record_counts_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "daily_record_counts" ADD CONSTRAINT "daily_record_counts_importId_fkey" FOREIGN KEY ("importId") REFERENCES "series_imports"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "series_imports" ADD CONSTRAINT "series_imports_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "series_imports" ADD CONSTRAINT "series_imports_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "timeline_events" ADD CONSTRAINT "timeline_events_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "timeline_events" ADD CONSTRAINT "timeline_events_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "sources"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statements" ADD CONSTRAINT "statements_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statements" ADD CONSTRAINT "statements_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statements" ADD CONSTRAINT "statements_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "sources"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "findings" ADD CONSTRAINT "findings_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "findings" ADD CONSTRAINT "findings_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "state_transitions" ADD CONSTRAINT "state_transitions_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "state_transitions" ADD CONSTRAINT "state_transitions_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "state_transitions" ADD CONSTRAINT "state_transitions_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "transition_proposals"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transition_proposals" ADD CONSTRAINT "transition_proposals_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transition_proposals" ADD CONSTRAINT "transition_proposals_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transition_proposals" ADD CONSTRAINT "transition_proposals_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_clocks" ADD CONSTRAINT "case_clocks_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_subjectOrgId_fkey" FOREIGN KEY ("subjectOrgId") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "sanctions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "publication_versions" ADD CONSTRAINT "publication_versions_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "publication_versions" ADD CONSTRAINT "publication_versions_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "publication_versions" ADD CONSTRAINT "publication_versions_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "incidents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
