import { describe, expect, it } from "vitest";
import { databaseFailure } from "./database-failure";
import { withDatabaseErrors } from "./database-errors-response";

// Shapes as observed from Prisma 7 + @prisma/adapter-pg and node-postgres against a real server
// (tests/faults/*.fault.test.ts produce each of them).
const prismaError = (code: string, cause?: object) => Object.assign(new Error("Invalid `prisma.user.count()` invocation"), { code, meta: cause ? { driverAdapterError: { name: "DriverAdapterError", cause } } : undefined });
const sqlState = (state: string) => prismaError("P2010", { originalCode: state, kind: "postgres", code: state });

describe("databaseFailure", () => {
  it("does not treat a protocol violation (08P01, a bug) as an outage", () => {
    expect(databaseFailure(sqlState("08P01"))).toBeNull();
  });

  it("stops following a cycle of causes", () => {
    const a = new Error("a");
    const b = new Error("b", { cause: a });
    Object.assign(a, { cause: b });
    expect(databaseFailure(a)).toBeNull();
  });

  it.each([
    ["server unreachable (P1001)", prismaError("P1001", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 }), "unavailable"],
    ["connection killed by a stopping server (57P01)", sqlState("57P01"), "unavailable"],
    ["server starting up (57P03)", sqlState("57P03"), "unavailable"],
    ["connection exception class 08", sqlState("08006"), "unavailable"],
    ["too many connections", sqlState("53300"), "unavailable"],
    ["statement timeout (57014)", sqlState("57014"), "timeout"],
    ["read-only database (25006, Prisma P2039)", prismaError("P2039", { originalCode: "25006", kind: "postgres" }), "read_only"],
    ["disk full (53100)", sqlState("53100"), "disk_full"],
    ["transaction could not start within maxWait (P2028)", prismaError("P2028"), "timeout"],
    ["pg-pool timeout", new Error("timeout exceeded when trying to connect"), "timeout"],
    ["connection lost inside an interactive transaction", new Error("Client has encountered a connection error and is not queryable"), "unavailable"],
    ["raw pg error from the import's own connection", Object.assign(new Error("could not extend file"), { code: "53100", severity: "ERROR" }), "disk_full"],
    ["socket refused", Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED", syscall: "connect", errno: -111 }), "unavailable"],
    ["wrapped in a cause", new Error("outer", { cause: sqlState("57P01") }), "unavailable"],
    ["the adapter's own error inside a transaction, server crashed", Object.assign(new Error("DriverAdapterError: ConnectionClosed"), { name: "DriverAdapterError", cause: { kind: "ConnectionClosed" } }), "unavailable"],
  ])("%s → %s", (_label, error, kind) => {
    const failure = databaseFailure(error);
    expect(failure?.kind).toBe(kind);
    expect(failure?.message).toMatch(/Nothing was changed/);
    expect(failure?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it.each([
    ["a unique violation", prismaError("P2002")],
    ["a record not found", prismaError("P2025")],
    ["a syntax error", sqlState("42601")],
    ["a bug", new TypeError("Cannot read properties of undefined")],
    ["a message that only mentions a timeout", new Error("timeout exceeded when trying to connect, said the user")],
    ["a string", "57P01"],
    ["null", null],
  ])("%s is not a database failure", (_label, error) => {
    expect(databaseFailure(error)).toBeNull();
  });
});

describe("withDatabaseErrors", () => {
  it("answers 503 with Retry-After and a JSON message when the database is down", async () => {
    const handler = withDatabaseErrors(async () => {
      throw prismaError("P1001", { kind: "DatabaseNotReachable" });
    });
    const response = await handler();
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toEqual({ error: "unavailable", reason: "unavailable", message: expect.stringMatching(/cannot be reached/) });
  });

  it("passes anything else on, so a bug is still a 500 with its stack in the log", async () => {
    const handler = withDatabaseErrors(async () => {
      throw new TypeError("bug");
    });
    await expect(handler()).rejects.toThrow(TypeError);
  });

  it("leaves successful responses alone", async () => {
    const handler = withDatabaseErrors(async (value: number) => Response.json({ value }));
    expect(await (await handler(7)).json()).toEqual({ value: 7 });
  });
});
