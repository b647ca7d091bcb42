import { describe, expect, it } from "vitest";
import { generateTokenSecret, hashToken, parseBearer, TOKEN_PATTERN, tokenHint } from "./token-format";

describe("token format", () => {
  it("starts with the fixed prefix and matches the documented pattern", () => {
    const token = generateTokenSecret();
    expect(token.startsWith("cfk_")).toBe(true);
    expect(TOKEN_PATTERN.test(token)).toBe(true);
    expect(token).toHaveLength(4 + 43);
  });

  it("is different every time", () => {
    expect(new Set(Array.from({ length: 50 }, generateTokenSecret)).size).toBe(50);
  });

  it("hashes to 64 hex characters, the same for the same token", () => {
    const token = generateTokenSecret();
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).toBe(hashToken(token));
    expect(hashToken(generateTokenSecret())).not.toBe(hashToken(token));
  });

  it("keeps a short hint, never the secret", () => {
    const token = generateTokenSecret();
    expect(tokenHint(token)).toBe(`${token.slice(0, 8)}…`);
  });

  it("reads a Bearer header, refusing anything malformed", () => {
    const token = generateTokenSecret();
    expect(parseBearer(`Bearer ${token}`)).toEqual({ ok: true, token });
    expect(parseBearer(`bearer ${token}`)).toEqual({ ok: true, token });
    expect(parseBearer(null)).toEqual({ ok: false, problem: "missing" });
    expect(parseBearer("")).toEqual({ ok: false, problem: "missing" });
    expect(parseBearer(`Basic ${token}`)).toEqual({ ok: false, problem: "malformed" });
    expect(parseBearer("Bearer cfk_short")).toEqual({ ok: false, problem: "malformed" });
    expect(parseBearer(`Bearer ${token}x`)).toEqual({ ok: false, problem: "malformed" });
    expect(parseBearer(`Bearer ${token.replace("cfk_", "ghp_")}`)).toEqual({ ok: false, problem: "malformed" });
    expect(parseBearer(`Bearer ${token.slice(0, -1)}!`)).toEqual({ ok: false, problem: "malformed" });
  });
});
