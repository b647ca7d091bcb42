-- API tokens for /api/v1 (issue 19): only a hash of each secret is stored.
CREATE TYPE "ApiTokenKind" AS ENUM ('personal', 'service');

CREATE TABLE "api_tokens" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ApiTokenKind" NOT NULL,
    "ownerId" TEXT NOT NULL,
    "scopes" TEXT[],
    "secretHash" TEXT NOT NULL,
    "hint" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "api_tokens_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "api_tokens_secretHash_key" ON "api_tokens"("secretHash");
CREATE INDEX "api_tokens_ownerId_createdAt_idx" ON "api_tokens"("ownerId", "createdAt");
CREATE INDEX "api_tokens_kind_createdAt_idx" ON "api_tokens"("kind", "createdAt");
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Per-token rate-limit counters (rate-limiter-flexible's Prisma store).
CREATE TABLE "api_rate_limits" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" TIMESTAMP(3),
    CONSTRAINT "api_rate_limits_pkey" PRIMARY KEY ("key")
);
