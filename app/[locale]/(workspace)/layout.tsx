import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { WorkspaceProviders } from "@/components/workspace/providers";
import { WorkspaceBar } from "@/components/workspace/workspace-bar";
import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { countNeedsMe } from "@/lib/my-work/count-needs-me";
import { pageLocale } from "@/lib/i18n/page-locale";

// Draws the bar and provides the client-side query cache and URL state to every workspace page (each page hands its client components their messages). Each page checks the session and its own permission, and sends a visitor
// without a session to sign in with the way back to that page.
export default async function WorkspaceLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const viewer = await getViewer();
  // The header badge: one query per page, for those who have My work.
  const needsMe = viewer && can(viewer, "case.list") ? await countNeedsMe(viewer) : 0;
  return (
    <ClientMessages namespaces={["auth", "errors"]}>
      {viewer ? (
        <div className="-mx-4 -mt-8 mb-8">
          <WorkspaceBar viewer={viewer} needsMe={needsMe} />
        </div>
      ) : null}
      <WorkspaceProviders>{children}</WorkspaceProviders>
    </ClientMessages>
  );
}
