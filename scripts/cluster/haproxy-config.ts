// Fills deploy/haproxy/haproxy.cfg.template: the cluster test and the load benchmark render it
// with loopback ports, and deploy/haproxy/haproxy.cfg is the same template rendered for
// deploy/compose.yaml (`PRODUCTION_SETTINGS`; a unit test keeps the two identical). After editing
// the template: `npx tsx scripts/cluster/haproxy-config.ts` writes haproxy.cfg again.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const DEPLOY_DIR = path.resolve(import.meta.dirname, "../../deploy/haproxy");
const TEMPLATE_FILE = path.join(DEPLOY_DIR, "haproxy.cfg.template");
export const SHIPPED_FILE = path.join(DEPLOY_DIR, "haproxy.cfg");

export interface HaproxySettings {
  /** `bind` argument, e.g. ":80" or "127.0.0.1:3460". */
  bind: string;
  /** App instances as host:port, named app1, app2, … */
  servers: string[];
  statsSocket: string;
  /** The error pages (deploy/haproxy/errors); relative to the configuration file's directory. */
  errorDir: string;
  maxconn?: number;
  /** Signed-in requests one instance is given at once; the rest wait in HAProxy's queue. */
  serverMaxconn?: number;
  /** Anonymous requests (cache misses) one instance is given at once. */
  publicMaxconn?: number;
  /** What the active check asks each instance for: the app's /healthz. */
  healthUri?: string;
}

export const PRODUCTION_SETTINGS: HaproxySettings = {
  bind: ":80",
  servers: ["app1:3000", "app2:3000"],
  statsSocket: "/var/lib/haproxy/admin.sock",
  errorDir: "errors",
};

const HEADER = "# GENERATED from haproxy.cfg.template by scripts/cluster/haproxy-config.ts; edit the template.\n";

export function renderHaproxyConfig(settings: HaproxySettings): string {
  const values: Record<string, string> = {
    BIND: settings.bind,
    STATS_SOCKET: settings.statsSocket,
    ERROR_DIR: settings.errorDir,
    MAXCONN: String(settings.maxconn ?? 20_000),
    HEALTH_URI: settings.healthUri ?? "/healthz",
    SERVER_MAXCONN: String(settings.serverMaxconn ?? 32),
    PUBLIC_MAXCONN: String(settings.publicMaxconn ?? 4),
    SERVERS: settings.servers.map((address, i) => `    server app${i + 1} ${address}`).join("\n"),
  };
  const text = readFileSync(TEMPLATE_FILE, "utf8").replace(/\{\{([A-Z_]+)\}\}/g, (match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Unknown placeholder ${match} in ${TEMPLATE_FILE}`);
    return value;
  });
  return HEADER + text;
}

/** `haproxy -c`: null when the file is valid, else HAProxy's complaint. */
export function checkHaproxyConfig(file: string, haproxy = "haproxy"): string | null {
  const result = spawnSync(haproxy, ["-c", "-f", file], { encoding: "utf8" });
  if (result.error) return `Cannot run ${haproxy}: ${result.error.message}`;
  return result.status === 0 ? null : `${result.stdout}${result.stderr}`.trim() || `exit code ${result.status}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(SHIPPED_FILE, renderHaproxyConfig(PRODUCTION_SETTINGS));
  console.log(`Wrote ${path.relative(process.cwd(), SHIPPED_FILE)}`);
}
