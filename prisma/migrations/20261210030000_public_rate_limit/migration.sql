-- The public rate limit's counts, shared by every app instance (lib/publishing/public-rate-limit.ts).
CREATE TABLE "public_rate_limit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" TIMESTAMP(3),

    CONSTRAINT "public_rate_limit_pkey" PRIMARY KEY ("key")
);
