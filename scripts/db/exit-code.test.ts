import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

describe("loading the embedded PostgreSQL module", () => {
  // embedded-postgres hooks process exit and used to end every process with code 0, so a failing
  // integration run (whose global setup loads it) reported success to CI.
  it("keeps the exit code the process set", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "casefile-exit-"));
    const script = path.join(dir, "probe.ts");
    writeFileSync(script, `import ${JSON.stringify(path.join(root, "scripts/db/embedded-postgres.ts"))};\nprocess.exitCode = 3;\n`);
    const result = spawnSync(path.join(root, "node_modules/.bin/tsx"), [script], { cwd: root, encoding: "utf8", timeout: 60_000 });
    expect(result.stderr).not.toContain("TypeError");
    expect(result.status).toBe(3);
  });
});
