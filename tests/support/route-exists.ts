// Whether a workspace path (without its locale) is served by a page in app/[locale]: each segment
// matches a folder of that name or a dynamic [folder], route groups "(…)" are transparent. Used by
// tests of links that leave the app (notification mails), which cannot click them.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

const APP = path.join(process.cwd(), "app", "[locale]");

function children(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const full = path.join(dir, entry.name);
    if (/^\(.*\)$/.test(entry.name)) found.push(...children(full));
    else found.push(full);
  }
  return found;
}

function resolve(dir: string, segments: readonly string[]): boolean {
  if (segments.length === 0) {
    const groups = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && /^\(.*\)$/.test(e.name));
    return existsSync(path.join(dir, "page.tsx")) || groups.some((group) => resolve(path.join(dir, group.name), []));
  }
  const [head, ...rest] = segments;
  const next = children(dir);
  const exact = next.filter((child) => path.basename(child) === head);
  const dynamic = next.filter((child) => /^\[[^.\]]+\]$/.test(path.basename(child)));
  return [...exact, ...dynamic].some((child) => resolve(child, rest));
}

export function routeExists(pagePath: string): boolean {
  if (!pagePath.startsWith("/") || pagePath.includes("?") || pagePath.includes("#")) return false;
  return resolve(APP, pagePath.split("/").filter(Boolean).map(decodeURIComponent));
}
