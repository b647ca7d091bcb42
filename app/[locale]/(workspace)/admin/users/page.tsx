import { getTranslations } from "next-intl/server";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { AssignmentControls, RoleAndStatusControls } from "@/components/admin/user-controls";
import { requirePermission } from "@/lib/auth/guards";
import { ssoProvider } from "@/lib/auth/options";
import { formatDateTime } from "@/lib/format/date";
import { listCasesForAssignment, listUsers } from "@/lib/users/list-users";
import { pageLocale } from "@/lib/i18n/page-locale";
import { PageHeader } from "@/components/ui/page-header";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("admin");
  return { title: t("usersTitle") };
}

export default async function UsersPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await pageLocale(params);
  const viewer = await requirePermission(locale, `/${locale}/admin/users`, "user.manage");
  const [t, tRoles, users, cases] = await Promise.all([getTranslations("admin"), getTranslations("roles"), listUsers(viewer), listCasesForAssignment(viewer)]);
  return (
    <ClientMessages namespaces={["admin", "errors", "roles"]}>
      <div className="space-y-8">
        <PageHeader title={t("usersTitle")} intro={t("usersIntro")} />
        <CreateUserForm ssoAvailable={ssoProvider() !== null} />
        <div className="relative overflow-x-auto rounded-lg border border-slate-200" tabIndex={0} role="group" aria-label={t("usersTitle")}>
          <table className="w-full min-w-[56rem] text-left text-sm">
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">{t("colUser")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("colRole")} / {t("colStatus")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("colCases")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("colLastSignIn")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {users.map((u) => {
                const row = { id: u.id, email: u.email, name: u.name, role: u.role, active: u.active, version: u.version, cases: u.assignments.map((a) => ({ id: a.incident.id, title: a.incident.title })) };
                return (
                  <tr key={u.id} className={`align-top ${u.active ? "" : "bg-slate-50 text-slate-500"}`} data-user={u.email}>
                    <th scope="row" className="px-4 py-3 font-normal">
                      <p className="font-medium text-slate-900">
                        {u.name}
                        {u.id === viewer.id ? <span className="ml-1 text-xs text-slate-500">({t("you")})</span> : null}
                      </p>
                      <p>{u.email}</p>
                      <p className="text-xs">
                        {tRoles(u.role)} · {u.active ? t("active") : t("deactivated")}
                        {u.hasPassword ? "" : ` · ${t("ssoOnly")}`}
                      </p>
                    </th>
                    <td className="px-4 py-3">
                      <RoleAndStatusControls user={row} isSelf={u.id === viewer.id} />
                    </td>
                    <td className="px-4 py-3">
                      <AssignmentControls user={row} allCases={cases} />
                    </td>
                    <td className="px-4 py-3 whitespace-nowrap">{u.lastSignInAt ? formatDateTime(u.lastSignInAt, locale) : t("never")}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>
    </ClientMessages>
  );
}
