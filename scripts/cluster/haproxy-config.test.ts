import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkHaproxyConfig, DEPLOY_DIR, PRODUCTION_SETTINGS, renderHaproxyConfig, SHIPPED_FILE } from "./haproxy-config";

const dir = mkdtempSync(path.join(tmpdir(), "deploy18-haproxy-config-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the load balancer's configuration", () => {
  it("ships as the template rendered for deploy/compose.yaml (edit the template, then re-render)", () => {
    expect(readFileSync(SHIPPED_FILE, "utf8")).toBe(renderHaproxyConfig(PRODUCTION_SETTINGS));
  });

  it("is valid for HAProxy as shipped (haproxy -c; names that do not resolve here start out down)", () => {
    // The shipped file finds errors/ next to itself (default-path config): check it where it lies.
    expect(checkHaproxyConfig(SHIPPED_FILE)).toBeNull();
  });

  it("is valid as the cluster test and the benchmark render it, on loopback ports", () => {
    const file = path.join(dir, "loopback.cfg");
    writeFileSync(file, renderHaproxyConfig({ bind: "127.0.0.1:3499", servers: ["127.0.0.1:3497", "127.0.0.1:3498"], statsSocket: path.join(dir, "haproxy.sock"), errorDir: path.join(DEPLOY_DIR, "errors"), maxconn: 1_000, healthUri: "/healthz" }));
    expect(checkHaproxyConfig(file)).toBeNull();
  });

  it("is refused by the check when it is broken, so the checks above mean something", () => {
    const file = path.join(dir, "broken.cfg");
    writeFileSync(file, renderHaproxyConfig({ ...PRODUCTION_SETTINGS, errorDir: path.join(DEPLOY_DIR, "errors") }).replace("balance leastconn", "balance sideways"));
    expect(checkHaproxyConfig(file)).toMatch(/balance only supports/);
  });

  it("names the app instances that deploy/compose.yaml defines, and compose mounts this directory", () => {
    const compose = readFileSync(path.join(DEPLOY_DIR, "../compose.yaml"), "utf8");
    for (const server of PRODUCTION_SETTINGS.servers) expect(compose).toMatch(new RegExp(`^  ${server.split(":")[0]}:$`, "m"));
    expect(compose).toContain("./haproxy:/usr/local/etc/haproxy:ro");
  });

  it("caps the page cache at one second and checks /healthz", () => {
    const text = renderHaproxyConfig(PRODUCTION_SETTINGS);
    expect(text).toMatch(/cache public_pages\n(?:\s+.*\n)*?\s+max-age 1\n/);
    expect(text).toContain("uri /healthz");
  });
});
