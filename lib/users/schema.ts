import { z } from "zod";
import { ROLES } from "@/lib/enums";

const MIN_PASSWORD_LENGTH = 12;

const email = z.string().trim().toLowerCase().max(254).pipe(z.email({ error: "Enter a valid email address." }));

export const createUserSchema = z.object({
  email,
  name: z.string().trim().min(1, "Enter a name.").max(120, "Keep the name under 120 characters."),
  role: z.enum(ROLES, { error: "Choose admin, regulator or case officer." }),
  /** "password": Casefile generates a one-time password; "sso": the user signs in only through single sign-on. */
  signIn: z.enum(["password", "sso"]).default("password"),
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const changeRoleSchema = z.object({
  userId: z.string().min(1).max(64),
  role: z.enum(ROLES, { error: "Choose admin, regulator or case officer." }),
  version: z.coerce.number().int().min(1),
});
export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;

export const setActiveSchema = z.object({
  userId: z.string().min(1).max(64),
  active: z.boolean(),
  version: z.coerce.number().int().min(1),
});
export type SetActiveInput = z.infer<typeof setActiveSchema>;

export const assignmentSchema = z.object({
  userId: z.string().min(1).max(64),
  incidentId: z.string().min(1).max(64),
});
export type AssignmentInput = z.infer<typeof assignmentSchema>;

export const newPasswordSchema = z.string().min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`).max(1024);
