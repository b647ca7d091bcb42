// The load balancer's rules, checked on the real HAProxy with deploy/haproxy/haproxy.cfg.template
// in front of two small stand-in instances (the cluster test, tests/cluster/, runs it in front
// of the real app): what it caches and what it never does, which requests it retries on the
// other instance and which it never replays, health checks, and its answer when no instance is up.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEPLOY_DIR } from "./haproxy-config";
import { startHaproxy, type Haproxy } from "./processes";

const LB_PORT = 3490;
const PORTS = [3491, 3492];

interface StandIn {
  name: string;
  server: Server;
  healthy: boolean;
  /** Requests received, by "METHOD path". */
  seen: Map<string, number>;
}

function handler(standIn: StandIn) {
  return (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", "http://x");
    const key = `${request.method} ${url.pathname}`;
    standIn.seen.set(key, (standIn.seen.get(key) ?? 0) + 1);
    request.resume();
    if (url.pathname === "/healthz") {
      response.writeHead(standIn.healthy ? 200 : 503, { "Cache-Control": "no-store" });
      return response.end();
    }
    // Dies without answering: the request reached an instance, which may have acted on it.
    if (url.pathname === "/en/flaky" && (standIn.name === "a" || request.method === "POST")) return request.socket.destroy();
    const headers: Record<string, string> = {
      "Content-Type": "text/html; charset=utf-8",
      // What the app's public pages send: a long s-maxage, Next's router headers in Vary.
      "Cache-Control": "s-maxage=60, stale-while-revalidate=31535940",
      Vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding",
    };
    if (url.pathname === "/en/sets-cookie") headers["Set-Cookie"] = "NEXT_LOCALE=en; Path=/";
    response.writeHead(200, headers);
    response.end(`${standIn.name} ${key}`);
  };
}

const standIns: StandIn[] = PORTS.map((_, i) => ({ name: "ab"[i]!, server: createServer(), healthy: true, seen: new Map() }));
let haproxy: Haproxy;
let dir: string;

const get = async (pathname: string, headers: Record<string, string> = {}, method = "GET") => {
  const response = await fetch(`http://127.0.0.1:${LB_PORT}${pathname}`, { method, headers, redirect: "manual" });
  return { status: response.status, body: await response.text(), headers: response.headers };
};
const seen = (key: string) => standIns.reduce((n, s) => n + (s.seen.get(key) ?? 0), 0);

async function eventually(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not reached within 30 s");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** True once `n` requests in a row were answered by `name` (the other is out of the rotation). */
const onlyServedBy = (name: string, n = 6) => async () => {
  for (let i = 0; i < n; i++) if (!(await get("/en/workspace/who", { Cookie: "authjs.session-token=x" })).body.startsWith(`${name} `)) return false;
  return true;
};

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "deploy18-haproxy-rules-"));
  await Promise.all(standIns.map((s, i) => new Promise<void>((resolve) => s.server.on("request", handler(s)).listen(PORTS[i], "127.0.0.1", resolve))));
  haproxy = await startHaproxy(
    { bind: `127.0.0.1:${LB_PORT}`, servers: PORTS.map((p) => `127.0.0.1:${p}`), statsSocket: path.join(dir, "haproxy.sock"), errorDir: path.join(DEPLOY_DIR, "errors"), maxconn: 1_000, healthUri: "/healthz" },
    path.join(dir, "haproxy.cfg"),
    LB_PORT,
  );
  await eventually(async () => (await get("/en/workspace/who", { Cookie: "authjs.session-token=x" })).status === 200);
});

