import "server-only";
import { API_ROUTE_TABLE } from "@/app/api/v1/route-table";
import { caseListQuerySchema } from "@/lib/cases/case-list-query";
import { buildApiDocument } from "./build-document";

let built: ReturnType<typeof buildApiDocument> | undefined;

/** The OpenAPI 3.1 description of /api/v1, built once per process from the route modules themselves. */
export function apiDocument() {
  built ??= buildApiDocument(API_ROUTE_TABLE, { queries: { "GET /api/v1/cases": caseListQuerySchema } });
  return built;
}
