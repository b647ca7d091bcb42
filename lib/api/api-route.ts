// The one shape of every /api/v1 route, beside lib/http/route-handler.ts and built from its
// pieces: the bearer token (401, each refusal its own problem type), the token's rate limit
// (429; RateLimit headers on every answer after this), the token's scope (403), the query
// (400), the permission of the token's owner (the same table as their session; a case they may
// not see is 404), the JSON body (415, 413, 400; unknown fields refused), then the handler. The
// owner becomes an ordinary Viewer, so every check in lib/ applies unchanged. Each request a
// token makes is audited with the token's and its owner's names.
import "server-only";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { ActionError } from "@/lib/actions/result";
import type { Action, CaseAccess, Viewer } from "@/lib/auth/permissions";
import { findCaseForViewer, type VisibleCase } from "@/lib/cases/case-access";
import { databaseFailure } from "@/lib/db/database-failure";
import { resolveToken, type ApiCaller, type TokenRefusal } from "@/lib/api-tokens/resolve-token";
import { tokenMay, type ApiScope } from "@/lib/api-tokens/scopes";
import { readBodyAtMost } from "@/lib/http/read-body";
import { withRequestAudit } from "@/lib/audit/request-audit";
import { auditTokenUse, tokenUseEntry } from "./audit-use";
import { actionErrorProblem } from "./action-response";
import { problemResponse, type ProblemType } from "./problem";
import { consumeTokenRequest } from "./rate-limit";
import { unknownFields } from "./strict-body";

/** A JSON body is read whole up to this size; larger is refused before it is read to the end. */
export const API_JSON_BODY_LIMIT_BYTES = 256 * 1024;

type QueryParser<T> = z.ZodType<T> | ((params: URLSearchParams) => z.ZodSafeParseResult<T>);
type Params = Record<string, string>;
type RouteContext<P extends Params> = { params: Promise<P> };

export interface ApiRouteOptions<T> {
  scope: ApiScope;
  /** What the token's owner must be allowed (on the case, for case routes). */
  action: Action;
  query?: QueryParser<T>;
  /** A JSON body checked strictly against this schema; `reserved` are the fields the route fills in itself (the case, the version). */
  body?: { schema: z.ZodType; reserved?: readonly string[] };
  /** A body the route streams itself (a CSV, a file), for the description: its content type. */
  rawBody?: { contentType: string; description: string };
  /** Writes to a versioned item: `If-Match` with the version read (428 without, 412 when stale). */
  ifMatch?: boolean;
  /** The operation's one-line summary in the OpenAPI description. */
  summary: string;
  /** What a 404 means here, for the description (a case the owner may not see, unless said otherwise). */
  notFound?: string;
  /** When a 409 can answer, for the description. */
  conflicts?: string;
  /** What a success answers: its status and (for the description) its shape, when known. */
  success?: { status: number; description: string };
}

/** A route handler that carries its own options, so the OpenAPI description is built from what the route really checks. */
export interface ApiHandler {
  api: ApiRouteOptions<unknown>;
}

interface HandlerContext<T, P extends Params> {
  request: NextRequest;
  caller: ApiCaller;
  viewer: Viewer;
  query: T;
  params: P;
  /** The JSON body, its fields checked against the schema's (the schema itself runs in the definition). */
  body: Record<string, unknown>;
}

const REFUSALS: Record<TokenRefusal, ProblemType> = {
  missing: "missing-token",
  malformed: "malformed-token",
  unknown: "unknown-token",
  expired: "expired-token",
  revoked: "revoked-token",
  "owner-inactive": "owner-inactive",
};

const REFUSAL_DETAILS: Record<TokenRefusal, string> = {
  missing: "Send the token as `Authorization: Bearer cfk_…`.",
  malformed: "The Authorization header does not hold a Casefile token (cfk_ followed by 43 characters).",
  unknown: "No such token.",
  expired: "This token has expired; create a new one.",
  revoked: "This token was revoked.",
  "owner-inactive": "The user this token acts as is deactivated.",
};

function parseQuery<T>(request: NextRequest, parser: QueryParser<T> | undefined): z.ZodSafeParseResult<T> | null {
  if (!parser) return null;
  const params = request.nextUrl.searchParams;
  return typeof parser === "function" ? parser(params) : parser.safeParse(Object.fromEntries(params));
}