afterAll(async () => {
  await haproxy?.stop();
  await Promise.all(standIns.map((s) => new Promise((resolve) => s.server.close(resolve))));
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => standIns.forEach((s) => s.seen.clear()));

describe("the load balancer's page cache", () => {
  it("answers a repeated anonymous request for a public page from its cache", async () => {
    const first = await get("/en/cases/one");
    const second = await get("/en/cases/one");
    expect(second.body).toBe(first.body);
    expect(seen("GET /en/cases/one")).toBe(1);
  });

  it("never caches for a request with a session cookie or Authorization, nor a client-side navigation", async () => {
    const variants: Record<string, string>[] = [{ Cookie: "NEXT_LOCALE=en; authjs.session-token=abc" }, { Cookie: "__Secure-authjs.session-token.0=abc" }, { Authorization: "Bearer t" }, { RSC: "1" }];
    for (const headers of variants) {
      await get("/en/cases/two", headers);
      await get("/en/cases/two", headers);
    }
    expect(seen("GET /en/cases/two")).toBe(8);
  });

  it("never caches a response that sets a cookie, nor staff pages, nor anything but GET", async () => {
    for (let i = 0; i < 2; i++) {
      await get("/en/sets-cookie");
      await get("/en/workspace/cases");
      await get("/en/sign-in");
      await get("/en/cases/three", {}, "POST");
    }
    expect(seen("GET /en/sets-cookie")).toBe(2);
    expect(seen("GET /en/workspace/cases")).toBe(2);
    expect(seen("GET /en/sign-in")).toBe(2);
    expect(seen("POST /en/cases/three")).toBe(2);
  });

  it("keeps a page at most about a second, whatever s-maxage the page sends", async () => {
    await get("/en/cases/four");
    await get("/en/cases/four");
    expect(seen("GET /en/cases/four")).toBe(1);
    // HAProxy counts in whole seconds: two seconds later the entry has certainly expired.
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await get("/en/cases/four");
    expect(seen("GET /en/cases/four")).toBe(2);
  });
});

describe("the load balancer's retries", () => {
  it("retries a GET on the other instance when the first one dies without answering", async () => {
    for (let i = 0; i < 6; i++) {
      const answer = await get("/en/flaky", { Cookie: "authjs.session-token=x" });
      expect(answer.status).toBe(200);
      expect(answer.body).toBe("b GET /en/flaky");
    }
  });

  it("never replays a POST that reached an instance: the client is told it failed", async () => {
    // HAProxy answers 502 (with Retry-After), or closes the connection when it had reused one to
    // the instance; either way the client knows the write was not acknowledged.
    const answer = await get("/en/flaky", { Cookie: "authjs.session-token=x" }, "POST").catch((error: unknown) => error);
    if (answer instanceof Error) expect(String(answer.cause)).toMatch(/closed|reset/i);
    else {
      expect(answer).toMatchObject({ status: 502 });
      expect((answer as Awaited<ReturnType<typeof get>>).headers.get("retry-after")).toBe("5");
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(seen("POST /en/flaky")).toBe(1);
  });

  it("takes an instance whose /healthz fails out of the rotation, and back when it recovers", async () => {
    standIns[0]!.healthy = false;
    await eventually(onlyServedBy("b"));
    standIns[0]!.healthy = true;
    await eventually(async () => (await get("/en/workspace/who", { Cookie: "authjs.session-token=x" })).body.startsWith("a ") || (await get("/en/workspace/who", { Cookie: "authjs.session-token=x" })).body.startsWith("a "));
  });

  it("answers 503 with Retry-After while no instance is healthy", async () => {
    standIns.forEach((s) => (s.healthy = false));
    try {
      await eventually(async () => (await get("/en/workspace/who", { Cookie: "authjs.session-token=x" })).status === 503);
      const answer = await get("/en/cases/five");
      expect(answer.status).toBe(503);
      expect(answer.headers.get("retry-after")).toBe("5");
    } finally {
      standIns.forEach((s) => (s.healthy = true));
    }
    await eventually(async () => (await get("/en/workspace/who", { Cookie: "authjs.session-token=x" })).status === 200);
  });

  it("sends GETs and POSTs to the other instance when one is gone (connection refused: nothing was sent)", async () => {
    await new Promise((resolve) => standIns[0]!.server.close(resolve));
    standIns[0]!.server.closeAllConnections();
    for (let i = 0; i < 6; i++) {
      expect((await get("/en/workspace/who", { Cookie: "authjs.session-token=x" })).body).toBe("b GET /en/workspace/who");
      expect((await get("/en/workspace/write", { Cookie: "authjs.session-token=x" }, "POST")).body).toBe("b POST /en/workspace/write");
    }
    expect(seen("POST /en/workspace/write")).toBe(6);
  });
});
