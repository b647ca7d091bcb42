import { describe, expect, it } from "vitest";
import { NOTIFICATION_KINDS } from "@/lib/enums";
import { DEFAULT_DELIVERY, deliveryFor, effectiveDeliveries } from "./kinds";

describe("deliveries", () => {
  it("every kind has a default; what needs action comes at once, what only informs waits for the digest", () => {
    expect(Object.keys(DEFAULT_DELIVERY).sort()).toEqual([...NOTIFICATION_KINDS].sort());
    expect(DEFAULT_DELIVERY.proposal_waiting).toBe("immediately");
    expect(DEFAULT_DELIVERY.case_assigned).toBe("immediately");
    expect(DEFAULT_DELIVERY.clock_due).toBe("daily_digest");
    expect(Object.values(DEFAULT_DELIVERY)).not.toContain("off");
  });

  it("a user's choice wins over the default, kind by kind", () => {
    expect(deliveryFor("mention", {})).toBe("immediately");
    expect(deliveryFor("mention", { mention: "off" })).toBe("off");
    expect(deliveryFor("clock_due", { mention: "off" })).toBe("daily_digest");
    expect(effectiveDeliveries({ clock_due: "immediately" })).toEqual({ ...DEFAULT_DELIVERY, clock_due: "immediately" });
  });
});
