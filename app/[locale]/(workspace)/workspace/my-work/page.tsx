import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AuthorityDeadlinesPanel } from "@/components/my-work/authority-deadlines-panel";
import { ChangesList, MentionsList } from "@/components/my-work/my-work-feeds";
import { ApprovalsList, DeadlinesList, TasksList } from "@/components/my-work/my-work-lists";
import { PageHeader } from "@/components/ui/page-header";
import { requireViewer } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { pageLocale } from "@/lib/i18n/page-locale";
import { auditTranslator } from "@/lib/audit/audit-translator";
import { loadMyWork } from "@/lib/my-work/load-my-work";
import { actionScope } from "@/lib/my-work/scope";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "myWork" });
  return { title: t("title") };
}

export default async function MyWorkPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await pageLocale(params);
  const viewer = await requireViewer(locale, `/${locale}/workspace/my-work`);
  if (!can(viewer, "case.list")) notFound();
  const [t, translate] = await Promise.all([getTranslations("myWork"), auditTranslator(locale)]);
  const work = await loadMyWork(viewer, { locale, translate });
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      <ApprovalsList approvals={work.approvals} now={work.now} />
      <TasksList tasks={work.tasks} locale={locale} />
      <DeadlinesList deadlines={work.deadlines} locale={locale} everyCase={actionScope(viewer, "workflow.decide") === "all"} />
      <div className="grid gap-6 lg:grid-cols-2">
        <MentionsList mentions={work.mentions} locale={locale} />
        <ChangesList changes={work.changes} />
      </div>
      {work.authority ? <AuthorityDeadlinesPanel deadlines={work.authority} locale={locale} now={work.now} /> : null}
    </div>
  );
}
