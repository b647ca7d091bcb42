import { z } from "zod";

/** Shared by the sign-in form and the server. Limits keep oversized input away from argon2. */
export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(3).max(254).pipe(z.email()),
  password: z.string().min(1).max(1024),
});
export type SignInInput = z.infer<typeof signInSchema>;
