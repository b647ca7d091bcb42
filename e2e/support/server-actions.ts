// Server actions called over HTTP the way a forged request (or a curious user) would: by the
// action's id from the build's manifest, with a JSON body, to any page that could host it.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

export function actionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../.next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportedName);
  if (!found) throw new Error(`No server action named ${exportedName} in the build`);
  return found[0];
}

export async function callAction(request: APIRequestContext, pagePath: string, name: string, args: unknown[], headers: Record<string, string> = {}) {
  return request.post(pagePath, {
    headers: { "Next-Action": actionId(name), "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", ...headers },
    data: JSON.stringify(args),
  });
}
