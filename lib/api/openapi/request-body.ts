import type { z } from "zod";

/**
 * A definition's schema as the API body: the fields the route fills in itself (the case, the
 * version from If-Match) removed, and unknown fields refused, as the route refuses them
 * (lib/api/strict-body.ts). The schema stays the one the server action uses.
 */
export function requestBodySchema(schema: z.ZodType, reserved: readonly string[]): z.ZodType {
  return schema.meta({
    override: ({ jsonSchema }: { jsonSchema: Record<string, unknown> }) => {
      const properties = jsonSchema.properties as Record<string, unknown> | undefined;
      for (const key of reserved) delete properties?.[key];
      if (Array.isArray(jsonSchema.required)) jsonSchema.required = jsonSchema.required.filter((key: unknown) => !reserved.includes(key as string));
      if (jsonSchema.type === "object") jsonSchema.additionalProperties = false;
    },
  });
}