async function readJson(request: NextRequest, spec: NonNullable<ApiRouteOptions<unknown>["body"]>): Promise<Record<string, unknown> | Response> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) return problemResponse("unsupported-media-type", "Send the body as application/json.");
  const bytes = await readBodyAtMost(request, API_JSON_BODY_LIMIT_BYTES);
  if (bytes === "too large") return problemResponse("body-too-large", `The body may be at most ${API_JSON_BODY_LIMIT_BYTES} bytes.`);
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return problemResponse("invalid-body", "The body is not valid JSON.");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) return problemResponse("invalid-body", "The body must be a JSON object.");
  const unknown = unknownFields(spec.schema, body, spec.reserved);
  if (unknown.length > 0) return problemResponse("unknown-fields", `Unknown fields: ${unknown.join(", ")}.`, { extensions: { fields: unknown } });
  return body as Record<string, unknown>;
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/** Whatever the handler throws that lib/ means as a refusal becomes its problem; a database outage is 503. */
function thrownProblem(error: unknown): Response {
  if (error instanceof ActionError) return actionErrorProblem(error);
  const failure = databaseFailure(error);
  if (failure) return problemResponse("unavailable", failure.message, { headers: { "Retry-After": String(failure.retryAfterSeconds) } });
  throw error;
}

function build<T, P extends Params, X>(options: ApiRouteOptions<T>, check: (caller: ApiCaller, params: P) => Promise<Response | X>, handler: (context: HandlerContext<T, P>, extra: X) => Promise<Response>) {
  const route = async (request: NextRequest, context?: RouteContext<P>): Promise<Response> => {
    let resolved;
    try {
      resolved = await resolveToken(request.headers.get("authorization"));
    } catch (error) {
      return thrownProblem(error);
    }
    if (!resolved.ok) return problemResponse(REFUSALS[resolved.refusal], REFUSAL_DETAILS[resolved.refusal], { headers: { "WWW-Authenticate": 'Bearer realm="casefile"' } });
    const { caller } = resolved;
    let rateHeaders: Record<string, string> = {};
    // A write records the token's use in its own transaction (with the status it answers on success).
    const { result, written } = await withRequestAudit(tokenUseEntry(caller, { request, status: options.success?.status ?? 200 }), async () => {
      try {
        const rate = await consumeTokenRequest(caller.token.id);
        rateHeaders = rate.headers;
        return rate.allowed ? await answer() : problemResponse("rate-limited", "This token made too many requests; wait for the window to pass.");
      } catch (error) {
        return thrownProblem(error);
      }
    });
    const response = withHeaders(result, rateHeaders);
    // A refused write rolled its transaction back, the row with it.
    if (!written || response.status >= 400) {
      await auditTokenUse(tokenUseEntry(caller, { request, status: response.status })).catch((error: unknown) => {
        if (!databaseFailure(error)) throw error;
      });
    }
    return response;

    async function answer(): Promise<Response> {
      if (!caller.token.scopes.includes(options.scope)) return problemResponse("insufficient-scope", `This needs the scope ${options.scope}.`, { extensions: { requiredScope: options.scope } });
      const parsed = parseQuery(request, options.query);
      if (parsed && !parsed.success) return problemResponse("invalid-query", "Some query parameters are not valid.", { extensions: { errors: z.flattenError(parsed.error).fieldErrors } });
      const params = context ? await context.params : ({} as P);
      const checked = await check(caller, params);
      if (checked instanceof Response) return checked;
      const body = options.body ? await readJson(request, options.body) : {};
      if (body instanceof Response) return body;
      return handler({ request, caller, viewer: caller.viewer, query: parsed?.data as T, params, body }, checked);
    }
  };
  return Object.assign(route, { api: options as ApiRouteOptions<unknown> });
}

/** A route not about one case (the case list, opening a case). */
export function apiRoute<T = undefined, P extends Params = Params>(options: ApiRouteOptions<T>, handler: (context: HandlerContext<T, P>) => Promise<Response>) {
  return build<T, P, null>(
    options,
    async (caller) => (tokenMay({ viewer: caller.viewer, scopes: caller.token.scopes, scope: options.scope, action: options.action }) ? null : problemResponse("forbidden", "The token's owner may not do this.")),
    (context) => handler(context),
  );
}

/** A route about one case, `/api/v1/cases/{slug}/…`: the case as the token's owner may see it, or 404. */
export function apiCaseRoute<T = undefined, P extends Params & { slug: string } = { slug: string }>(
  options: ApiRouteOptions<T>,
  handler: (context: HandlerContext<T, P> & { found: VisibleCase & { access: CaseAccess } }) => Promise<Response>,
) {
  return build<T, P, VisibleCase>(
    options,
    async (caller, params) => {
      const found = await findCaseForViewer(caller.viewer, params.slug);
      const allowed = found && tokenMay({ viewer: caller.viewer, scopes: caller.token.scopes, scope: options.scope, action: options.action, target: found.access });
      return found && allowed ? found : problemResponse("not-found", "No such case.");
    },
    (context, found) => handler({ ...context, found }),
  );
}
