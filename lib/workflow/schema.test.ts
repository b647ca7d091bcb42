import { describe, expect, it } from "vitest";
import { TRANSITION_IDS } from "./machine";
import { detailsOf, detailsToJson, TRANSITION_DETAILS, TRANSITION_FIELDS, transitionRequestSchema } from "./schema";

const base = { incidentId: "case1", expectedState: "legal_review", reason: "The legal team signed off." };

describe("transition schemas", () => {
  it.each(TRANSITION_IDS)("the %s form shows exactly the fields its schema reads", (id) => {
    expect(TRANSITION_FIELDS[id].map((f) => f.name).sort()).toEqual(Object.keys(TRANSITION_DETAILS[id].shape).sort());
  });

  it("always asks for a reason", () => {
    const result = transitionRequestSchema.safeParse({ ...base, reason: "   ", transition: "startLegalReview" });
    expect(result.success).toBe(false);
  });

  it("a notice of intent needs the legal-review note, at least one article and the day it was served", () => {
    const result = transitionRequestSchema.safeParse({ ...base, transition: "serveNotice", legalReviewNote: "", legalArticles: "", noticeServedOn: "" });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join(".")).sort();
    expect(paths).toEqual(["legalArticles", "legalReviewNote", "noticeServedOn"]);
  });

  it("a decision needs its date, document references and at least one decided sanction", () => {
    const ok = transitionRequestSchema.safeParse({
      ...base,
      expectedState: "sanction_review",
      transition: "decideSanctions",
      decisionDate: "2025-01-22",
      decisionDocRefs: "FSC decision 2025-12\nMinutes",
      decisions: [{ sanctionId: "s1", amount: "15,000,000,000", currency: "KRW" }],
    });
    expect(ok.success && detailsOf(ok.data)).toEqual({
      decisionDate: new Date("2025-01-22T00:00:00Z"),
      decisionDocRefs: ["FSC decision 2025-12", "Minutes"],
      decisions: [{ sanctionId: "s1", currency: "KRW", amount: "15000000000" }],
    });
    const empty = transitionRequestSchema.safeParse({ ...base, transition: "decideSanctions", decisionDate: "2025-01-22", decisionDocRefs: "", decisions: [] });
    expect(empty.error?.issues.map((i) => i.path.join(".")).sort()).toEqual(["decisionDocRefs", "decisions"]);
  });

  it("refuses an unknown step and a state that does not exist", () => {
    expect(transitionRequestSchema.safeParse({ ...base, transition: "skipToClosed" }).success).toBe(false);
    expect(transitionRequestSchema.safeParse({ ...base, expectedState: "fined", transition: "dismiss" }).success).toBe(false);
  });

  it("details stored as JSON parse back to the same values", () => {
    const parsed = transitionRequestSchema.parse({ ...base, expectedState: "sanction_review", transition: "decideSanctions", decisionDate: "2025-01-22", decisionDocRefs: "Doc 1", decisions: [{ sanctionId: "s1", amount: "1,000.5", currency: "eur" }] });
    const json = JSON.parse(JSON.stringify(detailsToJson(detailsOf(parsed)))) as Record<string, unknown>;
    expect(json).toEqual({ decisionDate: "2025-01-22", decisionDocRefs: ["Doc 1"], decisions: [{ sanctionId: "s1", currency: "EUR", amount: "1000.50" }] });
    expect(TRANSITION_DETAILS.decideSanctions.parse(json)).toEqual(detailsOf(parsed));
  });

  it("reads decisions stored before currencies as won", () => {
    const legacy = { decisionDate: "2025-01-22", decisionDocRefs: ["Doc 1"], decisions: [{ sanctionId: "s1", amountKrw: "9007199254740993" }, { sanctionId: "s2", amountKrw: null }] };
    expect(TRANSITION_DETAILS.decideSanctions.parse(legacy).decisions).toEqual([
      { sanctionId: "s1", currency: "KRW", amount: "9007199254740993" },
      { sanctionId: "s2", currency: "KRW", amount: null },
    ]);
  });

  it("refuses an unknown currency and more decimals than the currency has", () => {
    const decide = (decision: Record<string, unknown>) =>
      transitionRequestSchema.safeParse({ ...base, expectedState: "sanction_review", transition: "decideSanctions", decisionDate: "2025-01-22", decisionDocRefs: "Doc 1", decisions: [{ sanctionId: "s1", ...decision }] });
    const messages = (decision: Record<string, unknown>) => decide(decision).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages({ amount: "100", currency: "XYZ" })).toEqual(["decisions.0.currency: validation.money.unknownCurrency"]);
    expect(messages({ amount: "100.5", currency: "KRW" })).toEqual(["decisions.0.amount: validation.money.noDecimals"]);
    expect(messages({ amount: "100.505", currency: "EUR" })).toEqual(["decisions.0.amount: validation.money.tooManyDecimals"]);
  });
});
