import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { executeAction } from "@/lib/actions/execute-action";
import type { Viewer } from "@/lib/auth/permissions";
import { validationKey } from "@/lib/validation/message-key";
import { makeCase, makeViewer } from "@/tests/support/factories";
import { loadHeadlines } from "@/lib/cases/load-headlines";
import { RECORDS_TOTAL_KEY } from "./figure-key";
import { figureActions } from "./mutations";

let officer: Viewer;
let colleague: Viewer;
let incidentId: string;

beforeAll(async () => {
  [officer, colleague] = await Promise.all([makeViewer("case_officer"), makeViewer("case_officer")]);
  incidentId = (await makeCase({ assignTo: [officer.id, colleague.id] })).id;
});
afterAll(() => prisma.$disconnect());

const figure = (fields: Record<string, unknown> = {}) => ({
  incidentId,
  label: "Alipay's stake in Kakao Pay",
  labelKo: "알리페이의 카카오페이 지분",
  value: "32.0012",
  unit: "percent",
  approximate: false,
  provenance: "reported",
  asOf: "2024-08-13",
  note: "Through Alipay Singapore Holding.",
  noteKo: "알리페이 싱가포르 홀딩을 통해.",
  ...fields,
});

describe("key figures", () => {
  it("keep every digit of the value, answered as text; the key comes from the first label and stays", async () => {
    const created = await executeAction(officer, figureActions.create, figure());
    expect(created).toMatchObject({ ok: true, data: { key: "alipay_s_stake_in_kakao_pay", value: "32.0012", unit: "percent", noteKo: "알리페이 싱가포르 홀딩을 통해.", version: 1 } });
    if (!created.ok) return;
    const { incidentId: _case, ...fields } = figure({ label: "Alipay's share" });
    expect(await executeAction(officer, figureActions.update, { figureId: created.data.id, version: 1, ...fields })).toMatchObject({
      ok: true,
      data: { key: "alipay_s_stake_in_kakao_pay", label: "Alipay's share", version: 2 },
    });
  });

  it("refuse a second figure with the same label, and a negative value", async () => {
    await executeAction(officer, figureActions.create, figure({ label: "Merchants" }));
    expect(await executeAction(officer, figureActions.create, figure({ label: "Merchants" }))).toMatchObject({ ok: false, fieldErrors: { label: [validationKey("figure.labelTaken")] } });
    expect(await executeAction(officer, figureActions.create, figure({ label: "Refunds", value: "-3" }))).toMatchObject({ ok: false, fieldErrors: { value: [expect.stringContaining("negative")] } });
  });

  it("two people saving the same version: the second gets a conflict naming the first, and nothing is overwritten", async () => {
    const created = await executeAction(officer, figureActions.create, figure({ label: "Monthly users" }));
    if (!created.ok) throw new Error(created.message);
    const { incidentId: _case, ...fields } = figure({ label: "Monthly users", unit: "people" });
    const ref = { figureId: created.data.id, version: 1 };
    expect(await executeAction(officer, figureActions.update, { ...ref, ...fields, value: "25,000,000" })).toMatchObject({ ok: true, data: { version: 2 } });
    const theirs = await executeAction(colleague, figureActions.update, { ...ref, ...fields, value: "24,000,000" });
    expect(theirs).toMatchObject({ ok: false, error: "conflict", conflict: { changedBy: officer.email, current: { value: "25000000", version: 2 } } });
    expect((await prisma.incidentFigure.findUniqueOrThrow({ where: { id: created.data.id } })).value.toString()).toBe("25000000");
    expect(await prisma.auditEvent.count({ where: { entityId: created.data.id, action: "figure.updated" } })).toBe(1);
  });
});

describe("the case's total of records shared", () => {
  it("is a figure added as such: one per case, counting records, and the headline shows it", async () => {
    const own = (await makeCase({ assignTo: [officer.id] })).id;
    const total = (fields: Record<string, unknown>) => figure({ incidentId: own, label: "Records sent", unit: "records", value: "54,200,000,000", recordsTotal: true, ...fields });
    expect(await executeAction(officer, figureActions.create, total({ unit: "people" }))).toMatchObject({ ok: false, fieldErrors: { unit: [validationKey("figure.recordsTotalUnit")] } });
    const created = await executeAction(officer, figureActions.create, total({}));
    expect(created).toMatchObject({ ok: true, data: { key: RECORDS_TOTAL_KEY } });
    expect(await executeAction(officer, figureActions.create, total({ label: "Records again" }))).toMatchObject({ ok: false, fieldErrors: { recordsTotal: [validationKey("figure.recordsTotalTaken")] } });
    // A label never makes the key: a figure labelled like the key is an ordinary figure.
    expect(await executeAction(officer, figureActions.create, figure({ incidentId: own, label: "Records shared total" }))).toMatchObject({ ok: true, data: { key: "records_shared_total_label" } });
    const headline = (await loadHeadlines([own])).get(own);
    expect(headline?.records).toMatchObject({ value: 54_200_000_000, provenance: "reported" });
  });
});
