// The two scheduled jobs as the worker runs them (through the registry): each loads its body and
// does its work; run twice, the second sends nothing more.
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import type { JobContext } from "@/lib/jobs/define-job";
import { jobNamed } from "@/lib/jobs/all-jobs";
import { makeCase, makeUser } from "@/tests/support/factories";

afterAll(() => prisma.$disconnect());

const context = { jobId: "test", retryCount: 0, retryLimit: 0, leaseSeconds: 60, mailer: null, db: prisma } as unknown as JobContext;

describe("the scheduled notification jobs", () => {
  it("the hourly deadline scan tells a task's assignee the day before it is due, once", async () => {
    const officer = await makeUser("case_officer");
    const incident = await makeCase({ assignTo: [officer.id] });
    const tomorrow = new Date(Date.now() + 9 * 3_600_000 + 86_400_000).toISOString().slice(0, 10);
    const task = await prisma.task.create({ data: { incidentId: incident.id, title: "Due tomorrow", assigneeId: officer.id, dueOn: new Date(`${tomorrow}T00:00:00Z`) } });
    const job = jobNamed("notifications.deadline-scan");
    expect(job.cron).toBe("0 * * * *");
    await job.run({}, context);
    await job.run({}, context);
    const told = await prisma.notification.findMany({ where: { recipientId: officer.id, kind: "task_due" } });
    expect(told.map((n) => n.path)).toEqual([`/workspace/cases/${incident.slug}/tasks/${task.id}`]);
  });

  it("the 08:00 KST digest job runs", async () => {
    const job = jobNamed("notifications.daily-digest");
    expect(job.cron).toBe("0 8 * * *");
    await expect(job.run({}, context)).resolves.toBeUndefined();
  });
});
