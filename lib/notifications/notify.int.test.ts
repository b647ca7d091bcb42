import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import type { NotificationDelivery, NotificationKind } from "@/lib/generated/prisma/enums";
import { makeCase, makeUser } from "@/tests/support/factories";
import { NOTIFICATION_KINDS } from "@/lib/enums";
import { absoluteLink, SETTINGS_PATH } from "./links";
import { notify } from "./notify";
import { renderNotificationMail } from "./render-mail";

let incident: Awaited<ReturnType<typeof makeCase>>;
beforeAll(async () => {
  incident = await makeCase();
});
afterAll(() => prisma.$disconnect());

async function userWith(locale: "en" | "ko", prefs: Partial<Record<NotificationKind, NotificationDelivery>> = {}) {
  const user = await makeUser("regulator");
  await prisma.user.update({ where: { id: user.id }, data: { locale } });
  for (const [kind, delivery] of Object.entries(prefs)) await prisma.notificationPreference.create({ data: { userId: user.id, kind: kind as NotificationKind, delivery: delivery as NotificationDelivery } });
  return user;
}

const send = (kind: NotificationKind, recipientIds: string[], extra: { actorId?: string; dedupeKey?: string } = {}) =>
  prisma.$transaction((tx) => notify(tx, { kind, recipientIds, incidentId: incident.id, path: `/workspace/cases/${incident.slug}/workflow`, params: { subject: "workflow", reason: "SECRET-REASON" }, ...extra }));

const mailsOf = (recipientId: string) => prisma.mailMessage.findMany({ where: { recipientId } });

describe("notify() mails", () => {
  it("each recipient who wants it immediately gets one mail in their own language, linked to the exact page", async () => {
    const [en, ko, actor] = await Promise.all([userWith("en"), userWith("ko"), userWith("en")]);
    expect(await send("proposal_waiting", [en.id, ko.id], { actorId: actor.id })).toBe(2);
    const [enMail] = await mailsOf(en.id);
    const [koMail] = await mailsOf(ko.id);
    expect(enMail).toMatchObject({ to: en.email, locale: "en", status: "queued", digestDay: null });
    expect(enMail?.subject).toBe(`Casefile: Waiting for your approval: “${incident.title}”`);
    expect(enMail?.text).toContain(absoluteLink("en", `/workspace/cases/${incident.slug}/workflow`));
    expect(enMail?.text).toContain(`${actor.name} proposed a workflow step`);
    expect(koMail).toMatchObject({ to: ko.email, locale: "ko" });
    expect(koMail?.subject).toBe(`Casefile: 승인을 기다리는 제안: “${incident.title}”`);
    expect(koMail?.text).toContain(absoluteLink("ko", `/workspace/cases/${incident.slug}/workflow`));
    expect(`${enMail?.text}${koMail?.text}${enMail?.html}`).not.toContain("SECRET-REASON");
    expect(`${enMail?.text}`).not.toContain(incident.summary);
    const rows = await prisma.notification.findMany({ where: { recipientId: { in: [en.id, ko.id] } } });
    expect(rows.map((r) => r.mailId).sort()).toEqual([enMail?.id, koMail?.id].sort());
  });

  it("honours each user's preference: off and daily digest send nothing now; the default applies without one", async () => {
    const [off, digest, immediate, byDefault] = await Promise.all([
      userWith("en", { proposal_waiting: "off" }),
      userWith("en", { proposal_waiting: "daily_digest" }),
      userWith("en", { clock_due: "immediately" }),
      userWith("en"),
    ]);
    expect(await send("proposal_waiting", [off.id, digest.id])).toBe(2);
    expect(await mailsOf(off.id)).toEqual([]);
    expect(await mailsOf(digest.id)).toEqual([]);
    expect(await prisma.notification.count({ where: { recipientId: { in: [off.id, digest.id] }, mailId: null } })).toBe(2);
    // clock_due is a digest kind by default, and immediate for whoever chose so.
    await send("clock_due", [immediate.id, byDefault.id]);
    expect(await mailsOf(immediate.id)).toHaveLength(1);
    expect(await mailsOf(byDefault.id)).toEqual([]);
  });

  it("leaves out the actor, inactive users and duplicates; a used dedupeKey tells and mails nobody again", async () => {
    const [actor, colleague] = await Promise.all([userWith("en"), userWith("en")]);
    const inactive = await makeUser("regulator", { active: false });
    expect(await send("case_assigned", [actor.id, colleague.id, colleague.id, inactive.id], { actorId: actor.id, dedupeKey: "k1" })).toBe(1);
    expect(await send("case_assigned", [colleague.id], { dedupeKey: "k1" })).toBe(0);
    expect(await mailsOf(colleague.id)).toHaveLength(1);
    expect(await prisma.notification.count({ where: { recipientId: { in: [actor.id, inactive.id] } } })).toBe(0);
    expect(await mailsOf(inactive.id)).toEqual([]);
  });

  it("a rolled-back change leaves no notification and no mail", async () => {
    const user = await userWith("ko");
    await expect(
      prisma.$transaction(async (tx) => {
        await notify(tx, { kind: "case_assigned", recipientIds: [user.id], incidentId: incident.id, path: `/workspace/cases/${incident.slug}` });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await prisma.notification.count({ where: { recipientId: user.id } })).toBe(0);
    expect(await mailsOf(user.id)).toEqual([]);
  });

  it.each(NOTIFICATION_KINDS)("%s reaches an English and a Korean reader, each in their language", async (kind) => {
    const everything = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, "immediately"])) as Record<NotificationKind, NotificationDelivery>;
    const [en, ko, actor] = await Promise.all([userWith("en", everything), userWith("ko", everything), userWith("en")]);
    const path = `/workspace/cases/${incident.slug}`;
    const params = { subject: "publication", outcome: "approved", state: "overdue", clock: "reply_window", dueOn: "2026-12-01" };
    await prisma.$transaction((tx) => notify(tx, { kind, recipientIds: [en.id, ko.id], actorId: actor.id, incidentId: incident.id, path, params }));
    for (const [user, locale] of [[en, "en"], [ko, "ko"]] as const) {
      const [mail] = await mailsOf(user.id);
      const expected = renderNotificationMail({ locale, item: { kind, caseTitle: incident.title, actorName: actor.name, params, url: absoluteLink(locale, path) }, settingsUrl: absoluteLink(locale, SETTINGS_PATH) });
      expect(mail).toMatchObject({ locale, subject: expected.subject, text: expected.text });
      expect(/[가-힣]/.test(mail!.subject)).toBe(locale === "ko");
    }
  });
});
