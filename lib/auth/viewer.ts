import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { authOptions } from "./options";
import type { Viewer } from "./permissions";
import { resolveSession } from "./sessions";

/** The signed-in viewer, read once per request and checked against the database. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await getServerSession(authOptions());
  return session?.sid ? resolveSession(session.sid) : null;
});
