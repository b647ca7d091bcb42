import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales } from "./locales";

// Every page lives under its language: /en/... and /ko/..., so a shared or cited link keeps its
// language. A path without one (/, /cases/x) redirects by cookie or Accept-Language.
// ("as-needed" prefixes would need an internal rewrite, which Next 16.2.6+ turns into a 307 loop:
// vercel/next.js#94342.)
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "always",
});
