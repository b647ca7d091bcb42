import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { executeAction } from "@/lib/actions/execute-action";
import type { Viewer } from "@/lib/auth/permissions";
import { validationKey } from "@/lib/validation/message-key";
import { makeCase, makeViewer } from "@/tests/support/factories";
import { sourceActions } from "./mutations";

let officer: Viewer;
let colleague: Viewer;
let incidentId: string;

beforeAll(async () => {
  [officer, colleague] = await Promise.all([makeViewer("case_officer"), makeViewer("case_officer")]);
  incidentId = (await makeCase({ assignTo: [officer.id, colleague.id] })).id;
});
afterAll(() => prisma.$disconnect());

const article = (fields: Record<string, unknown> = {}) => ({
  incidentId,
  title: "Kakao Pay shared 40 million customers' data with Alipay",
  kind: "press_report",
  publisher: "The Korea Herald",
  language: "en",
  publishedOn: "2024-08-01",
  publishedPrecision: "month",
  url: "https://www.koreaherald.com/",
  note: "Cites the FSS's findings.",
  noteKo: "금감원 검사 결과를 인용.",
  ...fields,
});

describe("sources", () => {
  it("keep what they are, in which language, and how precisely their date is known", async () => {
    const result = await executeAction(officer, sourceActions.create, article());
    expect(result).toMatchObject({ ok: true, data: { kind: "press_report", language: "en", publishedPrecision: "month", noteKo: "금감원 검사 결과를 인용.", version: 1 } });
  });

  it.each(["javascript:alert(1)", "ftp://example.org/file.pdf", "data:text/html,hi", "www.example.org"])("refuse a link that is not http(s): %s, and write nothing", async (url) => {
    const before = await prisma.source.count({ where: { incidentId } });
    const result = await executeAction(officer, sourceActions.create, article({ url }));
    expect(result).toMatchObject({ ok: false, error: "invalid", fieldErrors: { url: [validationKey("url.httpOnly")] } });
    expect(await prisma.source.count({ where: { incidentId } })).toBe(before);
  });

  it("need a kind from the list", async () => {
    expect(await executeAction(officer, sourceActions.create, article({ kind: "rumour" }))).toMatchObject({ ok: false, fieldErrors: { kind: [expect.any(String)] } });
  });

  it("two people saving the same version: the second gets a conflict naming the first, and nothing is overwritten", async () => {
    const created = await executeAction(officer, sourceActions.create, article());
    if (!created.ok) throw new Error(created.message);
    const ref = { sourceId: created.data.id, version: 1 };
    const { incidentId: _case, ...fields } = article();
    expect(await executeAction(officer, sourceActions.update, { ...ref, ...fields, title: "Officer's title" })).toMatchObject({ ok: true, data: { version: 2 } });
    const theirs = await executeAction(colleague, sourceActions.update, { ...ref, ...fields, title: "Colleague's title" });
    expect(theirs).toMatchObject({ ok: false, error: "conflict", conflict: { changedBy: officer.email, current: { title: "Officer's title", version: 2 } } });
    expect(await prisma.source.findUniqueOrThrow({ where: { id: created.data.id } })).toMatchObject({ title: "Officer's title", version: 2 });
    expect(await prisma.auditEvent.count({ where: { entityId: created.data.id, action: "source.updated" } })).toBe(1);
  });
});
