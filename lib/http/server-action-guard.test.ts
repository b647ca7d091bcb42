import { describe, expect, it } from "vitest";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "./request-limits";
import { refuseMalformedServerAction } from "./server-action-guard";

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request("http://localhost/en/workspace", { method: "POST", body, headers: { "next-action": "40abc", "content-type": "text/plain;charset=UTF-8", host: "localhost:3000", ...headers } });

const status = async (request: Request) => (await refuseMalformedServerAction(request))?.status ?? "passed";

describe("refuseMalformedServerAction", () => {
  it("lets through what React sends for a plain object, escapes included", async () => {
    expect(await status(post(JSON.stringify([{ title: "A", note: "$$5 fee", n: "$n12", d: "$D2024-01-01T00:00:00.000Z", u: "$undefined", list: ["x"] }])))).toBe("passed");
    expect(await status(post("[]"))).toBe("passed");
    // The same list passed twice: React writes the second as a back-reference into this body.
    expect(await status(post(JSON.stringify([{ selection: { ids: ["a"] }, again: "$0:0:selection:ids" }])))).toBe("passed");
  });

  it("ignores requests that are not server actions", async () => {
    expect(await status(new Request("http://localhost/en", { method: "POST", body: "{" }))).toBe("passed");
    expect(await status(new Request("http://localhost/en", { headers: { "next-action": "x" } }))).toBe("passed");
  });

  it("refuses oversize bodies with 413, by header or by counting", async () => {
    expect(await status(post("[]", { "content-length": String(SERVER_ACTION_BODY_LIMIT_BYTES + 1) }))).toBe(413);
    expect(await status(post(`["${"x".repeat(SERVER_ACTION_BODY_LIMIT_BYTES)}"]`))).toBe(413);
  });

  it("refuses other content types with 415", async () => {
    for (const type of ["multipart/form-data; boundary=x", "application/json", "application/x-www-form-urlencoded", ""]) {
      expect(await status(post("[]", { "content-type": type }))).toBe(415);
    }
  });

  it("refuses what Next would answer with a 500: broken UTF-8, broken JSON, non-arrays, references, deep nesting", async () => {
    expect(await status(post(Uint8Array.from([0x5b, 0x22, 0xff, 0xfe, 0x22, 0x5d])))).toBe(400);
    for (const body of ["[{", "", "null", '"str"', '{"a":1}', '["$Q5"]', '["$h5"]', '["$5"]', '["$K1"]', '["$n12x"]', '[{"a":["$@1"]}]', "[".repeat(40) + "]".repeat(40)]) {
      expect(await status(post(body)), body.slice(0, 20)).toBe(400);
    }
  });

  it("refuses a request from another origin with 403 and says why, where Next would answer 500", async () => {
    for (const origin of ["https://evil.example", "http://localhost:3001", "https://localhost:3000.evil.example", "null", "not a url", ""]) {
      const refused = await refuseMalformedServerAction(post("[]", { origin }));
      expect(refused?.status, origin).toBe(403);
      expect(await refused?.json()).toMatchObject({ error: "cross_origin", message: expect.stringContaining("this site") });
    }
    // Next compares with X-Forwarded-Host first (a proxy in front), then Host.
    expect(await status(post("[]", { origin: "http://localhost:3000", "x-forwarded-host": "casefile.example" }))).toBe(403);
  });

  it("lets through this site's own origin, and requests without one (as Next does)", async () => {
    expect(await status(post("[]", { origin: "http://localhost:3000" }))).toBe("passed");
    expect(await status(post("[]", { origin: "https://casefile.example", "x-forwarded-host": "casefile.example, 10.0.0.1" }))).toBe("passed");
    expect(await status(post("[]"))).toBe("passed");
  });
});
