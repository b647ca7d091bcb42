import { afterAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { prisma } from "@/lib/db/prisma";
import type { MailStatus } from "@/lib/generated/prisma/client";
import { makeViewer, unique } from "@/tests/support/factories";
import { mailActions } from "./mutations";

const made: string[] = [];
afterAll(async () => {
  await prisma.$executeRaw`DELETE FROM pgboss.job WHERE name = 'mail.send' AND data->>'mailId' = ANY(${made})`;
  await prisma.mailMessage.deleteMany({ where: { id: { in: made } } });
});

async function mail(status: MailStatus, lastError: string | null = "550 5.1.1 Recipient address rejected") {
  const row = await prisma.mailMessage.create({ data: { to: `${unique("to")}@test.casefile`, locale: "en", subject: "Assigned", text: "…", status, attempts: 3, lastError } });
  made.push(row.id);
  return row;
}
const jobs = (mailId: string) => prisma.$queryRaw<{ state: string }[]>`SELECT state::text FROM pgboss.job WHERE name = 'mail.send' AND data->>'mailId' = ${mailId}`;
const audits = (mailId: string) => prisma.auditEvent.findMany({ where: { entityType: "mail_message", entityId: mailId } });

describe("retrying a mail", () => {
  it("puts a failed mail back in the queue with a new send job and an audit row", async () => {
    const admin = await makeViewer("admin");
    const failed = await mail("failed");
    const result = await executeAction(admin, mailActions.retry, { mailId: failed.id });
    expect(result).toEqual({ ok: true, data: { id: failed.id } });
    expect(await prisma.mailMessage.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ status: "queued", attempts: 3 });
    expect(await jobs(failed.id)).toEqual([{ state: "created" }]);
    const [row] = await audits(failed.id);
    expect(row).toMatchObject({ action: "mail.retried", actorId: admin.id, before: expect.objectContaining({ status: "failed" }), after: expect.objectContaining({ status: "queued" }) });
  });

  it.each(["sent", "sending"] as const)("refuses a mail that is %s, and writes nothing", async (status) => {
    const admin = await makeViewer("admin");
    const row = await mail(status, null);
    expect(await executeAction(admin, mailActions.retry, { mailId: row.id })).toMatchObject({ ok: false, error: "conflict", message: "mailAdmin.notRetryable" });
    expect((await prisma.mailMessage.findUniqueOrThrow({ where: { id: row.id } })).status).toBe(status);
    expect(await jobs(row.id)).toEqual([]);
    expect(await audits(row.id)).toEqual([]);
  });

  it("is for administrators only", async () => {
    const failed = await mail("failed");
    for (const role of ["regulator", "case_officer"] as const) {
      expect(await executeAction(await makeViewer(role), mailActions.retry, { mailId: failed.id })).toMatchObject({ ok: false, error: "forbidden" });
    }
    expect(await jobs(failed.id)).toEqual([]);
  });

  it("answers not found for an unknown mail and refuses a malformed id", async () => {
    const admin = await makeViewer("admin");
    expect(await executeAction(admin, mailActions.retry, { mailId: "nosuchmail" })).toMatchObject({ ok: false, error: "not_found" });
    expect(await executeAction(admin, mailActions.retry, { mailId: "'; DROP TABLE mail_messages;--" })).toMatchObject({ ok: false, error: "invalid" });
  });
});
