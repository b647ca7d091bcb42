// The one shape of every route handler under app/: who is asking (401), what they asked (400),
// which case (404), whether they may (404, so nobody learns which cases exist), then the answer;
// a database that is down, busy, read-only or full answers 503 (withDatabaseErrors). Handlers
// receive what these steps established and cannot skip them.
import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { ActionError } from "@/lib/actions/result";
import { can, type Action, type CaseAccess, type Viewer } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { findCaseForViewer, type VisibleCase } from "@/lib/cases/case-access";
import { withDatabaseErrors } from "@/lib/db/database-errors-response";
import { rememberWriteOf } from "@/lib/db/read-after-write";
import { limitPublicRequest } from "@/lib/publishing/public-rate-limit";
import { isCrossOrigin } from "./same-origin";

type QueryParser<T> = z.ZodType<T> | ((params: URLSearchParams) => z.ZodSafeParseResult<T>);

interface RouteOptions<T> {
  /** The query string's schema (or a parser, for repeated keys); without one the query is ignored. */
  query?: QueryParser<T>;
  /** What the viewer must be allowed, on the case for case routes. */
  permission?: Action;
  /** A route that changes something: a request from another site is refused (403) before anything else. */
  sameOriginOnly?: boolean;
}

type Params = Record<string, string | string[]>;
type RouteContext<P extends Params> = { params: Promise<P> };

/** A route without dynamic segments may be called (by tests, say) without a context. */
const paramsOf = async <P extends Params>(context: RouteContext<P> | undefined): Promise<P> => (context ? await context.params : ({} as P));

export const notFoundResponse = () => NextResponse.json({ error: "not_found" }, { status: 404 });

const crossOriginResponse = () => NextResponse.json({ error: "forbidden", message: "Cross-site request refused." }, { status: 403 });

function parseQuery<T>(request: NextRequest, parser: QueryParser<T> | undefined): z.ZodSafeParseResult<T> | null {
  if (!parser) return null;
  const params = request.nextUrl.searchParams;
  return typeof parser === "function" ? parser(params) : parser.safeParse(Object.fromEntries(params));
}

function invalid(error: z.ZodError) {
  return NextResponse.json({ error: "invalid", fieldErrors: z.flattenError(error).fieldErrors }, { status: 400 });
}

/** An expected refusal from lib/ (ActionError) answers as the route shape says; anything else is thrown on. */
function refusal(error: unknown): NextResponse {
  if (!(error instanceof ActionError)) throw error;
  if (error.code === "unauthenticated") return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
  if (error.code === "invalid") return NextResponse.json({ error: "invalid", message: error.message, fieldErrors: error.fieldErrors }, { status: 400 });
  return notFoundResponse();
}

async function guarded(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    return refusal(error);
  }
}

/** A route for a signed-in viewer, not about one case (the case list, series across cases). */
export function viewerRoute<T = undefined, P extends Params = Params>(
  options: RouteOptions<T>,
  handler: (context: { request: NextRequest; viewer: Viewer; query: T; params: P }) => Promise<Response>,
) {
  return withDatabaseErrors(async (request: NextRequest, context?: RouteContext<P>) => {
    if (options.sameOriginOnly && isCrossOrigin(request.headers)) return crossOriginResponse();
    const viewer = await getViewer();
    if (!viewer) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
    const parsed = parseQuery(request, options.query);
    if (parsed && !parsed.success) return invalid(parsed.error);
    if (options.permission && !can(viewer, options.permission)) return notFoundResponse();
    return rememberWriteOf(request, await guarded(async () => handler({ request, viewer, query: parsed?.data as T, params: await paramsOf(context) })));
  });
}

/** A route about one case, `…/cases/[slug]/…`: the case as the viewer may see it, or 404. */
export function caseRoute<T = undefined, P extends Params & { slug: string } = { slug: string }>(
  options: RouteOptions<T>,
  handler: (context: { request: NextRequest; viewer: Viewer; query: T; params: P; found: VisibleCase & { access: CaseAccess } }) => Promise<Response>,
) {
  return withDatabaseErrors(async (request: NextRequest, context: RouteContext<P>) => {
    if (options.sameOriginOnly && isCrossOrigin(request.headers)) return crossOriginResponse();
    const viewer = await getViewer();
    if (!viewer) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
    const parsed = parseQuery(request, options.query);
    if (parsed && !parsed.success) return invalid(parsed.error);
    const params = await context.params;
    const found = await findCaseForViewer(viewer, params.slug);
    if (!found || (options.permission && !can(viewer, options.permission, found.access))) return notFoundResponse();
    return rememberWriteOf(request, await guarded(() => handler({ request, viewer, query: parsed?.data as T, params, found })));
  });
}

/** A route anyone may call (open data, the public API, the feed): rate-limited per client address. */
export function publicRoute<T = undefined, P extends Params = Params>(
  options: Pick<RouteOptions<T>, "query">,
  handler: (context: { request: NextRequest; query: T; params: P }) => Promise<Response>,
) {
  return withDatabaseErrors(async (request: NextRequest, context?: RouteContext<P>) => {
    const limited = await limitPublicRequest(request);
    if (limited) return limited;
    const parsed = parseQuery(request, options.query);
    if (parsed && !parsed.success) return invalid(parsed.error);
    return guarded(async () => handler({ request, query: parsed?.data as T, params: await paramsOf(context) }));
  });
}
