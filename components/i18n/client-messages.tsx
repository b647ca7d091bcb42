import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import type { MessageNamespace } from "@/lib/i18n/locales";

/**
 * Hands the client components below it the message namespaces they read, and no others: every
 * namespace is sent with each page that receives it (the case page carried 114 KB of messages
 * when every page received all of them). A module that renders this wraps all it renders in it.
 * components/i18n/client-messages.test.ts works out from the code which namespaces each one
 * needs and holds the list to exactly that.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly MessageNamespace[]; children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={Object.fromEntries(namespaces.map((n) => [n, messages[n]]))}>{children}</NextIntlClientProvider>;
}
