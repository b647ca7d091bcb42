import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { ssoProvider } from "@/lib/auth/options";
import { getViewer } from "@/lib/auth/viewer";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("auth");
  return { title: t("signInTitle") };
}

export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ callbackUrl?: string; error?: string }>;
}) {
  const { locale } = await pageLocale(params);
  const { callbackUrl, error } = await searchParams;
  if (await getViewer()) redirect(`/${locale}/workspace`);
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-semibold tracking-tight">{t("signInTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("signInIntro")}</p>
      <div className="mt-6 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <SignInForm callbackUrl={typeof callbackUrl === "string" ? callbackUrl : undefined} sso={ssoProvider()} initialError={typeof error === "string" ? error : undefined} />
      </div>
    </div>
  );
}
