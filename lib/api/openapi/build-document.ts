import "server-only";
import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { API_SCOPES } from "@/lib/api-tokens/scopes";
import { TOKEN_PATTERN } from "@/lib/api-tokens/token-format";
import type { ApiHandler } from "../api-route";
import { PROBLEMS, problemTypeUri } from "../problem";
import { requestBodySchema } from "./request-body";

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type ApiRouteModule = Partial<Record<(typeof HTTP_METHODS)[number], ApiHandler>> & Record<string, unknown>;

const problemSchema = z
  .object({
    type: z.string().meta({ description: `One of: ${Object.keys(PROBLEMS).map((t) => problemTypeUri(t as keyof typeof PROBLEMS)).join(", ")}` }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
  })
  .catchall(z.unknown())
  .meta({ id: "Problem", description: "RFC 9457 problem document." });

const problemResponse = (description: string) => ({ description, content: { "application/problem+json": { schema: problemSchema } } });
const jsonResponse = (description: string) => ({ description, content: { "application/json": { schema: z.record(z.string(), z.unknown()) } } });

const pathParams = (path: string) => [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

function operation(path: string, handler: ApiHandler): ZodOpenApiOperationObject {
  const { api } = handler;
  const params = Object.fromEntries(pathParams(path).map((name) => [name, z.string().min(1)]));
  const headers = api.ifMatch ? { "if-match": z.string().meta({ description: 'The version read, e.g. "3" (the ETag).' }) } : undefined;
  const success = api.success ?? { status: 200, description: "OK." };
  return {
    summary: api.summary,
    security: [{ bearer: [api.scope] }],
    "x-scope": api.scope,
    "x-permission": api.action,
    requestParams: { ...(Object.keys(params).length ? { path: z.object(params) } : {}), ...(headers ? { header: z.object(headers) } : {}) },
    ...(api.query && typeof api.query !== "function" ? { requestParams: { query: api.query as z.ZodObject } } : {}),
    ...(api.rawBody ? { requestBody: { required: true, description: api.rawBody.description, content: { [api.rawBody.contentType]: { schema: z.string().meta({ format: "binary" }) } } } } : {}),
    ...(api.body ? { requestBody: { required: true, content: { "application/json": { schema: requestBodySchema(api.body.schema, api.body.reserved ?? []) } } } } : {}),
    responses: {
      [String(success.status)]: jsonResponse(success.description),
      "400": problemResponse("Invalid query or body, or unknown fields."),
      "401": problemResponse("Missing, malformed, unknown, expired or revoked token, or a deactivated owner."),
      "403": problemResponse("The token lacks the scope, or its owner the permission."),
      "404": problemResponse(api.notFound ?? "No such case for the token's owner."),
      ...(api.conflicts ? { "409": problemResponse(api.conflicts) } : {}),
      ...(api.ifMatch ? { "412": problemResponse("Stale If-Match: the body carries currentVersion."), "428": problemResponse("If-Match missing.") } : {}),
      ...(api.body || api.rawBody ? { "413": problemResponse("Body too large."), "415": problemResponse("Unsupported content type.") } : {}),
      "429": problemResponse("Rate limit reached for this token."),
    },
  };
}

/** Query parameters described from the parser's schema when the route parses with a function (the case list). */
export function buildApiDocument(table: readonly { path: string; module: ApiRouteModule }[], options: { queries?: Record<string, z.ZodObject> } = {}) {
  const paths: ZodOpenApiPathsObject = {};
  for (const { path, module } of table) {
    for (const method of HTTP_METHODS) {
      const handler = module[method];
      if (!handler) continue;
      const op = operation(path, handler);
      const query = options.queries?.[`${method} ${path}`];
      if (query) op.requestParams = { ...op.requestParams, query };
      paths[path] = { ...paths[path], [method.toLowerCase()]: op };
    }
  }
  return createDocument({
    openapi: "3.1.0",
    info: { title: "Casefile API", version: "1.0.0", description: `Bearer tokens match ${TOKEN_PATTERN.source}. Scopes: ${API_SCOPES.join(", ")}. Errors are RFC 9457 problem documents.` },
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "A Casefile API token (cfk_…)." } } },
    paths,
  });
}
