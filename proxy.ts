// Locale routing (/ko/... ↔ /...), the per-response CSP nonce of the pages rendered per request
// (lib/security/csp.ts), and plain 4xx answers where Next.js itself would answer 500: a path with
// broken percent-encoding, and a server-action POST this app never sends
// (lib/http/server-action-guard.ts). Nothing here is a security boundary: every page, route
// handler and server action checks the session, permissions and input itself, on the server.
import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { refuseMalformedServerAction } from "@/lib/http/server-action-guard";
import { routing } from "@/lib/i18n/routing";
import { contentSecurityPolicy, isEmbedPath, needsNonce, newNonce } from "@/lib/security/csp";
import { siteEnv } from "@/lib/site-env";

const localeRouting = createMiddleware(routing);

export default async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // The load balancer's health check (app/healthz): no locale, no cookie, nothing else to do.
  if (pathname === "/healthz") return NextResponse.next();
  if (!isDecodable(pathname)) return NextResponse.json({ error: "invalid", message: "The address is not valid percent-encoded UTF-8." }, { status: 400 });
  const refused = await refuseMalformedServerAction(request);
  if (refused) return refused;
  if (needsNonce(pathname)) return withNonce(request);
  // Paths that name their locale (or an API route) reach the proxy only for the checks above. The
  // locale routing would set its cookie on /en and /ko, and a response that sets a cookie may not
  // be cached by a load balancer (deploy/haproxy): the language switcher writes the cookie itself.
  if (/^\/(en|ko|api)(\/|$)/.test(pathname)) return NextResponse.next();
  // The embed pages name their locale, and must set no cookie (the locale routing sets one).
  if (isEmbedPath(pathname)) return NextResponse.next();
  return localeRouting(request);
}

/** Next reads the nonce from the request's policy header and puts it on its own scripts. */
function withNonce(request: NextRequest) {
  const policy = contentSecurityPolicy({ nonce: newNonce(), dev: siteEnv().NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
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
    // What lacks a locale prefix ("/", "/cases/x"): everything under /en/ and /ko/ already names
    // its locale (pages call setRequestLocale), so the cached public pages skip this work.
    // Never API routes, the embed pages (which name their locale and set no cookie), Next
    // internals or files with an extension.
    "/((?!api|embed/|_next|_vercel|en/|ko/|.*\\..*).*)",
    // The pages rendered per request, which get a nonce.
    "/(en|ko)/(workspace|admin|sign-in)/:path*",
    // Server-action POSTs, wherever they are sent (route handlers never run actions).
    { source: "/((?!api|_next|_vercel|.*\\..*).*)", has: [{ type: "header", key: "next-action" }] },
    // Any path with a percent-escape, to catch the ones that do not decode.
    "/((?!_next/static|_next/image).*%.*)",
  ],
};
