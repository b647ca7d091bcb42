-- Indexes for My work, the header badge and the inbox (issue 16).
-- The inbox reads a recipient's notifications newest first in keyset pages (createdAt, id): this
-- index serves that order directly, read or unread alike.
CREATE INDEX "notifications_recipientId_createdAt_id_idx" ON "notifications"("recipientId", "createdAt" DESC, "id" DESC);

-- My work and the badge list pending workflow proposals oldest first across cases.
CREATE INDEX "transition_proposals_status_createdAt_idx" ON "transition_proposals"("status", "createdAt");
