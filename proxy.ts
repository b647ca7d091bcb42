// Locale routing (/ko/... ↔ /...), and plain 4xx answers where Next.js itself would answer 500:
// a path with broken percent-encoding, and a server-action POST this app never sends
// (lib/http/server-action-guard.ts). Nothing here is a security boundary: every page, route
// handler and server action checks the session, permissions and input itself, on the server.
import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { refuseMalformedServerAction } from "@/lib/http/server-action-guard";
import { routing } from "@/lib/i18n/routing";

const localeRouting = createMiddleware(routing);

export default async function proxy(request: NextRequest) {
  if (!isDecodable(request.nextUrl.pathname)) return NextResponse.json({ error: "invalid", message: "The address is not valid percent-encoded UTF-8." }, { status: 400 });
  const refused = await refuseMalformedServerAction(request);
  if (refused) return refused;
  // Paths that name their locale (or an API route) reach the proxy only for the checks above.
  if (/^\/(en|ko|api)\//.test(request.nextUrl.pathname)) return NextResponse.next();
  return localeRouting(request);
}

/** Next.js answers 500 when it cannot decode a dynamic segment (vercel/next.js#92527). */
function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export const config = {
  matcher: [
    // Only what lacks a locale prefix ("/", "/cases/x"): everything under /en/ and /ko/ already
    // names its locale (pages call setRequestLocale), so the cached public pages skip this work.
    // Never API routes, Next internals or files with an extension.
    "/((?!api|_next|_vercel|en/|ko/|.*\\..*).*)",
    // Server-action POSTs, wherever they are sent (route handlers never run actions).
    { source: "/((?!api|_next|_vercel|.*\\..*).*)", has: [{ type: "header", key: "next-action" }] },
    // Any path with a percent-escape, to catch the ones that do not decode.
    "/((?!_next/static|_next/image).*%.*)",
  ],
};
