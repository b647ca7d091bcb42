import { NextResponse, type NextRequest } from "next/server";
import { readBodyAtMost } from "@/lib/http/read-body";
import { AUTH_BODY_LIMIT_BYTES } from "@/lib/http/request-limits";

const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

/**
 * What next-auth (v4) answers with a 500 ("a problem with the server configuration"), refused
 * here with a 4xx instead: a callback URL (query or cookie) that is not an http(s) URL, a JSON
 * body it cannot parse, and, since it reads the whole body, anything over AUTH_BODY_LIMIT_BYTES.
 * On success, the body that was read (to hand on), or null for a request without one.
 */
export async function refuseMalformedAuthRequest(request: NextRequest): Promise<NextResponse | { body: Uint8Array<ArrayBuffer> | null }> {
  const callbackUrl = request.nextUrl.searchParams.get("callbackUrl");
  if (callbackUrl !== null && !isHttpUrl(callbackUrl, request.nextUrl.origin)) return invalid("The callback URL is not an http(s) URL.");
  for (const name of CALLBACK_COOKIES) {
    const value = request.cookies.get(name)?.value;
    if (value !== undefined && !isHttpUrl(value, request.nextUrl.origin)) {
      const response = invalid("The callback URL is not an http(s) URL.");
      // A __Secure- cookie is only replaced by a Secure Set-Cookie.
      response.cookies.set(name, "", { path: "/", maxAge: 0, secure: name.startsWith("__Secure-") });
      return response;
    }
  }
  if (request.method !== "POST") return { body: null };
  const body = await readBodyAtMost(request, AUTH_BODY_LIMIT_BYTES);
  if (body === "too large") return NextResponse.json({ error: "too_large", message: `At most ${AUTH_BODY_LIMIT_BYTES / 1024} KB.` }, { status: 413 });
  if (request.headers.get("content-type")?.includes("application/json") && !isJsonObject(body)) return invalid("The body is not a JSON object.");
  return { body };
}

/** next-auth's own test (core/lib/assert.js), which it fails with a 500. */
function isHttpUrl(url: string, base: string): boolean {
  try {
    return /^https?:/.test(new URL(url, url.startsWith("/") ? base : undefined).protocol);
  } catch {
    return false;
  }
}

function isJsonObject(body: Uint8Array): boolean {
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(body));
    return value !== null && typeof value === "object" && !Array.isArray(value);
  } catch {
    return false;
  }
}

const invalid = (message: string) => NextResponse.json({ error: "invalid", message }, { status: 400 });
