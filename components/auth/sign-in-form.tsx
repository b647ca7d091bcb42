"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { signInSchema, type SignInInput } from "@/lib/auth/schema";
import { useRouter } from "@/lib/i18n/navigation";

/** Only same-site paths are followed after sign-in. */
function safeReturnPath(value: string | undefined): string {
  return value && value.startsWith("/") && !value.startsWith("//") ? value : "/workspace/my-work";
}

export function SignInForm({ callbackUrl, sso, initialError }: { callbackUrl?: string; sso: { id: string; name: string } | null; initialError?: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError === "AccessDenied" ? t("ssoDenied") : initialError ? t("genericError") : null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput>({ resolver: zodResolver(signInSchema) });

  const explain = (code: string | null | undefined) => {
    if (!code) return t("genericError");
    if (code.startsWith("throttled:")) return t("throttled", { minutes: Number(code.split(":")[1]) || 15 });
    if (code === "invalid" || code === "CredentialsSignin") return t("invalidCredentials");
    return t("genericError");
  };

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      setError(explain(result?.error));
      return;
    }
    // next-intl's router adds the locale; callbackUrl may already carry one.
    const target = safeReturnPath(callbackUrl);
    if (/^\/(en|ko)(\/|$)/.test(target)) window.location.assign(target);
    else {
      router.push(target);
      router.refresh();
    }
  });

  const field = "mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-base focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-700 aria-[invalid=true]:border-red-700";
  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} noValidate className="space-y-4" aria-describedby={error ? "sign-in-error" : undefined}>
        <div>
          <label htmlFor="email" className="block text-sm font-medium text-slate-800">
            {t("email")}
          </label>
          <input id="email" type="email" autoComplete="username" className={field} aria-invalid={Boolean(errors.email)} aria-describedby={errors.email ? "email-error" : undefined} {...register("email")} />
          {errors.email ? (
            <p id="email-error" className="mt-1 text-sm text-red-800">
              {t("emailInvalid")}
            </p>
          ) : null}
        </div>
        <div>
          <label htmlFor="password" className="block text-sm font-medium text-slate-800">
            {t("password")}
          </label>
          <input
            id="password"
            type="password"
            autoComplete="current-password"
            className={field}
            aria-invalid={Boolean(errors.password)}
            aria-describedby={errors.password ? "password-error" : undefined}
            {...register("password")}
          />
          {errors.password ? (
            <p id="password-error" className="mt-1 text-sm text-red-800">
              {t("passwordRequired")}
            </p>
          ) : null}
        </div>
        <div role="alert" aria-live="assertive" id="sign-in-error" data-testid="sign-in-error" className="min-h-6 text-sm font-medium text-red-800">
          {error}
        </div>
        <button type="submit" disabled={isSubmitting} className="w-full rounded-md bg-slate-900 px-4 py-2 font-medium text-white hover:bg-slate-700 disabled:opacity-60">
          {isSubmitting ? t("submitting") : t("submit")}
        </button>
      </form>
      {sso ? (
        <div className="space-y-3">
          <p className="text-center text-sm text-slate-600">{t("or")}</p>
          <button
            type="button"
            onClick={() => signIn(sso.id, { callbackUrl: safeReturnPath(callbackUrl) })}
            className="w-full rounded-md border border-slate-400 px-4 py-2 font-medium text-slate-900 hover:bg-slate-100"
          >
            {t("ssoButton", { name: sso.name })}
          </button>
        </div>
      ) : null}
    </div>
  );
}
