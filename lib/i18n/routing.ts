import { defineRouting } from "next-intl/routing";
import { siteUrl } from "@/lib/site-env";
import { defaultLocale, locales } from "./locales";

/**
 * Whether the site is served over https, so that the NEXT_LOCALE cookie is Secure like the session
 * cookies. The proxy sets the cookie on the server, where NEXTAUTH_URL says so (as it does for
 * next-auth); next-intl's Link re-writes it in the browser on a language switch, where the page's
 * own address says so.
 */
function servedOverHttps(): boolean {
  if (typeof window !== "undefined") return window.location.protocol === "https:";
  return siteUrl().protocol === "https:";
}

// Every page lives under its language: /en/... and /ko/..., so a shared or cited link keeps its
// language. A path without one (/, /cases/x) redirects by cookie or Accept-Language.
// ("as-needed" prefixes would need an internal rewrite, which Next 16.2.6+ turns into a 307 loop:
// vercel/next.js#94342.)
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "always",
  // Left out rather than `secure: false`: in the browser next-intl writes every attribute it is
  // given by name, so `false` would come out as "secure" too.
  localeCookie: servedOverHttps() ? { secure: true } : {},
});
