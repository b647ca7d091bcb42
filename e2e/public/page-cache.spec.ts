import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, REFERENCE_CASE, test } from "../support/fixtures";

// Next keeps rendered case pages (and the 404 of a slug no case has) in its page cache. On disk,
// every made-up address would leave files behind for good; the cache is kept in memory only
// (bounded by cacheMaxMemorySize), so made-up addresses cannot fill the disk.
function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: "utf8" });
  } catch {
    return [];
  }
}

test("made-up case addresses leave nothing in the page cache on disk", async ({ request }) => {
  const made = `made-up-${Date.now().toString(36)}`;
  for (const locale of ["en", "ko"]) expect((await request.get(`/${locale}/cases/${made}`)).status()).toBe(404);
  // A real case page is still served from the cache.
  expect((await request.get(`/en${REFERENCE_CASE}`)).status()).toBe(200);
  const second = await request.get(`/en${REFERENCE_CASE}`);
  // Served from the page cache: HIT, or STALE while a revalidation after 60 s runs (a slow machine).
  expect(["HIT", "STALE"]).toContain(second.headers()["x-nextjs-cache"]);
  const cached = filesUnder(path.resolve(import.meta.dirname, "../../.next/server/route-cache"));
  expect(cached.filter((f) => f.includes(made))).toEqual([]);
  expect(cached.filter((f) => f.includes("kakao-pay-alipay-2024"))).toEqual([]);
});
