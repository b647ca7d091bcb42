import { test } from "@playwright/test";
import { e2eDatabase } from "./database";

/**
 * The slugs of the cases a spec opens, deleted (softly, as the app does) when the spec's tests
 * end: other specs count the seeded cases. Push each slug as the test opens the case.
 */
export function casesOpenedHere(): string[] {
  const opened: string[] = [];
  test.afterAll(async () => {
    const db = e2eDatabase();
    try {
      await db.incident.updateMany({ where: { slug: { in: opened } }, data: { deletedAt: new Date() } });
    } finally {
      await db.$disconnect();
    }
  });
  return opened;
}
