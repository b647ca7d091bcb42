// Every benchmark writes its figures to bench/results/<name>.json (copied into
// docs/performance.md) and prints them.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export function writeResults(name: string, result: unknown): void {
  const dir = path.resolve(import.meta.dirname, "../results");
  mkdirSync(dir, { recursive: true });
  const json = JSON.stringify(result, null, 2);
  writeFileSync(path.join(dir, `${name}.json`), `${json}\n`);
  console.log(json);
}
