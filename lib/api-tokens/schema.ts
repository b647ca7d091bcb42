import { z } from "zod";
import { id, text } from "@/lib/validation/fields";
import { API_SCOPES } from "./scopes";

/** How long a new token lives, in days: a token always expires. */
export const TOKEN_LIFETIMES = [30, 90, 365] as const;

const tokenFields = {
  name: text(100),
  scopes: z.array(z.enum(API_SCOPES, { error: "validation.apiToken.scope" })).min(1, "validation.apiToken.scopes").max(API_SCOPES.length),
  lifetimeDays: z.coerce.number().pipe(z.union(TOKEN_LIFETIMES.map((d) => z.literal(d)), { error: "validation.apiToken.lifetime" })),
};

export const createPersonalTokenSchema = z.object(tokenFields);
/** A service token is owned by the user it acts as (a service account the administrator made, with its own role and assignments). */
export const createServiceTokenSchema = z.object({ ...tokenFields, ownerId: id });
export const tokenRefSchema = z.object({ tokenId: id });
