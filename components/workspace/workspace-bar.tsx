import { useTranslations } from "next-intl";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { WorkspaceNav } from "@/components/workspace/workspace-nav";
import { can, type Viewer } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";

export function WorkspaceBar({ viewer }: { viewer: Viewer }) {
  const t = useTranslations("workspace");
  const tAuth = useTranslations("auth");
  const tRoles = useTranslations("roles");
  const tSettings = useTranslations("notificationSettings");
  const link = "rounded-md px-2 py-1 text-sm font-medium text-slate-800 hover:bg-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700";
  return (
    <div className="border-b border-slate-200 bg-slate-100 print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-2">
        <WorkspaceNav label={t("nav")}>
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
        </WorkspaceNav>
        <div className="flex min-w-0 items-center gap-3 text-sm text-slate-700">
          <span className="min-w-0">
            {tAuth("signedInAs", { name: viewer.name })} · <span data-testid="viewer-role">{tRoles(viewer.role)}</span>
          </span>
          {can(viewer, "notification.settings") ? (
            <Link href="/workspace/settings/notifications" className={`${link} whitespace-nowrap`}>
              {tSettings("menuLink")}
            </Link>
          ) : null}
          <SignOutButton />
        </div>
      </div>
    </div>
  );
}
