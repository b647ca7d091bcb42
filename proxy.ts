// Locale routing only (/ko/... ↔ /...). Nothing here is a security boundary: every page,
// route handler and server action checks the session and permissions itself, on the server.
import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Everything except API routes, Next internals and files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
