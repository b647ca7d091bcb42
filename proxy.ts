// Locale routing (/ko/... ↔ /...) and the per-request CSP nonce of the signed-in pages. Nothing
// here is a security boundary: every page, route handler and server action checks the session
// and permissions itself, on the server.
import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "@/lib/i18n/routing";
import { contentSecurityPolicy, needsNonce, newNonce } from "@/lib/security/csp";

const intl = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  if (!needsNonce(request.nextUrl.pathname)) return intl(request);
  const policy = contentSecurityPolicy({ nonce: newNonce(), dev: process.env.NODE_ENV === "development" });
  // Next reads the nonce from the request's policy header and puts it on its own scripts.
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    // What lacks a locale prefix ("/", "/cases/x"): everything under /en/ and /ko/ already names
    // its locale (pages call setRequestLocale), so the cached public pages skip this work.
    // Never API routes, Next internals or files with an extension.
    "/((?!api|_next|_vercel|en/|ko/|.*\\..*).*)",
    // The pages rendered per request, which get a nonce (lib/security/csp.ts).
    "/(en|ko)/(workspace|admin|sign-in)/:path*",
  ],
};
