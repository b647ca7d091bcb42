import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Server-only guards throw outside React Server Components; tests call server code directly.
      "server-only": path.join(root, "tests/support/empty-module.ts"),
    },
  },
  test: {
    // next-intl's ESM build imports "next/server" without an extension, which only a bundler
    // resolves (lib/i18n/routing.test.ts runs its middleware).
    server: { deps: { inline: ["next-intl"] } },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["{lib,components,prisma,scripts,tests/support}/**/*.test.{ts,tsx,mjs}"],
          exclude: ["**/*.int.test.*", "node_modules/**"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["{lib,prisma,scripts,tests}/**/*.int.test.{ts,mjs}"],
          exclude: ["node_modules/**"],
          environment: "node",
          globalSetup: ["tests/support/integration-global-setup.ts"],
          setupFiles: ["tests/support/integration-env.ts", "tests/support/fail-on-process-errors.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Tests share one freshly migrated database per run; files run one at a time so
          // assertions about table contents are not disturbed by another file.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: "faults",
          // Each file starts, stops and restarts its own PostgreSQL (under /tmp/faults-*), so
          // there is no global setup; files run one at a time on this 2-core budget.
          include: ["tests/faults/**/*.fault.test.ts"],
          exclude: ["node_modules/**"],
          environment: "node",
          setupFiles: ["tests/support/fail-on-process-errors.ts"],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: "cluster",
          // `npm run test:cluster`: a production build, two instances, HAProxy, a primary and a
          // streaming replica (scripts/cluster/cluster.ts); the last step of `npm test`.
          include: ["tests/cluster/**/*.cluster.test.ts"],
          exclude: ["node_modules/**"],
          environment: "node",
          setupFiles: ["tests/support/fail-on-process-errors.ts"],
          testTimeout: 300_000,
          hookTimeout: 1_200_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
