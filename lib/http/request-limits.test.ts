import { expect, it } from "vitest";
import nextConfig from "../../next.config";
import { SERVER_ACTION_BODY_LIMIT, SERVER_ACTION_BODY_LIMIT_BYTES } from "./request-limits";

it("next.config.ts applies the server-action limit, and the byte count the proxy checks is the same limit", () => {
  expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe(SERVER_ACTION_BODY_LIMIT);
  // Next parses sizes with the `bytes` package: "1mb" is 1,048,576 bytes.
  expect(SERVER_ACTION_BODY_LIMIT).toBe(`${SERVER_ACTION_BODY_LIMIT_BYTES / 1024 / 1024}mb`);
});
