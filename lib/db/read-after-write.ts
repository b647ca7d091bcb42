import "server-only";
import { cookies } from "next/headers";
import { siteUrl } from "@/lib/site-env";
import type { PrismaClient } from "./create-client";
import { parseLsn } from "./read-decision";
import { hasReplica, primaryWalLsn, readClient } from "./read-routing";

// A signed-in user who just saved must see the save, whichever instance answers next. After a
// successful write we remember the primary's WAL position (at or past the commit) in a short-lived
// cookie; the heavy workspace reads then use the replica only once it has replayed that position.
// A cookie, not server memory, because the next request may reach another instance. Without a
// replica nothing is written or read.

const COOKIE = "casefile-read-after";
/**
 * Longer than any lag the replica is allowed (DATABASE_REPLICA_MAX_LAG_MS, default 1 s): once the
 * cookie is gone, the lag bound alone guarantees the write has been replayed.
 */
const COOKIE_MAX_AGE_SECONDS = 120;
/** When the position cannot be read, the reader is sent to the primary for the cookie's lifetime. */
const EVERYTHING = "FFFFFFFF/FFFFFFFF";

/** After a successful write in a server action or route handler: this user's next reads must see it. */
export async function rememberWrite(): Promise<void> {
  if (!hasReplica()) return;
  const lsn = await primaryWalLsn().catch(() => EVERYTHING);
  (await cookies()).set(COOKIE, lsn, { httpOnly: true, sameSite: "lax", secure: siteUrl().protocol === "https:", path: "/", maxAge: COOKIE_MAX_AGE_SECONDS });
}

/** Route handlers: a successful request that may have written (any method but GET and HEAD). */
export async function rememberWriteOf(request: Request, response: Response): Promise<Response> {
  if (response.ok && request.method !== "GET" && request.method !== "HEAD") await rememberWrite();
  return response;
}

/**
 * The client for a heavy read-only workspace query (case list, series, overview): the replica
 * when the router allows and it has replayed this user's last write; otherwise the primary.
 */
export async function workspaceReadClient(): Promise<PrismaClient> {
  if (!hasReplica()) return readClient();
  let remembered: string | undefined;
  try {
    remembered = (await cookies()).get(COOKIE)?.value;
  } catch {
    // Outside a request (a script, the worker) nobody's save is known: the primary, to be safe.
    return readClient(parseLsn(EVERYTHING)!);
  }
  // A cookie that is no position (tampered, truncated) proves nothing: the primary.
  const atLeast = remembered === undefined ? undefined : (parseLsn(remembered) ?? parseLsn(EVERYTHING)!);
  return readClient(atLeast);
}
