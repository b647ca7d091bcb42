-- One publication waiting for approval per case: a second proposal fails instead of piling up.
CREATE UNIQUE INDEX "publication_versions_one_proposed_per_case" ON "publication_versions"("incidentId") WHERE "status" = 'proposed';
