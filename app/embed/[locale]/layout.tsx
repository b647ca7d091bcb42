import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { routing } from "@/lib/i18n/routing";
import { siteUrl } from "@/lib/site-env";
import "../../globals.css";

// The embed pages (/embed/<locale>/cases/<slug>/<chart>) live outside app/[locale], whose layout
// renders the site's header and footer: an embed is the chart and its attribution only. They are
// the only pages other sites may frame (next.config.ts, lib/security/csp.ts), and the proxy, which
// would set the locale cookie, does not run for them: an embed sets no cookie.

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export const metadata: Metadata = { metadataBase: siteUrl(), icons: { icon: "/favicon.svg" } };

export default async function EmbedLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale}>
      <body className="bg-white font-sans">
        <main className="p-2">{children}</main>
      </body>
    </html>
  );
}
