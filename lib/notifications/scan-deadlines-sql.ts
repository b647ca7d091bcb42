// The deadline scan's statements (lib/notifications/scan-deadlines.ts), apart so that the bench
// (bench/deadline-scan.ts) runs exactly these through `pg`. Each inserts its notifications and
// returns them; a notification already written for a recipient and dedupeKey is skipped.
import { Prisma } from "@/lib/generated/prisma/client";

const DAY_MS = 86_400_000;
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
export function clockNotificationsSql(now: Date, days: number): Prisma.Sql {
  return Prisma.sql`
    WITH due AS (
      SELECT c.id, c."incidentId", c.kind, c."dueAt", i.slug,
             CASE WHEN c."dueAt" < ${now} THEN 'overdue' ELSE 'due_soon' END AS state
      FROM case_clocks c
      JOIN incidents i ON i.id = c."incidentId" AND i."deletedAt" IS NULL
      WHERE c."stoppedAt" IS NULL AND c."dueAt" <= ${new Date(now.getTime() + days * DAY_MS)}
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
    ${RETURNING}`;
}

/** Open, assigned tasks of live cases due on `day` (tomorrow in KST): the assignee, once per due day. */
export function taskNotificationsSql(now: Date, day: string): Prisma.Sql {
  return Prisma.sql`
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
    ${RETURNING}`;
}
