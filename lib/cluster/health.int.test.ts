import { afterAll, describe, expect, it } from "vitest";
import { GET } from "@/app/healthz/route";
import { prisma } from "@/lib/db/prisma";
import { healthResponse } from "./health";

afterAll(() => prisma.$disconnect());

describe("/healthz", () => {
  it("answers 200 { status: ok } when the database answers, uncached and without a cookie", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it("answers 503 with Retry-After when the database fails", async () => {
    const response = await healthResponse(() => Promise.reject(new Error("connection refused")));
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toMatchObject({ status: "unavailable" });
  });

  it("answers 503 when the database does not answer within the timeout, without waiting for it", async () => {
    const response = await healthResponse(() => new Promise(() => undefined), 50);
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await response.json()).toMatchObject({ status: "unavailable", reason: expect.stringContaining("50 ms") });
  });
});
