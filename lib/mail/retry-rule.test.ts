import { describe, expect, it } from "vitest";
import { canRetryMail } from "./retry-rule";

describe("canRetryMail", () => {
  it.each([
    ["failed", "550 refused", true],
    ["kept", null, true],
    ["queued", "ECONNECTION", true],
    ["queued", null, false],
    ["sending", "ECONNECTION", false],
    ["sent", null, false],
  ] as const)("%s with last error %s: %s", (status, lastError, expected) => {
    expect(canRetryMail({ status, lastError })).toBe(expected);
  });
});
