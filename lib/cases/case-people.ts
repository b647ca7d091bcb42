// The people of a case: who may be given its tasks, be mentioned in its threads or approve its
// proposals. Read off the permission table (lib/auth/permissions.ts) against the case's
// assignments, so the rule stays the table's: regulators and the officers assigned to it work on
// a case; administrators also read it. Only active users.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { can, type Action, type CaseAccess } from "@/lib/auth/permissions";

type Db = Pick<Prisma.TransactionClient, "user">;

export interface CasePerson {
  id: string;
  name: string;
  email: string;
}

/** Whether a stored user may do `action` on the case (a user is judged as a viewer with their role). */
export function userMay(user: { id: string; role: Role; email: string; name: string }, action: Action, access: CaseAccess): boolean {
  return can({ ...user, sessionId: "" }, action, access);
}

/** The active users who may do `action` on the case, by name. */
export async function casePeople(db: Db, access: CaseAccess, action: Action): Promise<CasePerson[]> {
  const users = await db.user.findMany({
    where: { active: true, OR: [{ role: { in: ["regulator", "admin"] } }, { id: { in: [...access.assignedUserIds] } }] },
    select: { id: true, name: true, email: true, role: true },
    orderBy: { name: "asc" },
  });
  return users.filter((u) => userMay(u, action, access)).map(({ id, name, email }) => ({ id, name, email }));
}
