import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SiteHeader } from "@/components/layout/site-header";
import { Toaster } from "@/components/ui/toaster";
import { routing } from "@/lib/i18n/routing";
import { siteUrl } from "@/lib/site-env";
import "../globals.css";

// No generateStaticParams here: the build has no database, so nothing that reads one may be
// prerendered. Public pages that read published versions return [] from their own
// generateStaticParams (rendered on first request, then cached); the about page lists the locales.
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meta" });
  return {
    // Canonical and hreflang links must be absolute; the app's public address is NEXTAUTH_URL
    // (npm start sets it to http://localhost:<port> for the embedded demo).
    metadataBase: siteUrl(),
    title: { default: t("title"), template: `%s · ${t("title")}` },
    description: t("description"),
    icons: { icon: "/favicon.svg" },
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col font-sans">
        {/* What the language switcher, the error page and sign-in read; the statistics page and the workspace hand on their own. */}
        <ClientMessages namespaces={["locale", "errors", "auth"]}>
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
            {children}
          </main>
          <SiteFooter />
          <Toaster />
        </ClientMessages>
      </body>
    </html>
  );
}
