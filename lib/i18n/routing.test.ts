import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** The Set-Cookie the proxy's locale routing sends when the NEXT_LOCALE cookie is out of date. */
async function localeCookieSetBy(siteUrl: string): Promise<string> {
  vi.stubEnv("NEXTAUTH_URL", siteUrl);
  const { routing } = await import("./routing");
  const { default: createMiddleware } = await import("next-intl/middleware");
  const response = createMiddleware(routing)(new NextRequest(`${siteUrl}/ko`, { headers: { cookie: "NEXT_LOCALE=en", "accept-language": "en" } }));
  return response.headers.get("set-cookie") ?? "";
}

describe("the NEXT_LOCALE cookie", () => {
  it("is Secure when the site runs on https", async () => {
    const cookie = await localeCookieSetBy("https://casefile.example");
    expect(cookie).toMatch(/^NEXT_LOCALE=ko;/);
    expect(cookie).toMatch(/;\s*secure/i);
    expect(cookie).toMatch(/;\s*samesite=lax/i);
  });

  it("is not Secure on plain http (the local demo), where a browser would drop it", async () => {
    const cookie = await localeCookieSetBy("http://localhost:3000");
    expect(cookie).toMatch(/^NEXT_LOCALE=ko;/);
    expect(cookie).not.toMatch(/secure/i);
  });

  it("is Secure when the browser re-writes it on a language switch over https, and only then", async () => {
    vi.stubGlobal("window", { location: { protocol: "https:" } });
    expect((await import("./routing")).routing.localeCookie).toMatchObject({ secure: true });
    vi.resetModules();
    vi.stubGlobal("window", { location: { protocol: "http:" } });
    // next-intl writes every attribute it is given, `secure: false` as "secure" too.
    expect((await import("./routing")).routing.localeCookie).not.toHaveProperty("secure");
  });
});
