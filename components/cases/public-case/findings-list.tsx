import { useTranslations } from "next-intl";
import type { PublishedCase } from "@/lib/publishing/get-published-case";

export function FindingsList({ findings }: { findings: PublishedCase["findings"] }) {
  const t = useTranslations("case");
  if (findings.length === 0) return null;
  return (
    <section aria-labelledby="findings">
      <h2 id="findings" className="text-xl font-semibold">
        {t("findings")}
      </h2>
      <ol className="mt-3 list-decimal space-y-2 pl-6">
        {findings.map((f) => (
          <li key={f.id} id={`finding-${f.id}`}>
            <p className="font-medium">{f.title}</p>
            <p className="text-sm text-slate-700">{f.body}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
