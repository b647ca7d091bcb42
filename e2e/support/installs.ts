// The two installations an e2e run starts (playwright.config.ts): the seeded one most tests use,
// and one on its first day (users, no cases) for the journey that opens a case from nothing.
// Each keeps its embedded PostgreSQL and its demo users' credentials in its data directory.
export const E2E_INSTALLS = {
  seeded: { dataDir: ".data/e2e" },
  firstDay: { dataDir: ".data/e2e-first-day", portOffset: 1 },
} as const;

export type E2eInstall = keyof typeof E2E_INSTALLS;
