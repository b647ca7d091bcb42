import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { limitPublicRequest, PUBLIC_REQUESTS_PER_MINUTE } from "./public-rate-limit";

describe("public rate limit", () => {
  it("lets a client make its allowance in a minute, then answers 429 with Retry-After", async () => {
    const request = () => new NextRequest("http://localhost/api/public/cases");
    for (let i = 0; i < PUBLIC_REQUESTS_PER_MINUTE; i++) expect(await limitPublicRequest(request())).toBeNull();
    const refused = await limitPublicRequest(request());
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(await refused?.json()).toMatchObject({ error: "rate_limited" });
  });
});
