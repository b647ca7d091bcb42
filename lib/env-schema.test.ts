import { describe, expect, it } from "vitest";
import { parseServerEnv } from "./env-schema";

const base = { DATABASE_URL: "postgresql://u:p@localhost:5432/casefile", NEXTAUTH_SECRET: "x".repeat(32) };

describe("parseServerEnv", () => {
  it("accepts a minimal production configuration and fills defaults", () => {
    const env = parseServerEnv(base);
    expect(env.SESSION_MAX_AGE_HOURS).toBe(8);
    expect(env.DATABASE_POOL_SIZE).toBe(10);
    expect(env.OIDC_ISSUER).toBeUndefined();
  });

  it.each([
    [{ ...base, DATABASE_URL: "mysql://x/y" }, /DATABASE_URL must look like postgresql/],
    [{ ...base, DATABASE_URL: undefined }, /DATABASE_URL/],
    [{ ...base, NEXTAUTH_SECRET: "short" }, /NEXTAUTH_SECRET must be at least 32/],
    [{ ...base, NEXTAUTH_SECRET: undefined }, /NEXTAUTH_SECRET/],
    [{ ...base, OIDC_ISSUER: "https://sso.example.org" }, /OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together/],
    [{ ...base, OIDC_ISSUER: "not a url", OIDC_CLIENT_ID: "a", OIDC_CLIENT_SECRET: "b" }, /issuer URL/],
    [{ ...base, DATABASE_POOL_SIZE: "0" }, /DATABASE_POOL_SIZE/],
  ])("refuses %j with a readable line", (env, message) => {
    expect(() => parseServerEnv(env)).toThrow(message);
  });

  it("treats empty OIDC variables as unset", () => {
    expect(parseServerEnv({ ...base, OIDC_ISSUER: "", OIDC_CLIENT_ID: "", OIDC_CLIENT_SECRET: "" }).OIDC_ISSUER).toBeUndefined();
  });
});
