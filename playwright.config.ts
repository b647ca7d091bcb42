import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "./e2e/support/chromium";
import { E2E_INSTALLS } from "./e2e/support/installs";
import { OIDC_TEST } from "./e2e/support/oidc-provider";

const port = Number(process.env.E2E_PORT ?? 3100);
// Workers load this file again; the database name is fixed once, in the environment they inherit.
process.env.E2E_DB_NAME ??= `casefile_e2e_${Date.now()}`;

const baseURL = `http://localhost:${port}`;
// A second installation with users but no cases, for the journey that opens a case from nothing
// (e2e/intake/*.journey.spec.ts). Its port and data directory are in e2e/support/installs.ts.
const firstDay = E2E_INSTALLS.firstDay;
const firstDayPort = port + firstDay.portOffset;
const choice = findChromium();
const executablePath = "executablePath" in choice ? choice.executablePath : undefined;

function server(serverPort: number, env: Record<string, string>) {
  return {
    command: "node_modules/.bin/tsx scripts/start.ts",
    url: `http://localhost:${serverPort}/en`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
    gracefulShutdown: { signal: "SIGTERM" as const, timeout: 30_000 },
    env: { PORT: String(serverPort), CASEFILE_DB_NAME: process.env.E2E_DB_NAME ?? "", CASEFILE_EPHEMERAL_DB: "1", NEXT_TELEMETRY_DISABLED: "1", ...env },
  };
}

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // The last one fails the run when the app server logs an uncaught exception (see the file).
  reporter: [["list"], ["html", { open: "never" }], ["./e2e/support/server-errors-reporter.ts"]],
  timeout: 30_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      // As root in a container Chromium needs --no-sandbox; the other flags stop it reaching
      // out to Google's services, which this network refuses.
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 } }, testIgnore: /\.journey\.spec\.ts$/ },
    { name: "phone", use: { ...devices["Pixel 7"] }, grep: /@phone/, testIgnore: /\.journey\.spec\.ts$/ },
    // Journeys change shared data for good (the reference case moves to "closed"; the leak test
    // adds cases), so they run after every test that reads the seeded data.
    {
      name: "journey",
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 } },
      testMatch: /\.journey\.spec\.ts$/,
      testIgnore: /intake\//,
      dependencies: ["desktop", "phone"],
    },
    // Its own installation, so it touches nothing the others read; it reads the seeded one's
    // database for the reference case's published version, which nothing changes.
    {
      name: "first-day",
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 }, baseURL: `http://localhost:${firstDayPort}` },
      testMatch: /intake\/.*\.journey\.spec\.ts$/,
    },
  ],
  // The real start path: embedded PostgreSQL, migrations, reference data, production build.
  // A fresh database per run, dropped when the server stops. Playwright starts them one after the
  // other, so the second finds the first one's build.
  webServer: [
    server(port, {
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      CASEFILE_DATA_DIR: E2E_INSTALLS.seeded.dataDir,
      // Single sign-on against the provider e2e/auth/oidc.spec.ts starts in-process.
      OIDC_ISSUER: OIDC_TEST.issuer,
      OIDC_CLIENT_ID: OIDC_TEST.clientId,
      OIDC_CLIENT_SECRET: OIDC_TEST.clientSecret,
      OIDC_DISPLAY_NAME: OIDC_TEST.displayName,
    }),
    server(firstDayPort, { DATABASE_URL: "", CASEFILE_DATA_DIR: firstDay.dataDir, CASEFILE_SEED_CASES: "0" }),
  ],
});
