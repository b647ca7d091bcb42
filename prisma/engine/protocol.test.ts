import { describe, expect, it } from "vitest";
import { databaseNameFromUrl, parseArgs, pgErrorToPrismaCode, withDatabase } from "./protocol.mjs";

describe("parseArgs", () => {
  it("reads repeated datamodels and the datasource JSON", () => {
    expect(
      parseArgs(["--datamodels", "a.prisma", "--datamodels", "b.prisma", "--datasource", '{"url":"postgresql://x/y","shadowDatabaseUrl":"postgresql://x/s"}']),
    ).toEqual({ datamodels: ["a.prisma", "b.prisma"], datasource: { url: "postgresql://x/y", shadowDatabaseUrl: "postgresql://x/s" } });
  });

  it("reads cli mode", () => {
    expect(parseArgs(["--datasource", '{"url":"postgresql://x/y"}', "cli", "create-database"])).toMatchObject({ cli: "create-database" });
  });

  it("accepts and ignores preview features and extension types", () => {
    expect(parseArgs(["--enabled-preview-features", "views", "--extension-types", "{}"])).toEqual({ datamodels: [] });
  });

  it.each([
    [["--datamodels"], /needs a file path/],
    [["--datasource", "{not json"], /not valid JSON/],
    [["--datasource", '{"url":5}'], /string url/],
    [["cli", "explode"], /cli needs one of/],
    [["--what"], /Unknown argument/],
  ])("refuses %j", (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

describe("URLs", () => {
  it("names the database and swaps it", () => {
    expect(databaseNameFromUrl("postgresql://u:p@h:5432/casefile?schema=public")).toBe("casefile");
    expect(databaseNameFromUrl("postgresql://u:p@h:5432")).toBe("postgres");
    expect(databaseNameFromUrl("not a url")).toBe("");
    expect(withDatabase("postgresql://u:p@h:5432/casefile?sslmode=disable", "other")).toBe("postgresql://u:p@h:5432/other?sslmode=disable");
  });
});

describe("pgErrorToPrismaCode", () => {
  it.each([
    [{ code: "ECONNREFUSED", message: "connect ECONNREFUSED 127.0.0.1:1" }, "P1001"],
    [{ code: "28P01", message: "password authentication failed" }, "P1000"],
    [{ code: "3D000", message: 'database "x" does not exist' }, "P1003"],
    [{ code: "42P04", message: "exists" }, "P1009"],
    [{ code: "42501", message: "permission denied" }, "P1010"],
    [{ message: "Connection terminated due to connection timeout" }, "P1001"],
  ])("maps %j to %s", (error, code) => {
    expect(pgErrorToPrismaCode(error, "x").code).toBe(code);
  });

  it("reads the first error of a dual-stack AggregateError", () => {
    const aggregate = Object.assign(new AggregateError([Object.assign(new Error("connect ECONNREFUSED ::1:5432"), { code: "ECONNREFUSED" })], ""), {});
    expect(pgErrorToPrismaCode(aggregate, "x")).toMatchObject({ code: "P1001" });
  });

  it("keeps unknown errors' messages without inventing a code", () => {
    expect(pgErrorToPrismaCode(new Error("odd"), "x")).toEqual({ code: null, message: "odd" });
  });
});
