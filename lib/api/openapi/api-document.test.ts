// The description is generated from the routes' own options and schemas; these tests keep it
// honest: every route file is in it, it is valid OpenAPI 3.1, and its bodies list exactly the
// fields the routes accept.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { API_ROUTE_TABLE } from "@/app/api/v1/route-table";
import { unknownFields } from "../strict-body";
import { apiDocument } from "./api-document";
import { HTTP_METHODS } from "./build-document";

const V1 = path.resolve(__dirname, "../../../app/api/v1");

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === "route.ts" ? [full] : [];
  });
}

/** app/api/v1/cases/[slug]/route.ts → /api/v1/cases/{slug} */
const apiPathOf = (file: string) => `/api/v1${path.dirname(path.relative(V1, file)).replace(/^\.$/, "").replace(/\[(\w+)\]/g, "{$1}").replace(/^(?=.)/, "/")}`;

type Operation = { requestBody?: { content: { "application/json": { schema: { properties?: Record<string, unknown>; additionalProperties?: boolean; $ref?: string } } } }; security?: { bearer: string[] }[] };
const doc = apiDocument() as unknown as { openapi: string; paths: Record<string, Record<string, Operation>> };

describe("the OpenAPI description", () => {
  it("has every route file under app/api/v1 and every method it exports", async () => {
    const documented = new Set(API_ROUTE_TABLE.map((r) => r.path));
    for (const file of routeFiles(V1)) {
      const apiPath = apiPathOf(file);
      if (["/api/v1/openapi.json", "/api/v1/reference", "/api/v1/reference/scalar.js"].includes(apiPath)) continue;
      expect(documented, `${path.relative(V1, file)} is not in app/api/v1/route-table.ts`).toContain(apiPath);
      const mod = (await import(file)) as Record<string, unknown>;
      for (const method of HTTP_METHODS) {
        if (mod[method]) expect(doc.paths[apiPath]?.[method.toLowerCase()], `${method} ${apiPath}`).toBeDefined();
      }
    }
  });

  it("passes an OpenAPI 3.1 validator", async () => {
    const result = await new Validator().validate(doc as unknown as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toBe("3.1.0");
  });

  it("describes each body with exactly the fields the route accepts, and each operation's scope", () => {
    for (const { path: apiPath, module } of API_ROUTE_TABLE) {
      for (const method of HTTP_METHODS) {
        const handler = module[method];
        if (!handler) continue;
        const op = doc.paths[apiPath]![method.toLowerCase()]!;
        expect(op.security).toEqual([{ bearer: [handler.api.scope] }]);
        if (!handler.api.body) continue;
        const schema = op.requestBody!.content["application/json"].schema;
        expect(schema.additionalProperties, `${method} ${apiPath}`).toBe(false);
        const documented = Object.keys(schema.properties ?? {});
        expect(documented.length).toBeGreaterThan(0);
        const body = Object.fromEntries(documented.map((key) => [key, null]));
        // Every documented field is accepted, and the reserved ones (the case, the version) are not documented.
        expect(unknownFields(handler.api.body.schema, body, handler.api.body.reserved)).toEqual([]);
        for (const key of handler.api.body.reserved ?? []) expect(documented).not.toContain(key);
        expect(unknownFields(handler.api.body.schema, { ...body, notAField: 1 }, handler.api.body.reserved)).toEqual(["notAField"]);
      }
    }
  });
});
