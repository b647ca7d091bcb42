-- The company's duty to notify a breach becomes a clock. On its own migration: a new enum value
-- cannot be used in the transaction that adds it, and the next migration seeds rules with it.
ALTER TYPE "ClockKind" ADD VALUE 'notification_duty';
