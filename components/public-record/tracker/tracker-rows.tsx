"use client";
// The tracker's rows, drawn from compact tuples (tracker-row-data.tsx) rather than sent as a
// server-rendered tree: a cached page carries its rows twice (the HTML and the flight payload the
// browser hydrates from), and in the payload a tree of ten cells with their links costs about
// three times the tuple. Everything is worded and formatted on the server; this only lays it out.
import type { TrackerRowsData } from "./tracker-row-data";

export function TrackerRows({ data: { rows, shared, articles }, locale, demo }: { data: TrackerRowsData; locale: string; demo: string }) {
  return (
    <tbody>
      {rows.map(([slug, id, [company, companySlug], sector, authority, date, type, amount, cited, appeal, final, title, isDemo]) => (
        <tr key={`${slug}:${id}`} data-case={slug}>
          <td>{companySlug ? <a href={`/${locale}/organisations/${companySlug}`}>{company}</a> : company}</td>
          <td>{shared[sector]}</td>
          <td>{shared[authority]}</td>
          <td>{date}</td>
          <td>{shared[type]}</td>
          <td>{amount}</td>
          <td>
            {cited.length === 0
              ? shared[0]
              : cited.map((i) => {
                  const [text, url] = articles[i] ?? [""];
                  return url ? <a key={i} href={url} rel="noreferrer noopener">{text}</a> : <span key={i} className="block">{text}</span>;
                })}
          </td>
          <td>{shared[appeal]}</td>
          <td>{final}</td>
          <td>
            <a href={`/${locale}/cases/${slug}`}>{title}</a>
            {isDemo ? <span className="ml-2 rounded border border-amber-300 bg-amber-50 px-1 text-xs text-amber-900">{demo}</span> : null}
          </td>
        </tr>
      ))}
    </tbody>
  );
}
