// Locale routing only (/ko/... ↔ /...). Nothing here is a security boundary: every page,
// route handler and server action checks the session and permissions itself, on the server.
import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Only what lacks a locale prefix ("/", "/cases/x"): everything under /en/ and /ko/ already
  // names its locale (pages call setRequestLocale), so the cached public pages skip this work.
  // Never API routes, Next internals or files with an extension.
  matcher: "/((?!api|_next|_vercel|en/|ko/|.*\\..*).*)",
};
