import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ["*.tmp.mjs", ".next/**", "lib/generated/**", "node_modules/**", ".data/**", "playwright-report/**", "test-results/**", "next-env.d.ts"],
  },
  {
    rules: {
      "no-console": ["error", { allow: ["warn", "error"] }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      // Taking fields out of a record with a rest pattern is the point, not an unused variable.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true, argsIgnorePattern: "^_" }],
    },
  },
  {
    // The app reads its environment through the validated env only (lib/env.ts, lib/site-env.ts),
    // so a bad value is one clear line at start-up, not a surprise in some request.
    files: ["app/**", "components/**", "lib/**", "proxy.ts", "next.config.ts"],
    ignores: ["lib/env.ts", "lib/site-env.ts", "**/*.test.ts"],
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read settings through env() (lib/env.ts) or siteEnv() (lib/site-env.ts)." }],
    },
  },
  {
    // Command-line scripts talk to their user on stdout.
    files: ["scripts/**", "prisma/**", "bench/**", "e2e/**", "tests/**"],
    rules: { "no-console": "off" },
  },
];

export default config;
