// Who a comment's @handles name. Every handle must be exactly one active user who may see the
// case; otherwise the whole comment is refused, naming the handles, and nothing is written.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ActionError } from "@/lib/actions/result";
import type { CaseAccess } from "@/lib/auth/permissions";
import { userMay } from "@/lib/cases/case-people";
import { validationKey } from "@/lib/validation/message-key";
import { mentionHandles } from "./mentions";

type Tx = Prisma.TransactionClient;

export async function resolveMentions(tx: Tx, access: CaseAccess, body: string): Promise<string[]> {
  const handles = mentionHandles(body);
  if (handles.length === 0) return [];
  const ids: string[] = [];
  const refused: string[] = [];
  for (const handle of handles) {
    const candidates = await tx.user.findMany({
      where: { active: true, email: { startsWith: `${handle}@`, mode: "insensitive" } },
      select: { id: true, role: true, email: true, name: true },
      take: 10,
    });
    const allowed = candidates.filter((u) => userMay(u, "case.view", access));
    if (allowed.length === 1) ids.push(allowed[0]!.id);
    else refused.push(`@${handle}`);
  }
  if (refused.length > 0) {
    // `mentions` carries the handles so the form can name them in the reader's language.
    throw new ActionError("invalid", `These people cannot be mentioned here: ${refused.join(", ")}. Mention only people who may see this case.`, {
      body: [validationKey("comment.mention")],
      mentions: refused,
    });
  }
  return [...new Set(ids)];
}
