// Calls a server action over HTTP the way the browser does: POST to the page that hosts the form,
// the action's id (from the build's manifest) in `Next-Action`, the arguments as React's reply
// encoding (plain JSON for plain objects), and reads the result back out of the RSC stream.
import { readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export function actionIds<N extends string>(names: readonly N[]): Record<N, string> {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as { node: Record<string, { exportedName?: string }> };
  return Object.fromEntries(
    names.map((name) => {
      const found = Object.entries(manifest.node).find(([, v]) => v.exportedName === name);
      if (!found) throw new Error(`No server action named ${name} in the build`);
      return [name, found[0]];
    }),
  ) as Record<N, string>;
}

/** What the action returned: the app's `ActionResult` shape. */
export interface ActionPayload {
  ok: boolean;
  data?: Record<string, unknown>;
  error?: string;
  message?: string;
  conflict?: { current?: Record<string, unknown> };
}

/**
 * The RSC response is one row per line, `<hex id>:<json>`; row 0 is `{ a: "$@<n>", … }`, and row
 * <n> holds the action's return value. Strings that start with `$` are escaped as `$$`; dates
 * come as `$D…` and bigints as `$n…`, which this reader leaves as strings.
 */
export function parseActionResponse(body: string): ActionPayload | null {
  const rows = new Map<string, string>();
  for (const line of body.split("\n")) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match) rows.set(match[1]!, match[2]!);
  }
  const head = rows.get("0");
  if (!head) return null;
  try {
    const ref = (JSON.parse(head) as { a?: string }).a;
    const id = typeof ref === "string" && ref.startsWith("$@") ? ref.slice(2) : null;
    const row = id === null ? undefined : rows.get(id);
    if (!row) return null;
    const value = JSON.parse(row) as unknown;
    return value && typeof value === "object" && "ok" in value ? (value as ActionPayload) : null;
  } catch {
    return null;
  }
}

export interface ActionCall {
  baseUrl: string;
  pagePath: string;
  actionId: string;
  cookie: string;
  input: unknown;
  signal?: AbortSignal;
}

export async function callAction(call: ActionCall): Promise<{ status: number; payload: ActionPayload | null; body: string }> {
  const response = await fetch(`${call.baseUrl}${call.pagePath}`, {
    method: "POST",
    headers: { "Next-Action": call.actionId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Cookie: call.cookie, Origin: call.baseUrl },
    body: JSON.stringify([call.input]),
    redirect: "manual",
    signal: call.signal,
  });
  const body = await response.text();
  return { status: response.status, payload: parseActionResponse(body), body };
}
