import { describe, expect, it } from "vitest";
import { findPgTool, libpqConnection, parseToolMajor, redactUrl, serverMajorFromVersionNum } from "./pg-tools";

const existing = (files: string[]) => (file: string) => files.includes(file);

describe("findPgTool", () => {
  const base = { tool: "pg_dump" as const, serverMajor: 15, libRoot: "/usr/lib/postgresql" };

  it("prefers PG_DUMP, then Debian's directory for the server's major version, then PATH", () => {
    const all = existing(["/opt/pg/pg_dump", "/usr/lib/postgresql/15/bin/pg_dump", "/usr/bin/pg_dump"]);
    expect(findPgTool({ ...base, env: { PG_DUMP: "/opt/pg/pg_dump", PATH: "/usr/bin" }, exists: all })).toBe("/opt/pg/pg_dump");
    expect(findPgTool({ ...base, env: { PATH: "/usr/bin" }, exists: all })).toBe("/usr/lib/postgresql/15/bin/pg_dump");
    expect(findPgTool({ ...base, env: { PATH: "/usr/local/bin:/usr/bin" }, exists: existing(["/usr/lib/postgresql/16/bin/pg_dump", "/usr/bin/pg_dump"]) })).toBe("/usr/bin/pg_dump");
  });

  it("says what to install when the tool is nowhere", () => {
    expect(() => findPgTool({ ...base, env: { PATH: "/usr/bin" }, exists: existing([]) })).toThrow(
      "pg_dump was not found. Install the PostgreSQL 15 client tools (Debian/Ubuntu: apt-get install postgresql-client-15), or set PG_DUMP to its path.",
    );
    expect(() => findPgTool({ ...base, tool: "pg_restore", env: { PG_RESTORE: "/nope" }, exists: existing([]) })).toThrow(/PG_RESTORE is set to \/nope, which is not an executable file/);
  });
});

describe("versions", () => {
  it("reads the major version of the tools and of the server", () => {
    expect(parseToolMajor("pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)\n")).toBe(15);
    expect(parseToolMajor("pg_restore (PostgreSQL) 17.2")).toBe(17);
    expect(parseToolMajor("something else")).toBeUndefined();
    expect(serverMajorFromVersionNum("150018")).toBe(15);
    expect(serverMajorFromVersionNum(170002)).toBe(17);
  });
});

describe("libpqConnection", () => {
  it("keeps the password out of the argument and in the child's PGPASSWORD; drops parameters libpq would refuse", () => {
    const { dbnameArg, env } = libpqConnection("postgresql://case%40file:s%3Acret%2F1@db.example.org:5433/casefile?schema=public&sslmode=require&connection_limit=5", {
      ...process.env,
      PATH: "/usr/bin",
      PGPASSWORD: "stale",
    });
    expect(dbnameArg).toBe("--dbname=postgresql://case%40file@db.example.org:5433/casefile?sslmode=require");
    expect(env.PGPASSWORD).toBe("s:cret/1");
    expect(env.PATH).toBe("/usr/bin");
  });

  it("leaves PGPASSWORD from the environment in place when the URL has no password, as node-postgres does", () => {
    expect(libpqConnection("postgresql://casefile@127.0.0.1/casefile", { ...process.env, PGPASSWORD: "from-env" }).env.PGPASSWORD).toBe("from-env");
  });

  it("takes a ?password= to PGPASSWORD and keeps passwords and key passphrases off the command line", () => {
    const { dbnameArg, env } = libpqConnection("postgresql://u@h:5432/d?password=s3cret&sslpassword=k3y&sslmode=require", { ...process.env, PGPASSWORD: undefined });
    expect(env.PGPASSWORD).toBe("s3cret");
    expect(dbnameArg).toBe("--dbname=postgresql://u@h:5432/d?sslmode=require");
  });

  it("redacts the password for messages", () => {
    expect(redactUrl("postgresql://u:secret@h:5432/d")).toBe("postgresql://u:***@h:5432/d");
    expect(redactUrl("postgresql://u@h/d?password=s3cret&sslpassword=k3y")).not.toMatch(/s3cret|k3y/);
  });
});
