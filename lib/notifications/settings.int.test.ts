import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { executeAction } from "@/lib/actions/execute-action";
import { DEFAULT_DELIVERY } from "./kinds";
import { makeViewer } from "@/tests/support/factories";
import { getNotificationSettings } from "./get-notification-settings";
import { notificationSettingsActions } from "./mutations";

afterAll(() => prisma.$disconnect());

const save = notificationSettingsActions.save;
const chosen = (overrides: Record<string, string> = {}) => ({ ...DEFAULT_DELIVERY, ...overrides });

describe("notification settings", () => {
  it.each(["admin", "regulator", "case_officer"] as const)("a %s saves their own: only choices that differ from the default are kept, the language is set, and it is audited", async (role) => {
    const viewer = await makeViewer(role);
    const result = await executeAction(viewer, save, { locale: "ko", deliveries: chosen({ clock_due: "immediately", mention: "off" }) });
    expect(result).toMatchObject({ ok: true });
    const rows = await prisma.notificationPreference.findMany({ where: { userId: viewer.id }, orderBy: { kind: "asc" } });
    expect(rows.map((r) => [r.kind, r.delivery]).sort()).toEqual([["clock_due", "immediately"], ["mention", "off"]]);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: viewer.id } })).locale).toBe("ko");
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "user.notifications_changed", entityId: viewer.id } });
    expect(audit).toMatchObject({ actorId: viewer.id, entityType: "user", before: { locale: "en", notify_clock_due: "daily_digest", notify_mention: "immediately" }, after: { locale: "ko", notify_clock_due: "immediately", notify_mention: "off" } });
    const settings = await getNotificationSettings(viewer.id);
    expect(settings).toMatchObject({ locale: "ko", deliveries: { clock_due: "immediately", mention: "off", case_assigned: "immediately" } });
  });

  it("going back to the defaults removes the choices, so a later change of default applies", async () => {
    const viewer = await makeViewer("regulator");
    await executeAction(viewer, save, { locale: "en", deliveries: chosen({ clock_due: "off" }) });
    expect(await executeAction(viewer, save, { locale: "en", deliveries: chosen() })).toMatchObject({ ok: true });
    expect(await prisma.notificationPreference.count({ where: { userId: viewer.id } })).toBe(0);
  });

  it.each([
    ["an unknown delivery", { locale: "en", deliveries: chosen({ mention: "hourly" }) }, "deliveries"],
    ["a missing kind", { locale: "en", deliveries: { case_assigned: "off" } }, "deliveries"],
    ["an unknown kind", { locale: "en", deliveries: { ...chosen(), gossip: "off" } }, "deliveries"],
    ["an unknown language", { locale: "fr", deliveries: chosen() }, "locale"],
    ["no language", { deliveries: chosen() }, "locale"],
  ])("refuses %s with a localised field message and writes nothing", async (_what, input, field) => {
    const viewer = await makeViewer("regulator");
    const result = await executeAction(viewer, save, input);
    expect(result).toMatchObject({ ok: false, error: "invalid" });
    if (result.ok) return;
    expect(result.fieldErrors?.[field]?.[0]).toMatch(/^validation\.notificationSettings\./);
    expect(await prisma.notificationPreference.count({ where: { userId: viewer.id } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { action: "user.notifications_changed", entityId: viewer.id } })).toBe(0);
  });

  it("refuses someone not signed in", async () => {
    expect(await executeAction(null, save, { locale: "en", deliveries: chosen() })).toMatchObject({ ok: false, error: "unauthenticated" });
  });
});
