import { useTranslations } from "next-intl";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { WorkspaceNav } from "@/components/workspace/workspace-nav";
import { can, type Viewer } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";

/** `needsMe`: the header badge's count (lib/my-work/count-needs-me.ts); no badge at 0. */
export function WorkspaceBar({ viewer, needsMe = 0 }: { viewer: Viewer; needsMe?: number }) {
  const t = useTranslations("workspace");
  const tMyWork = useTranslations("myWork");
  const tInbox = useTranslations("inbox");
  const tAuth = useTranslations("auth");
  const tRoles = useTranslations("roles");
  const tWebhooks = useTranslations("webhooks");
  const tTokens = useTranslations("apiTokens");
  const link = "rounded-md px-2 py-1 text-sm font-medium text-slate-800 hover:bg-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700";
  return (
    <div className="border-b border-slate-200 bg-slate-100 print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-2">
        <WorkspaceNav label={t("nav")}>
          {can(viewer, "case.list") ? (
            <Link href="/workspace/my-work" className={`${link} inline-flex items-center gap-1.5`} aria-label={needsMe > 0 ? `${tMyWork("nav")}, ${tMyWork("needsYou", { count: needsMe })}` : undefined} data-testid="my-work-link">
              {tMyWork("nav")}
              {needsMe > 0 ? (
                <span aria-hidden="true" title={tMyWork("needsYou", { count: needsMe })} className="inline-flex min-w-5 items-center justify-center rounded-full bg-red-800 px-1.5 text-xs font-semibold text-white tabular-nums" data-testid="my-work-badge">
                  {needsMe > 99 ? "99+" : needsMe}
                </span>
              ) : null}
            </Link>
          ) : null}
          {can(viewer, "notification.read") ? (
            <Link href="/workspace/inbox" className={link}>
              {tInbox("nav")}
            </Link>
          ) : null}
          {can(viewer, "case.list") ? (
            <>
              <Link href="/workspace/overview" className={link}>
                {t("overviewNav")}
              </Link>
              <Link href="/workspace" className={link}>
                {t("cases")}
              </Link>
            </>
          ) : null}
          {can(viewer, "organization.view") ? (
            <Link href="/workspace/organisations" className={link}>
              {t("organisations")}
            </Link>
          ) : null}
          {can(viewer, "article.view") ? (
            <Link href="/workspace/legal-articles" className={link}>
              {t("legalArticles")}
            </Link>
          ) : null}
          {can(viewer, "user.manage") ? (
            <Link href="/admin/users" className={link}>
              {t("users")}
            </Link>
          ) : null}
          {can(viewer, "audit.viewAll") ? (
            <Link href="/admin/audit" className={link}>
              {t("audit")}
            </Link>
          ) : null}
          {can(viewer, "jurisdiction.view") ? (
            <Link href="/admin/jurisdictions" className={link}>
              {t("jurisdictions")}
            </Link>
          ) : null}
          {can(viewer, "mail.view") ? (
            <Link href="/admin/mail" className={link}>
              {t("mail")}
            </Link>
          ) : null}
          {can(viewer, "webhook.manage") ? (
            <Link href="/workspace/webhooks" className={link}>
              {tWebhooks("nav")}
            </Link>
          ) : null}
          {can(viewer, "apiToken.manageService") ? (
            <Link href="/admin/api-tokens" className={link}>
              {tTokens("adminTitle")}
            </Link>
          ) : null}
        </WorkspaceNav>
        <div className="flex min-w-0 flex-wrap items-center gap-3 text-sm text-slate-700">
          <span className="min-w-0">
            {tAuth("signedInAs", { name: viewer.name })} · <span data-testid="viewer-role">{tRoles(viewer.role)}</span>
          </span>
          {can(viewer, "apiToken.manage") ? (
            <Link href="/workspace/settings/api-tokens" className="underline underline-offset-2 hover:text-slate-900">
              {tTokens("title")}
            </Link>
          ) : null}
          <SignOutButton />
        </div>
      </div>
    </div>
  );
}
