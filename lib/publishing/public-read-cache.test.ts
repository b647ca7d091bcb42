import { afterEach, describe, expect, it, vi } from "vitest";
import { cachedPublicRead, forgetPublicReads, PUBLIC_READ_TTL_MS } from "./public-read-cache";

afterEach(() => {
  forgetPublicReads();
  vi.useRealTimers();
});

describe("cachedPublicRead", () => {
  it("runs the query once for concurrent and repeated reads of one key", async () => {
    const load = vi.fn(async () => ["row"]);
    const results = await Promise.all([cachedPublicRead("k", load), cachedPublicRead("k", load), cachedPublicRead("k", load)]);
    expect(await cachedPublicRead("k", load)).toEqual(["row"]);
    expect(results).toEqual([["row"], ["row"], ["row"]]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("keeps keys apart", async () => {
    expect(await cachedPublicRead("a", async () => 1)).toBe(1);
    expect(await cachedPublicRead("b", async () => 2)).toBe(2);
  });

  it("reads again once the interval has passed", async () => {
    vi.useFakeTimers();
    let n = 0;
    const load = async () => ++n;
    expect(await cachedPublicRead("k", load)).toBe(1);
    vi.advanceTimersByTime(PUBLIC_READ_TTL_MS - 1);
    expect(await cachedPublicRead("k", load)).toBe(1);
    vi.advanceTimersByTime(2);
    expect(await cachedPublicRead("k", load)).toBe(2);
  });

  it("reads again at once after forgetPublicReads (a publication or takedown)", async () => {
    let n = 0;
    const load = async () => ++n;
    expect(await cachedPublicRead("k", load)).toBe(1);
    forgetPublicReads();
    expect(await cachedPublicRead("k", load)).toBe(2);
  });

  it("lets a read that is running when the cache is forgotten finish for its callers, and not be kept", async () => {
    let finish!: (rows: string[]) => void;
    const slow = cachedPublicRead("k", () => new Promise<string[]>((resolve) => (finish = resolve)));
    forgetPublicReads();
    finish(["old"]);
    await expect(slow).resolves.toEqual(["old"]);
    expect(await cachedPublicRead("k", async () => ["new"])).toEqual(["new"]);
  });

  it("does not keep a failed read", async () => {
    await expect(cachedPublicRead("k", async () => Promise.reject(new Error("database down")))).rejects.toThrow("database down");
    expect(await cachedPublicRead("k", async () => "ok")).toBe("ok");
  });
});
