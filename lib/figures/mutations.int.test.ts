import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { executeAction } from "@/lib/actions/execute-action";
import type { Viewer } from "@/lib/auth/permissions";
import { validationKey } from "@/lib/validation/message-key";
import { makeCase, makeViewer } from "@/tests/support/factories";
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
