// The sign-in throttle and the audit trail use the address of the connection, never one a client
// wrote into X-Forwarded-For (the e2e server runs as deployed without a proxy: TRUST_PROXY_HOPS=0).
// Requests leave from other loopback addresses (127.0.0.x), so locking one of them out disturbs no
// other test, and the address the server should see is known.
import http from "node:http";
import { e2eDatabase } from "../support/database";
import { expect, test } from "../support/fixtures";

interface Answer {
  status: number;
  body: string;
  cookies: string[];
}

function send(options: { baseURL: string; from: string; method: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Answer> {
  const url = new URL(options.path, options.baseURL);
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: "127.0.0.1", port: url.port, path: url.pathname + url.search, method: options.method, localAddress: options.from, headers: { host: url.host, ...options.headers } },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body, cookies: (response.headers["set-cookie"] ?? []).map((c) => c.split(";")[0] ?? "") }));
      },
    );
    request.on("error", reject);
    request.end(options.body);
  });
}

/** One password sign-in through next-auth's API; answers the error code next-auth redirects with. */
async function signIn(options: { baseURL: string; from: string; email: string; forwardedFor: string }): Promise<string | null> {
  const csrf = await send({ baseURL: options.baseURL, from: options.from, method: "GET", path: "/api/auth/csrf", headers: { "x-forwarded-for": options.forwardedFor } });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const answer = await send({
    baseURL: options.baseURL,
    from: options.from,
    method: "POST",
    path: "/api/auth/callback/credentials",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrf.cookies.join("; "), "x-forwarded-for": options.forwardedFor },
    body: new URLSearchParams({ email: options.email, password: "not the password", csrfToken, json: "true" }).toString(),
  });
  const { url } = JSON.parse(answer.body) as { url: string };
  return new URL(url).searchParams.get("error");
}

const madeUp = (i: number) => `203.0.113.${(i % 250) + 1}`;

test("the audit trail records the connection's address, not the X-Forwarded-For a client made up", async ({ baseURL }) => {
  const email = `spoof-${Date.now()}@casefile.demo`;
  expect(await signIn({ baseURL: baseURL!, from: "127.0.0.2", email, forwardedFor: "203.0.113.77" })).toBe("invalid");
  const db = e2eDatabase();
  try {
    const row = await db.auditEvent.findFirst({ where: { action: "auth.sign_in_failed", actorLabel: email }, select: { ip: true } });
    expect(row?.ip).toBe("127.0.0.2");
  } finally {
    await db.$disconnect();
  }
});

test("an address that sends a new X-Forwarded-For with every attempt is still throttled", async ({ baseURL }) => {
  test.setTimeout(180_000);
  const from = "127.0.0.3";
  // A new account each time, so only the per-address count can stop it (30 failures).
  for (let i = 0; i < 30; i++) {
    expect(await signIn({ baseURL: baseURL!, from, email: `spray-${Date.now()}-${i}@casefile.demo`, forwardedFor: madeUp(i) })).toBe("invalid");
  }
  expect(await signIn({ baseURL: baseURL!, from, email: `spray-${Date.now()}-last@casefile.demo`, forwardedFor: madeUp(30) })).toMatch(/^throttled:/);
  // Another address is not affected.
  expect(await signIn({ baseURL: baseURL!, from: "127.0.0.4", email: `spray-${Date.now()}-other@casefile.demo`, forwardedFor: madeUp(30) })).toBe("invalid");
});

test("the public rate limit counts by connection, whatever X-Forwarded-For says", async ({ baseURL }) => {
  test.setTimeout(180_000);
  const from = "127.0.0.5";
  let last: Answer | undefined;
  // 300 a minute are allowed; a client making up a new address each time gets no more.
  for (let i = 0; i <= 300; i++) {
    last = await send({ baseURL: baseURL!, from, method: "GET", path: "/api/public/cases", headers: { "x-forwarded-for": `198.51.100.${i % 250}, ${madeUp(i)}` } });
    if (last.status === 429) break;
  }
  expect(last?.status).toBe(429);
  expect((await send({ baseURL: baseURL!, from: "127.0.0.6", method: "GET", path: "/api/public/cases" })).status).toBe(200);
});
