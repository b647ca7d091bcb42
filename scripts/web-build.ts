// The production build `npm start` serves: rebuilt when the sources are newer than .next/BUILD_ID.
// Shared with the start-up test, which builds once up front so its timing is the start's alone.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "public", "proxy.ts", "next.config.ts", "package-lock.json", "postcss.config.mjs", "instrumentation.ts"];

/**
 * Newest modification time under the given paths. Directory times count too: deleting a file
 * changes only its directory's time.
 */
function newestMtime(root: string, paths: string[]): number {
  let newest = 0;
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    newest = Math.max(newest, stat.mtimeMs);
    if (stat.isDirectory() && !p.endsWith("generated")) {
      for (const entry of readdirSync(p)) walk(path.join(p, entry));
    }
  };
  paths.forEach((p) => walk(path.join(root, p)));
  return newest;
}

export function webBuildIsStale(root: string): boolean {
  const buildId = path.join(root, ".next/BUILD_ID");
  return !existsSync(buildId) || statSync(buildId).mtimeMs < newestMtime(root, SOURCES);
}

/**
 * Runs `next build` with its output on this terminal; resolves true when it succeeded. Aborting
 * the signal stops the build (SIGTERM) and resolves once it has exited.
 */
export function buildWebApp(root: string, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    const build = spawn(path.join(root, "node_modules/.bin/next"), ["build"], { cwd: root, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" }, signal });
    // Aborting also reports an error, and the exit follows; a build that could not start has none.
    build.once("error", () => signal?.aborted || resolve(false));
    build.once("exit", (code) => resolve(code === 0));
  });
}
