import { getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/actions/result";
import { DeleteRestoreButton } from "./delete-restore-button";

/** A section's deleted items, each with a button to restore it (shown to those who may restore). */
export async function DeletedItems({ items }: { items: { id: string; name: string; restore: () => Promise<ActionResult<unknown>> }[] }) {
  if (items.length === 0) return null;
  const t = await getTranslations("forms");
  return (
    <div className="rounded-lg bg-slate-50 p-4">
      <h3 className="text-sm font-semibold">{t("deletedItems")}</h3>
      <ul className="mt-2 space-y-2 text-sm">
        {items.map((item) => (
          <li key={item.id} className="flex items-center justify-between gap-2">
            <span className="line-through">{item.name}</span>
            <DeleteRestoreButton mode="restore" name={item.name} run={item.restore} />
          </li>
        ))}
      </ul>
    </div>
  );
}
