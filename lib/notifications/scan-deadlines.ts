import "server-only";
import { prisma } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { addKstDays, kstDay } from "./kst-day";
import { mailImmediately, type WrittenNotification } from "./mail-notifications";

type Tx = Prisma.TransactionClient;

const RETURNING = Prisma.sql`RETURNING id, "recipientId", kind, "incidentId", "actorId", path, params`;

/**
 * Running clocks of live cases that are overdue or due within `days`, each told once per state
 * (dedupeKey clock:<id>:due_soon / :overdue) to the case's assigned officers and to the
 * regulators who moved its workflow (took or approved a step, proposed or decided a proposal):
 * regulators see every case, and telling all of them about every deadline would bury the ones
 * that matter; those who worked the case's steps answer for its clocks. A case no regulator has
 * moved yet (a breach-notification clock recorded by an officer) tells every active regulator, so
 * no deadline goes unheard. One statement, whatever the number of cases.
 */
function insertClockNotifications(tx: Tx, now: Date, days: number) {
  return tx.$queryRaw<WrittenNotification[]>(Prisma.sql`
    WITH due AS (
      SELECT c.id, c."incidentId", c.kind, c."dueAt", i.slug,
             CASE WHEN c."dueAt" < ${now} THEN 'overdue' ELSE 'due_soon' END AS state
      FROM case_clocks c
      JOIN incidents i ON i.id = c."incidentId" AND i."deletedAt" IS NULL
      WHERE c."stoppedAt" IS NULL AND c."dueAt" <= ${now}::timestamp + make_interval(days => ${days}::int)
    ),
    regulators AS (SELECT id FROM users WHERE role = 'regulator' AND active),
    moved AS (
      SELECT t."incidentId", t."actorId" AS "userId" FROM state_transitions t WHERE t."incidentId" IN (SELECT "incidentId" FROM due)
      UNION SELECT p."incidentId", p."proposedById" FROM transition_proposals p WHERE p."incidentId" IN (SELECT "incidentId" FROM due)
      UNION SELECT p."incidentId", p."decidedById" FROM transition_proposals p WHERE p."incidentId" IN (SELECT "incidentId" FROM due)
    ),
    case_regulators AS (SELECT m."incidentId", m."userId" FROM moved m JOIN regulators r ON r.id = m."userId"),
    recipients AS (
      SELECT d.id AS "clockId", a."userId" FROM due d
        JOIN case_assignments a ON a."incidentId" = d."incidentId"
        JOIN users u ON u.id = a."userId" AND u.active
      UNION SELECT d.id, cr."userId" FROM due d JOIN case_regulators cr ON cr."incidentId" = d."incidentId"
      UNION SELECT d.id, r.id FROM due d CROSS JOIN regulators r
        WHERE NOT EXISTS (SELECT 1 FROM case_regulators cr WHERE cr."incidentId" = d."incidentId")
    )
    INSERT INTO notifications (id, "recipientId", kind, "incidentId", path, params, "dedupeKey", "createdAt")
    SELECT gen_random_uuid()::text, rc."userId", 'clock_due', d."incidentId",
           '/workspace/cases/' || d.slug || '/workflow',
           jsonb_build_object('clock', d.kind::text, 'state', d.state,
             -- the last KST day the clock runs through (a window ends at a KST midnight)
             'dueOn', to_char(d."dueAt" + interval '9 hours' - interval '1 millisecond', 'YYYY-MM-DD')),
           'clock:' || d.id || ':' || d.state, ${now}
    FROM due d JOIN recipients rc ON rc."clockId" = d.id
    ON CONFLICT ("recipientId", "dedupeKey") DO NOTHING
    ${RETURNING}`);
}

/** Open, assigned tasks of live cases due on `day` (tomorrow in KST): the assignee, once per due day. */
function insertTaskNotifications(tx: Tx, now: Date, day: string) {
  return tx.$queryRaw<WrittenNotification[]>(Prisma.sql`
    INSERT INTO notifications (id, "recipientId", kind, "incidentId", path, params, "dedupeKey", "createdAt")
    SELECT gen_random_uuid()::text, t."assigneeId", 'task_due', t."incidentId",
           '/workspace/cases/' || i.slug || '/tasks/' || t.id,
           jsonb_build_object('dueOn', ${day}::text),
           'task:' || t.id || ':due:' || ${day}::text, ${now}
    FROM tasks t
    JOIN incidents i ON i.id = t."incidentId" AND i."deletedAt" IS NULL
    JOIN users u ON u.id = t."assigneeId" AND u.active
    WHERE t.status = 'open' AND t."deletedAt" IS NULL AND t."dueOn" = ${day}::date
    ON CONFLICT ("recipientId", "dedupeKey") DO NOTHING
    ${RETURNING}`);
}

/**
 * The deadline scan (the lead's job runs it hourly): clocks due within N days
 * (NOTIFY_CLOCK_DUE_DAYS) or overdue, and tasks due tomorrow, in set-based statements; a repeat
 * run tells nobody twice. Immediate mails are queued in the same transaction. Returns how many
 * notifications were written.
 */
export async function scanDeadlines(now: Date, options: { clockDueDays?: number } = {}): Promise<number> {
  const days = options.clockDueDays ?? env().NOTIFY_CLOCK_DUE_DAYS;
  const tomorrow = addKstDays(kstDay(now), 1);
  return prisma.$transaction(
    async (tx) => {
      const written = [...(await insertClockNotifications(tx, now, days)), ...(await insertTaskNotifications(tx, now, tomorrow))];
      await mailImmediately(tx, written);
      return written.length;
    },
    { timeout: 120_000 },
  );
}
