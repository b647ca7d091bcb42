import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import type { NotificationDelivery, NotificationKind } from "@/lib/generated/prisma/enums";
import { makeCase, makeUser } from "@/tests/support/factories";
import { absoluteLink } from "./links";
import { sendDailyDigests } from "./send-daily-digests";

let incident: Awaited<ReturnType<typeof makeCase>>;
beforeAll(async () => {
  incident = await makeCase();
});
afterAll(() => prisma.$disconnect());

async function userWith(locale: "en" | "ko", prefs: Partial<Record<NotificationKind, NotificationDelivery>> = {}) {
  const user = await makeUser("case_officer");
  await prisma.user.update({ where: { id: user.id }, data: { locale } });
  for (const [kind, delivery] of Object.entries(prefs)) await prisma.notificationPreference.create({ data: { userId: user.id, kind: kind as NotificationKind, delivery: delivery as NotificationDelivery } });
  return user;
}

const at = (recipientId: string, kind: NotificationKind, createdAt: string, path = `/workspace/cases/${incident.slug}/workflow`) =>
  prisma.notification.create({ data: { recipientId, kind, createdAt: new Date(createdAt), incidentId: incident.id, path, params: { state: "due_soon", clock: "reply_window", dueOn: "2027-03-09" } } });

const digests = (recipientId: string) => prisma.mailMessage.findMany({ where: { recipientId }, orderBy: { digestDay: "asc" } });

describe("daily digests", () => {
  it("23:59 KST and 00:01 KST fall in different digests, each sent the morning after", async () => {
    const user = await userWith("en");
    const late = await at(user.id, "clock_due", "2027-03-02T23:59:00+09:00", `/workspace/cases/${incident.slug}/workflow`);
    const early = await at(user.id, "comment_reply", "2027-03-03T00:01:00+09:00", `/workspace/cases/${incident.slug}`);

    await sendDailyDigests(new Date("2027-03-03T08:00:00+09:00"));
    const [first] = await digests(user.id);
    expect(first?.digestDay?.toISOString().slice(0, 10)).toBe("2027-03-02");
    expect(first?.subject).toContain("2027-03-02");
    expect(first?.text).toContain(absoluteLink("en", `/workspace/cases/${incident.slug}/workflow`));
    expect(first?.text).not.toContain(absoluteLink("en", `/workspace/cases/${incident.slug}`) + "\n");
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: late.id } })).mailId).toBe(first?.id);
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: early.id } })).mailId).toBeNull();

    await sendDailyDigests(new Date("2027-03-04T08:00:00+09:00"));
    const both = await digests(user.id);
    expect(both.map((m) => m.digestDay?.toISOString().slice(0, 10))).toEqual(["2027-03-02", "2027-03-03"]);
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: early.id } })).mailId).toBe(both[1]?.id);
  });

  it("running twice, or two runs at once, sends one digest per person and day", async () => {
    const user = await userWith("ko");
    await at(user.id, "clock_due", "2027-04-01T10:00:00+09:00");
    await at(user.id, "clock_due", "2027-04-01T11:00:00+09:00");
    const now = new Date("2027-04-02T08:00:00+09:00");
    await Promise.all([sendDailyDigests(now), sendDailyDigests(now)]);
    await sendDailyDigests(now);
    const mails = await digests(user.id);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ locale: "ko", to: user.email });
    expect(mails[0]?.subject).toContain("알림 2건");
    expect(await prisma.notification.count({ where: { recipientId: user.id, mailId: mails[0]?.id } })).toBe(2);
  });

  it("takes only what the user wants as a digest and was not mailed already", async () => {
    const user = await userWith("en", { mention: "daily_digest", comment_reply: "off" });
    await at(user.id, "mention", "2027-05-01T09:00:00+09:00");
    await at(user.id, "comment_reply", "2027-05-01T09:00:00+09:00");
    await at(user.id, "case_assigned", "2027-05-01T09:00:00+09:00");
    const mailed = await prisma.mailMessage.create({ data: { recipientId: user.id, to: user.email, locale: "en", subject: "s", text: "t" } });
    await prisma.notification.create({ data: { recipientId: user.id, kind: "mention", createdAt: new Date("2027-05-01T10:00:00+09:00"), path: "/workspace", mailId: mailed.id } });
    await sendDailyDigests(new Date("2027-05-02T08:00:00+09:00"));
    const digest = (await digests(user.id)).find((m) => m.digestDay);
    expect(await prisma.notification.count({ where: { recipientId: user.id, mailId: digest?.id } })).toBe(1);
    expect(digest?.text).toContain("mentioned you");
  });

  it("nobody with nothing to tell gets a digest; an inactive user gets none", async () => {
    const quiet = await userWith("en");
    const gone = await userWith("en");
    await at(gone.id, "clock_due", "2027-06-01T09:00:00+09:00");
    await prisma.user.update({ where: { id: gone.id }, data: { active: false } });
    await sendDailyDigests(new Date("2027-06-02T08:00:00+09:00"));
    expect(await digests(quiet.id)).toEqual([]);
    expect(await digests(gone.id)).toEqual([]);
  });

  it("leaves out what concerns a case deleted since (its link would lead nowhere)", async () => {
    const user = await userWith("en");
    const gone = await makeCase();
    await prisma.notification.create({ data: { recipientId: user.id, kind: "clock_due", createdAt: new Date("2027-07-01T09:00:00+09:00"), incidentId: gone.id, path: `/workspace/cases/${gone.slug}/workflow` } });
    await prisma.incident.update({ where: { id: gone.id }, data: { deletedAt: new Date() } });
    await sendDailyDigests(new Date("2027-07-02T08:00:00+09:00"));
    expect(await digests(user.id)).toEqual([]);
  });
});
