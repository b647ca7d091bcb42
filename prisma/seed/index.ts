import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDemoCases } from "./demo-cases";
import { publishSeededCases } from "./publish";
import { seedReferenceCase } from "./reference-case";

export interface SeedResult {
  referenceCreated: boolean;
  demoCasesCreated: number;
}

/** Loads the reference case and (optionally) the fictional demo cases. Safe to run again. */
export async function seedDatabase(prisma: PrismaClient, options: { demo: boolean }): Promise<SeedResult> {
  return prisma.$transaction(
    async (tx) => {
      const reference = await seedReferenceCase(tx);
      const demoCasesCreated = options.demo ? await seedDemoCases(tx) : 0;
      await publishSeededCases(tx);
      return { referenceCreated: reference.created, demoCasesCreated };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
