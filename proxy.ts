// Locale routing (/ko/... ↔ /...), and a plain 4xx for server-action POSTs this app never sends
// (lib/http/server-action-guard.ts). Nothing here is a security boundary: every page, route
// handler and server action checks the session, permissions and input itself, on the server.
import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { refuseMalformedServerAction } from "@/lib/http/server-action-guard";
import { routing } from "@/lib/i18n/routing";

const localeRouting = createMiddleware(routing);

export default async function proxy(request: NextRequest) {
  const refused = await refuseMalformedServerAction(request);
  if (refused) return refused;
  // Server actions under /en/ and /ko/ (matched for the check above) need no locale work.
  if (request.headers.has("next-action") && /^\/(en|ko)\//.test(request.nextUrl.pathname)) return NextResponse.next();
  return localeRouting(request);
}

export const config = {
  matcher: [
    // Only what lacks a locale prefix ("/", "/cases/x"): everything under /en/ and /ko/ already
    // names its locale (pages call setRequestLocale), so the cached public pages skip this work.
    // Never API routes, Next internals or files with an extension.
    "/((?!api|_next|_vercel|en/|ko/|.*\\..*).*)",
    // Server-action POSTs, wherever they are sent (route handlers never run actions).
    { source: "/((?!api|_next|_vercel|.*\\..*).*)", has: [{ type: "header", key: "next-action" }] },
  ],
};
