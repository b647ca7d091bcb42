import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

describe("clientIp", () => {
  it("uses the address Next.js recorded when nothing is in front of the app", () => {
    expect(clientIp("203.0.113.7", 0)).toBe("203.0.113.7");
  });
  it("ignores what the client claimed to the left of the trusted proxy's entry", () => {
    expect(clientIp("10.9.9.9, 198.51.100.4", 1)).toBe("198.51.100.4");
    expect(clientIp("1.1.1.1, 198.51.100.4, 10.0.0.2", 2)).toBe("198.51.100.4");
  });
  it("copes with too few entries and with none", () => {
    expect(clientIp("198.51.100.4", 3)).toBe("198.51.100.4");
    expect(clientIp(undefined, 1)).toBeNull();
    expect(clientIp(" , ", 0)).toBeNull();
  });
});
