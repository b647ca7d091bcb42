import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isEmbedPath, needsNonce, newNonce } from "./csp";

const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `));

describe("contentSecurityPolicy", () => {
  it("with a nonce, allows only nonced scripts (and what they load): no unsafe-inline, no unsafe-eval", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123", dev: false });
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
  });

  it("without a nonce (cached public pages), inline scripts are allowed: Next's page data is inline", () => {
    expect(directive(contentSecurityPolicy({ dev: false }), "script-src")).toBe("script-src 'self' 'unsafe-inline'");
  });

  it("adds unsafe-eval in development only (React's dev tooling)", () => {
    expect(directive(contentSecurityPolicy({ nonce: "n", dev: true }), "script-src")).toContain("'unsafe-eval'");
  });

  it("locks down everything else the same way in both variants", () => {
    for (const policy of [contentSecurityPolicy({ dev: false }), contentSecurityPolicy({ nonce: "n", dev: false })]) {
      expect(directive(policy, "default-src")).toBe("default-src 'self'");
      expect(directive(policy, "object-src")).toBe("object-src 'none'");
      expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
      expect(directive(policy, "base-uri")).toBe("base-uri 'self'");
      expect(directive(policy, "form-action")).toBe("form-action 'self'");
      expect(directive(policy, "connect-src")).toBe("connect-src 'self'");
      expect(directive(policy, "worker-src")).toBe("worker-src 'self'");
    }
  });
});

describe("embeds", () => {
  it("only the embed variant may be framed, by any site; it keeps every other directive", () => {
    const embed = contentSecurityPolicy({ dev: false, frameable: true });
    expect(directive(embed, "frame-ancestors")).toBe("frame-ancestors https: http:");
    expect(embed.replace(/frame-ancestors [^;]*/, "")).toBe(contentSecurityPolicy({ dev: false }).replace(/frame-ancestors [^;]*/, ""));
    expect(directive(contentSecurityPolicy({ dev: false, frameable: false }), "frame-ancestors")).toBe("frame-ancestors 'none'");
  });

  it("isEmbedPath covers /embed and below, nothing that only starts like it", () => {
    for (const path of ["/embed", "/embed/en/cases/x/records", "/embed/ko/cases/x/people?x=1"]) expect(isEmbedPath(path), path).toBe(true);
    for (const path of ["/embeds", "/en/embed/x", "/en/cases/x", "/api/oembed", "/embedded/x"]) expect(isEmbedPath(path), path).toBe(false);
  });
});

describe("needsNonce", () => {
  it("covers the signed-in areas and the sign-in page, in both languages", () => {
    for (const path of ["/en/workspace", "/ko/workspace/cases/x", "/en/admin/users", "/ko/sign-in", "/en/sign-in?callbackUrl=%2Fen%2Fworkspace"]) {
      expect(needsNonce(path), path).toBe(true);
    }
  });

  it("leaves the cached public pages and everything else alone", () => {
    for (const path of ["/en", "/ko/cases/kakao-pay-alipay-2024", "/en/about", "/en/workspaces", "/cases/x.json", "/api/public/cases", "/fr/workspace"]) {
      expect(needsNonce(path), path).toBe(false);
    }
  });
});

describe("newNonce", () => {
  it("is base64 of 16 random bytes, different every time", () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(a);
  });
});
