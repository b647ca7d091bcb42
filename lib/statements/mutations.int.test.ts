import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { executeAction } from "@/lib/actions/execute-action";
import type { Viewer } from "@/lib/auth/permissions";
import { validationKey } from "@/lib/validation/message-key";
import { makeCase, makeViewer } from "@/tests/support/factories";
import { statementActions } from "./mutations";

let officer: Viewer;
let colleague: Viewer;
let incidentId: string;
let organizationId: string;
let strangerId: string;

beforeAll(async () => {
  [officer, colleague] = await Promise.all([makeViewer("case_officer"), makeViewer("case_officer")]);
  ({ id: incidentId, investigatedOrgId: organizationId } = await makeCase({ assignTo: [officer.id, colleague.id] }));
  // The investigated organisation of another case: no party to this one.
  strangerId = (await makeCase()).investigatedOrgId;
});
afterAll(() => prisma.$disconnect());

const statement = (fields: Record<string, unknown> = {}) => ({
  incidentId,
  organizationId,
  quote: "The encryption was robust enough to prevent identification.",
  quoteKo: "암호화가 충분히 강력해 개인을 식별할 수 없었다.",
  wording: "paraphrase",
  statedOn: "2024-08-01",
  statedPrecision: "month",
  ...fields,
});

describe("statements", () => {
  it("keep the party, both languages, whether quoted or paraphrased, and the date's precision", async () => {
    expect(await executeAction(officer, statementActions.create, statement())).toMatchObject({
      ok: true,
      data: { organizationId, quoteKo: "암호화가 충분히 강력해 개인을 식별할 수 없었다.", wording: "paraphrase", statedPrecision: "month", version: 1 },
    });
  });

  it("are made by one of the case's organisations; another is refused and nothing is written", async () => {
    const before = await prisma.statement.count({ where: { incidentId } });
    expect(await executeAction(officer, statementActions.create, statement({ organizationId: strangerId }))).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: { organizationId: [validationKey("statement.notAParty")] },
    });
    expect(await prisma.statement.count({ where: { incidentId } })).toBe(before);
  });

  it("may come from a recipient; once it is removed from the case, a new statement by it is refused but an edit keeps its party", async () => {
    const recipientOrg = (await makeCase()).investigatedOrgId;
    const recipient = await prisma.incidentRecipient.create({ data: { incidentId, organizationId: recipientOrg, relationship: "Shareholder" } });
    const created = await executeAction(officer, statementActions.create, statement({ organizationId: recipientOrg }));
    if (!created.ok) throw new Error(created.message);
    await prisma.incidentRecipient.update({ where: { id: recipient.id }, data: { deletedAt: new Date() } });
    expect(await executeAction(officer, statementActions.create, statement({ organizationId: recipientOrg }))).toMatchObject({ ok: false, fieldErrors: { organizationId: [validationKey("statement.notAParty")] } });
    const { incidentId: _case, ...fields } = statement({ organizationId: recipientOrg, quote: "Corrected." });
    expect(await executeAction(officer, statementActions.update, { statementId: created.data.id, version: 1, ...fields })).toMatchObject({ ok: true, data: { organizationId: recipientOrg, version: 2 } });
  });

  it("need to say whether they are a quotation or a paraphrase", async () => {
    expect(await executeAction(officer, statementActions.create, statement({ wording: "" }))).toMatchObject({ ok: false, fieldErrors: { wording: [expect.any(String)] } });
  });

  it("two people saving the same version: the second gets a conflict naming the first, and nothing is overwritten", async () => {
    const created = await executeAction(officer, statementActions.create, statement());
    if (!created.ok) throw new Error(created.message);
    const { incidentId: _case, ...fields } = statement();
    const ref = { statementId: created.data.id, version: 1 };
    expect(await executeAction(officer, statementActions.update, { ...ref, ...fields, quote: "Officer's wording" })).toMatchObject({ ok: true, data: { version: 2 } });
    const theirs = await executeAction(colleague, statementActions.update, { ...ref, ...fields, quote: "Colleague's wording" });
    expect(theirs).toMatchObject({ ok: false, error: "conflict", conflict: { changedBy: officer.email, current: { quote: "Officer's wording", version: 2 } } });
    expect(await prisma.statement.findUniqueOrThrow({ where: { id: created.data.id } })).toMatchObject({ quote: "Officer's wording", version: 2 });
    expect(await prisma.auditEvent.count({ where: { entityId: created.data.id, action: "statement.updated" } })).toBe(1);
  });
});
