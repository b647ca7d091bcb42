import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../../..");

function walk(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name === "generated" ? [] : walk(relative);
    return [relative];
  });
}

/** Every route handler file under app/. */
export const routeFiles = () => walk("app").filter((f) => /\/route\.(ts|tsx|js)$/.test(f)).sort();

/** Every module under lib/ and app/ that declares server actions. */
export const serverActionFiles = () =>
  [...walk("lib"), ...walk("app")].filter((f) => /\.(ts|tsx)$/.test(f) && /^\s*["']use server["']/m.test(readFileSync(path.join(ROOT, f), "utf8"))).sort();
