import { useTranslations } from "next-intl";
import type { PublishedCase } from "@/lib/publishing/get-published-case";

export function SourcesList({ sources }: { sources: PublishedCase["sources"] }) {
  const t = useTranslations("case");
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby="sources">
      <h2 id="sources" className="text-xl font-semibold">
        {t("sources")}
      </h2>
      <ul className="mt-3 space-y-2 text-sm">
        {sources.map((s) => (
          <li key={s.id}>
            <p className="font-medium">{s.url ? <a href={s.url} className="text-blue-800 underline">{s.title}</a> : s.title}</p>
            {s.note ? <p className="text-slate-600">{s.note}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
