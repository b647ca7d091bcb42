import { getTranslations } from "next-intl/server";
import { TaskDue } from "@/components/tasks/task-parts";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { listLinkedTasks } from "@/lib/tasks/list-tasks";
import type { TaskLinkKind } from "@/lib/tasks/schema";
import { todayInSeoul } from "@/lib/validation/fields";

/** On an item's page: the live tasks about it, each linking to its task; nothing when there are none. */
export async function LinkedTasks({ incidentId, slug, locale, kind, id }: { incidentId: string; slug: string; locale: Locale; kind: TaskLinkKind; id: string }) {
  const tasks = await listLinkedTasks(incidentId, kind, id);
  if (tasks.length === 0) return null;
  const [t, tEnum] = await Promise.all([getTranslations("tasks"), getTranslations("enum")]);
  const today = todayInSeoul();
  return (
    <section aria-labelledby={`tasks-about-${id}`} className="space-y-2">
      <h3 id={`tasks-about-${id}`} className="font-semibold">
        {t("aboutThis")}
      </h3>
      <ul className="space-y-1 text-sm">
        {tasks.map((task) => (
          <li key={task.id} className={task.status === "open" ? "" : "text-slate-600"}>
            <Link href={`/workspace/cases/${slug}/tasks/${task.id}`} className="text-blue-800 underline">
              {task.title}
            </Link>{" "}
            · {tEnum(`taskStatus.${task.status}`)} · <TaskDue task={task} today={today} locale={locale} />
          </li>
        ))}
      </ul>
    </section>
  );
}
