import { describe, expect, it } from "vitest";
import { checkTarget, isRefusedAddress } from "./outbound-rules";

const STRICT = { allowPrivate: false, allowHttp: false };
const fixed = (addresses: string[]) => async () => addresses;

describe("the addresses a webhook may never reach", () => {
  it.each([
    "127.0.0.1",
    "127.8.9.10",
    "169.254.169.254",
    "10.0.0.1",
    "10.255.255.255",
    "172.16.3.4",
    "192.168.1.1",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "255.255.255.255",
    "::1",
    "::",
    "::ffff:127.0.0.1",
    "::ffff:169.254.169.254",
    "fc00::1",
    "fd12:3456::1",
    "fe80::1",
    "ff02::1",
    "64:ff9b::7f00:1",
  ])("refuses %s", (address) => {
    expect(isRefusedAddress(address)).toBe(true);
  });

  it.each(["93.184.216.34", "8.8.8.8", "2606:2800:220:1:248:1893:25c8:1946", "::ffff:93.184.216.34"])("allows the public address %s", (address) => {
    expect(isRefusedAddress(address)).toBe(false);
  });

  it("refuses what is not an address at all", () => {
    expect(isRefusedAddress("not-an-ip")).toBe(true);
  });
});

describe("checkTarget", () => {
  it.each([
    ["https://127.0.0.1/hook", "privateAddress"],
    ["https://169.254.169.254/latest/meta-data", "privateAddress"],
    ["https://[::1]:8443/hook", "privateAddress"],
    ["https://[::ffff:127.0.0.1]/hook", "privateAddress"],
    ["https://10.1.2.3/hook", "privateAddress"],
    ["https://[fc00::5]/hook", "privateAddress"],
  ])("refuses %s", async (url, reason) => {
    expect(await checkTarget(url, { ...STRICT, resolve: fixed(["93.184.216.34"]) })).toEqual({ ok: false, reason });
  });

  it("refuses a name that resolves to a private address, even when another of its addresses is public", async () => {
    expect(await checkTarget("https://internal.example/hook", { ...STRICT, resolve: fixed(["93.184.216.34", "169.254.169.254"]) })).toEqual({ ok: false, reason: "privateAddress" });
    expect(await checkTarget("https://localhost/hook", { ...STRICT, resolve: fixed(["::1"]) })).toEqual({ ok: false, reason: "privateAddress" });
  });

  it("allows a public https target and says which address to connect to", async () => {
    expect(await checkTarget("https://hooks.example/in", { ...STRICT, resolve: fixed(["93.184.216.34"]) })).toEqual({ ok: true, url: new URL("https://hooks.example/in"), address: "93.184.216.34", family: 4 });
  });

  it("refuses http unless allowed, other schemes always, credentials in the URL, a name that does not resolve", async () => {
    expect(await checkTarget("http://hooks.example/in", { ...STRICT, resolve: fixed(["93.184.216.34"]) })).toEqual({ ok: false, reason: "httpsOnly" });
    expect((await checkTarget("http://hooks.example/in", { allowPrivate: false, allowHttp: true, resolve: fixed(["93.184.216.34"]) })).ok).toBe(true);
    expect(await checkTarget("ftp://hooks.example/in", { ...STRICT, resolve: fixed(["93.184.216.34"]) })).toEqual({ ok: false, reason: "httpsOnly" });
    expect(await checkTarget("https://user:pw@hooks.example/in", { ...STRICT, resolve: fixed(["93.184.216.34"]) })).toEqual({ ok: false, reason: "invalidUrl" });
    expect(await checkTarget("not a url", STRICT)).toEqual({ ok: false, reason: "invalidUrl" });
    expect(await checkTarget("https://nowhere.example/", { ...STRICT, resolve: fixed([]) })).toEqual({ ok: false, reason: "unresolvable" });
    expect(await checkTarget("https://nowhere.example/", { ...STRICT, resolve: () => Promise.reject(new Error("ENOTFOUND")) })).toEqual({ ok: false, reason: "unresolvable" });
  });

  it("allows loopback when the test setting allows private targets", async () => {
    expect(await checkTarget("http://127.0.0.1:4000/hook", { allowPrivate: true, allowHttp: true })).toEqual({ ok: true, url: new URL("http://127.0.0.1:4000/hook"), address: "127.0.0.1", family: 4 });
  });
});
