-- The inbox reads a recipient's notifications newest first in keyset pages (createdAt, id): this
-- index serves that order directly, read or unread alike.
CREATE INDEX "notifications_recipientId_createdAt_id_idx" ON "notifications"("recipientId", "createdAt" DESC, "id" DESC);
