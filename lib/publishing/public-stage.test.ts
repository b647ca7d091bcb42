import { describe, expect, it } from "vitest";
import { WORKFLOW_STATES } from "@/lib/enums";
import { PUBLIC_STAGES, publicStage } from "./public-stage";

describe("public stage", () => {
  it("every internal state has a public stage, and every public stage is used", () => {
    const used = new Set(WORKFLOW_STATES.map(publicStage));
    expect([...used].sort()).toEqual([...PUBLIC_STAGES].sort());
  });

  it("says 'sanctioned' only after a decision, and never discloses the steps between findings and decision", () => {
    const sanctioned = WORKFLOW_STATES.filter((s) => publicStage(s) === "sanctioned");
    expect(sanctioned).toEqual(["sanction_decided"]);
    for (const s of ["legal_review", "notice_of_intent", "sanction_review"] as const) expect(publicStage(s)).toBe("findings_issued");
    expect(publicStage("dismissed")).toBe("closed");
  });
});
