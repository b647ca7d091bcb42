// The app's server modules read their configuration from the environment (lib/env.ts); point
// them at this run's test database.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-tests-only-secret-0123456789";
