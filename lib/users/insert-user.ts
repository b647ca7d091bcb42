// Inserting a user, shared by the admin page (lib/users/mutations.ts), `npm run user:create`
// and the demo seed. Takes its client so scripts can use it without the app's server-only modules.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { fail } from "@/lib/actions/result";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { generatePassword } from "./generate-password";
import type { CreateUserInput } from "./schema";
import { isUniqueViolation } from "@/lib/db/unique-violation";

export const PUBLIC_USER_FIELDS = { id: true, email: true, name: true, role: true, active: true, version: true } as const;

/**
 * Creates the user and its audit row together. With password sign-in and no password given,
 * returns a generated one-time password (shown once, stored only as a hash).
 */
export async function insertUser(db: PrismaClient, input: CreateUserInput, actor: AuditActor, password?: string) {
  const generated = input.signIn === "password" && !password ? generatePassword() : null;
  const plain = input.signIn === "password" ? (password ?? generated) : null;
  const passwordHash = plain ? await hashPassword(plain) : null;
  try {
    const user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({ data: { email: input.email, name: input.name, role: input.role, passwordHash }, select: PUBLIC_USER_FIELDS });
      await recordAudit(tx, { actor, action: "user.created", entityType: "user", entityId: created.id, after: { ...created, signIn: input.signIn } });
      return created;
    });
    return { user, temporaryPassword: generated };
  } catch (error) {
    if (isUniqueViolation(error)) {
      return fail("invalid", "A user with this email already exists.", { email: ["A user with this email already exists."] });
    }
    throw error;
  }
}
