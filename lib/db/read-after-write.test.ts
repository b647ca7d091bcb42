import { beforeEach, describe, expect, it, vi } from "vitest";

// The cookie jar of "this request", and the routing it talks to, as plain fakes: what is under
// test is which position is remembered after a write and which one the next read demands.
const jar = new Map<string, { value: string; maxAge?: number }>();
const routing = vi.hoisted(() => ({ replica: true, lsn: (): Promise<string> => Promise.resolve("0/10"), cookiesFail: false }));
const readClient = vi.hoisted(() => vi.fn((atLeast?: bigint) => ({ atLeast })));

vi.mock("next/headers", () => ({
  cookies: async () => {
    if (routing.cookiesFail) throw new Error("`cookies` was called outside a request scope.");
    return {
      get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)!.value } : undefined),
      set: (name: string, value: string, options: { maxAge?: number }) => void jar.set(name, { value, maxAge: options.maxAge }),
    };
  },
}));
vi.mock("./read-routing", () => ({ hasReplica: () => routing.replica, primaryWalLsn: () => routing.lsn(), readClient }));

const { rememberWrite, rememberWriteOf, workspaceReadClient } = await import("./read-after-write");
const EVERYTHING = (1n << 64n) - 1n;

beforeEach(() => {
  jar.clear();
  readClient.mockClear();
  Object.assign(routing, { replica: true, lsn: () => Promise.resolve("0/10"), cookiesFail: false });
});

describe("rememberWrite", () => {
  it("keeps the primary's position after the write in a cookie that outlives any allowed lag", async () => {
    await rememberWrite();
    expect(jar.get("casefile-read-after")).toEqual({ value: "0/10", maxAge: 120 });
  });

  it("keeps nothing when there is no replica", async () => {
    routing.replica = false;
    await rememberWrite();
    expect(jar.size).toBe(0);
  });

  it("sends the writer to the primary when the position cannot be read", async () => {
    routing.lsn = () => Promise.reject(new Error("connection terminated"));
    await rememberWrite();
    expect(jar.get("casefile-read-after")?.value).toBe("FFFFFFFF/FFFFFFFF");
  });
});

describe("rememberWriteOf (route handlers)", () => {
  it.each([
    ["POST", 200, true],
    ["PUT", 201, true],
    ["DELETE", 204, true],
    ["POST", 400, false],
    ["POST", 503, false],
    ["GET", 200, false],
    ["HEAD", 200, false],
  ])("%s answered %i → remembered: %s", async (method, status, remembered) => {
    const response = new Response(null, { status });
    expect(await rememberWriteOf(new Request("http://casefile.test/api/x", { method }), response)).toBe(response);
    expect(jar.has("casefile-read-after")).toBe(remembered);
  });
});

describe("workspaceReadClient", () => {
  it("asks for no particular position from a reader who has not written", async () => {
    await workspaceReadClient();
    expect(readClient).toHaveBeenCalledWith(undefined);
  });

  it("asks for the reader's last write", async () => {
    jar.set("casefile-read-after", { value: "1/A" });
    await workspaceReadClient();
    expect(readClient).toHaveBeenCalledWith((1n << 32n) + 10n);
  });

  it.each(["", "junk", "1/2/3", "0/100000000"])("sends a reader with a cookie that is no position (%j) to the primary", async (value) => {
    jar.set("casefile-read-after", { value });
    await workspaceReadClient();
    expect(readClient).toHaveBeenCalledWith(EVERYTHING);
  });

  it("sends a read outside any request (a script) to the primary", async () => {
    routing.cookiesFail = true;
    await workspaceReadClient();
    expect(readClient).toHaveBeenCalledWith(EVERYTHING);
  });

  it("reads no cookie when there is no replica", async () => {
    routing.replica = false;
    routing.cookiesFail = true;
    await workspaceReadClient();
    expect(readClient).toHaveBeenCalledWith();
  });
});
