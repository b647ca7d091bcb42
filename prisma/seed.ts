// `npx prisma db seed` entry point: loads the reference case and the fictional demo cases into
// the database in DATABASE_URL (or the embedded server `npm start` is running).
import { createPrismaClient } from "@/lib/db/create-client";
import { runningEmbeddedUrl } from "@/scripts/db/embedded-runtime";
import { seedDatabase } from "./seed/index";

const url = process.env.DATABASE_URL ?? runningEmbeddedUrl();
if (!url) {
  console.error("No database: set DATABASE_URL, or run `npm start` so the embedded PostgreSQL is up.");
  process.exit(1);
}
const prisma = createPrismaClient({ url });
try {
  const result = await seedDatabase(prisma, { demo: process.env.CASEFILE_SEED_DEMO !== "0" });
  console.log(
    result.referenceCreated ? "Loaded the reference case (Kakao Pay → Alipay)." : "The reference case was already loaded.",
    `Demo cases added: ${result.demoCasesCreated}.`,
  );
} finally {
  await prisma.$disconnect();
}
