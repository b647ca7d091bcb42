import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { unique } from "@/tests/support/factories";
import { queueMail, type OutgoingMail } from "./queue-mail";

const mail = (to: string): OutgoingMail => ({ recipientId: null, to, locale: "en", subject: "Assigned to a case", text: "Open https://casefile.test/en/workspace" });

async function jobsFor(mailId: string) {
  return prisma.$queryRaw<{ state: string }[]>`SELECT state::text FROM pgboss.job WHERE name = 'mail.send' AND data->>'mailId' = ${mailId}`;
}

const rollback = new Error("rolled back on purpose");
const created: string[] = [];
afterAll(async () => {
  await prisma.$executeRaw`DELETE FROM pgboss.job WHERE name = 'mail.send' AND data->>'mailId' = ANY(${created})`;
  await prisma.mailMessage.deleteMany({ where: { id: { in: created } } });
});

describe("queueMail (the outbox)", () => {
  it("queues a committed change's mail with its send job", async () => {
    const id = await prisma.$transaction((tx) => queueMail(tx, mail(`${unique("to")}@test.casefile`)));
    created.push(id);
    expect(await prisma.mailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "queued", attempts: 0 });
    expect(await jobsFor(id)).toEqual([{ state: "created" }]);
  });

  it("leaves neither the mail nor its job when the change rolls back", async () => {
    const to = `${unique("to")}@test.casefile`;
    let id = "";
    await expect(
      prisma.$transaction(async (tx) => {
        id = await queueMail(tx, mail(to));
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(id).not.toBe("");
    expect(await prisma.mailMessage.count({ where: { to } })).toBe(0);
    expect(await jobsFor(id)).toEqual([]);
  });
});
