import type { IncomingHttpHeaders } from "node:http";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { clientIp, markPeerAddressStamped, PEER_ADDRESS_HEADER, requestClientIp, stampPeerAddress } from "./client-ip";

const address = fc.oneof(fc.ipV4(), fc.ipV6());
const header = fc.oneof(fc.constant(null), fc.string(), fc.array(address).map((list) => list.join(", ")));

describe("clientIp", () => {
  it("with no trusted proxy, is the connection's address, whatever X-Forwarded-For says", () => {
    fc.assert(
      fc.property(address, header, (peer, forwardedFor) => {
        expect(clientIp({ peer, forwardedFor, trustedHops: 0 })).toBe(peer);
      }),
    );
    expect(clientIp({ peer: "127.0.0.2", forwardedFor: "203.0.113.77", trustedHops: 0 })).toBe("127.0.0.2");
  });

  it("with no trusted proxy and no known connection address, is unknown, never a header", () => {
    expect(clientIp({ peer: null, forwardedFor: "203.0.113.7", trustedHops: 0 })).toBeNull();
  });

  it("behind N trusted proxies, is the Nth entry from the right, whatever the client put before it", () => {
    fc.assert(
      fc.property(fc.array(address, { maxLength: 5 }), fc.array(address, { minLength: 1, maxLength: 4 }), address, (claimed, appended, peer) => {
        const forwardedFor = [...claimed, ...appended].join(", ");
        expect(clientIp({ peer, forwardedFor, trustedHops: appended.length })).toBe(appended[0]);
      }),
    );
    expect(clientIp({ peer: "10.0.0.2", forwardedFor: "10.9.9.9, 198.51.100.4", trustedHops: 1 })).toBe("198.51.100.4");
    expect(clientIp({ peer: "10.0.0.2", forwardedFor: "1.1.1.1, 198.51.100.4, 10.0.0.3", trustedHops: 2 })).toBe("198.51.100.4");
  });

  it("with fewer entries than trusted proxies, takes the leftmost (a trusted proxy wrote them all), else the connection", () => {
    expect(clientIp({ peer: "10.0.0.2", forwardedFor: "198.51.100.4", trustedHops: 3 })).toBe("198.51.100.4");
    expect(clientIp({ peer: "10.0.0.2", forwardedFor: " , ", trustedHops: 1 })).toBe("10.0.0.2");
    expect(clientIp({ peer: null, forwardedFor: null, trustedHops: 1 })).toBeNull();
  });
});

describe("the connection's address, as the server stamps it", () => {
  const STAMPED = Symbol.for("casefile.peer-address-stamped");
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[STAMPED];
  });

  it("replaces whatever a client sent in the same header", () => {
    const headers: IncomingHttpHeaders = { [PEER_ADDRESS_HEADER]: "203.0.113.77", "x-forwarded-for": "203.0.113.77" };
    stampPeerAddress(headers, "127.0.0.2");
    expect(headers[PEER_ADDRESS_HEADER]).toBe("127.0.0.2");
    stampPeerAddress(headers, undefined);
    expect(headers[PEER_ADDRESS_HEADER]).toBeUndefined();
  });

  it("writes IPv4 clients of a dual-stack socket as plain IPv4", () => {
    const headers: IncomingHttpHeaders = {};
    stampPeerAddress(headers, "::ffff:192.0.2.5");
    expect(headers[PEER_ADDRESS_HEADER]).toBe("192.0.2.5");
    stampPeerAddress(headers, "2001:db8::1");
    expect(headers[PEER_ADDRESS_HEADER]).toBe("2001:db8::1");
  });

  it("is trusted only in a process whose server stamps every request (not under a bare `next start`)", () => {
    const headers = new Headers({ [PEER_ADDRESS_HEADER]: "203.0.113.77", "x-forwarded-for": "203.0.113.78" });
    expect(requestClientIp(headers, 0)).toBeNull();
    markPeerAddressStamped();
    expect(requestClientIp(headers, 0)).toBe("203.0.113.77");
    expect(requestClientIp(headers, 1)).toBe("203.0.113.78");
  });
});
