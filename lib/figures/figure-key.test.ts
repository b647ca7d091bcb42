import { describe, expect, it } from "vitest";
import { figureKey } from "./figure-key";

describe("figureKey", () => {
  it.each([
    ["Kakao Pay monthly users", "kakao_pay_monthly_users"],
    // Only a figure added as the records total gets that key; a label never makes it.
    ["Records shared total", "records_shared_total_label"],
    ["Alipay’s stake in Kakao Pay (%)", "alipay_s_stake_in_kakao_pay"],
    ["  Records -- sent  ", "records_sent"],
    ["월 이용자 수", "월_이용자_수"],
    ["Ｆｕｌｌ　ｗｉｄｔｈ 25", "full_width_25"],
    ["%%%", "figure"],
  ])("%s → %s", (label, key) => {
    expect(figureKey(label)).toBe(key);
  });

  it("keeps keys short, cut at a whole character without a trailing separator", () => {
    const key = figureKey(`${"가".repeat(59)} more`);
    expect([...key]).toHaveLength(59);
    expect(figureKey("a ".repeat(100)).endsWith("_")).toBe(false);
  });
});
