// npm run user:create -- --email someone@agency.go.kr --role admin [--name "Full Name"] [--sso]
//
// Creates a user directly in the database, typically the first administrator of a real
// deployment. Uses DATABASE_URL, or the embedded server of a running `npm start`. Prints a
// one-time password (unless --sso, for accounts that sign in only through single sign-on), or
// takes one from CASEFILE_NEW_PASSWORD.
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db/create-client";
import { ActionError } from "@/lib/actions/result";
import { createUserSchema, newPasswordSchema } from "@/lib/users/schema";
import { insertUser } from "@/lib/users/insert-user";
import { runningEmbeddedUrl } from "./db/embedded-runtime";

function usage(message: string): never {
  console.error(`${message}\nUsage: npm run user:create -- --email <email> --role <admin|regulator|case_officer> [--name "<name>"] [--sso]`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({ options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" }, sso: { type: "boolean" } } }));
} catch (error) {
  usage(error instanceof Error ? error.message : String(error));
}
const parsed = createUserSchema.safeParse({ email: values.email, role: values.role, name: values.name ?? values.email, signIn: values.sso ? "sso" : "password" });
if (!parsed.success) usage(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));

const given = process.env.CASEFILE_NEW_PASSWORD;
if (given !== undefined) {
  const check = newPasswordSchema.safeParse(given);
  if (!check.success) usage(`CASEFILE_NEW_PASSWORD: ${check.error.issues[0]?.message}`);
}

const url = process.env.DATABASE_URL ?? runningEmbeddedUrl();
if (!url) usage("No database: set DATABASE_URL, or run `npm start` so the embedded PostgreSQL is up.");

const prisma = createPrismaClient({ url });
try {
  const { user, temporaryPassword } = await insertUser(prisma, parsed.data, { id: null, label: "cli (npm run user:create)" }, given);
  console.log(`Created ${user.role} ${user.email}.`);
  if (temporaryPassword) console.log(`One-time password (shown only now): ${temporaryPassword}`);
} catch (error) {
  if (error instanceof ActionError) usage(error.message);
  throw error;
} finally {
  await prisma.$disconnect();
}
