import "server-only";
import { notFound, redirect } from "next/navigation";
import { can, type Action, type CaseAccess, type Viewer } from "./permissions";
import { getViewer } from "./viewer";

/** For pages: the viewer, or a redirect to sign in that comes back here afterwards. */
export async function requireViewer(locale: string, returnTo: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return viewer;
}

/** For pages: the viewer if allowed; anything else is a 404, so hidden things stay unknown. */
export async function requirePermission(locale: string, returnTo: string, action: Action, target?: CaseAccess): Promise<Viewer> {
  const viewer = await requireViewer(locale, returnTo);
  if (!can(viewer, action, target)) notFound();
  return viewer;
}
