import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { WorkspaceProviders } from "@/components/workspace/providers";
import { WorkspaceBar } from "@/components/workspace/workspace-bar";
import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { countNeedsMe } from "@/lib/my-work/count-needs-me";
import { pageLocale } from "@/lib/i18n/page-locale";

// Draws the bar and provides every UI message, the client-side query cache and URL state to every workspace page. Each page checks the session and its own permission, and sends a visitor
// without a session to sign in with the way back to that page.
export default async function WorkspaceLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const [viewer, messages] = await Promise.all([getViewer(), getMessages()]);
  // The header badge: one query per page, for those who have My work.
  const needsMe = viewer && can(viewer, "case.list") ? await countNeedsMe(viewer) : 0;
  return (
    <NextIntlClientProvider messages={messages}>
      {viewer ? (
        <div className="-mx-4 -mt-8 mb-8">
          <WorkspaceBar viewer={viewer} needsMe={needsMe} />
        </div>
      ) : null}
      <WorkspaceProviders>{children}</WorkspaceProviders>
    </NextIntlClientProvider>
  );
}
