// One user per role for the embedded demo. Their passwords are generated on this machine,
// stored only as hashes in the database and in plain text in <dataDir>/demo-credentials.json
// (mode 600, git-ignored) so `npm start` can print them. Nothing creates these users unless the
// embedded demo seed runs.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";
import { SYSTEM_ACTOR } from "@/lib/audit/record-audit";
import { generatePassword } from "@/lib/users/generate-password";
import { insertUser } from "@/lib/users/insert-user";
import { REFERENCE_CASE_SLUG } from "./reference-case";

export interface DemoCredential {
  email: string;
  password: string;
  role: Role;
  name: string;
}

const DEMO_USERS: { email: string; name: string; role: Role; cases: string[] }[] = [
  { email: "admin@casefile.demo", name: "Demo Administrator", role: "admin", cases: [] },
  { email: "regulator@casefile.demo", name: "Demo Regulator", role: "regulator", cases: [] },
  { email: "regulator2@casefile.demo", name: "Demo Second Regulator", role: "regulator", cases: [] },
  { email: "officer@casefile.demo", name: "Demo Case Officer", role: "case_officer", cases: [REFERENCE_CASE_SLUG, "demo-fitness-location-broker"] },
  { email: "officer2@casefile.demo", name: "Demo Second Case Officer", role: "case_officer", cases: ["demo-telecom-api-exposure"] },
];

function demoCredentialsFile(dataDir: string): string {
  return path.join(dataDir, "demo-credentials.json");
}

function readDemoCredentials(dataDir: string): DemoCredential[] | null {
  const file = demoCredentialsFile(dataDir);
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, "utf8")) as DemoCredential[];
}

export async function seedDemoUsers(db: PrismaClient, dataDir: string): Promise<DemoCredential[]> {
  const known = new Map((readDemoCredentials(dataDir) ?? []).map((c) => [c.email, c]));
  const credentials: DemoCredential[] = [];
  const actor = { ...SYSTEM_ACTOR, label: "system (demo seed)" };
  for (const demo of DEMO_USERS) {
    const existing = await db.user.findUnique({ where: { email: demo.email }, select: { id: true } });
    let password = known.get(demo.email)?.password;
    if (!existing) {
      password ??= generatePassword();
      await insertUser(db, { email: demo.email, name: demo.name, role: demo.role, signIn: "password" }, actor, password);
    } else if (!password) {
      // The credentials file was lost: give the demo user a new password rather than guess.
      password = generatePassword();
      await db.user.update({ where: { id: existing.id }, data: { passwordHash: await hashPassword(password) } });
    }
    credentials.push({ email: demo.email, password, role: demo.role, name: demo.name });

    const user = await db.user.findUniqueOrThrow({ where: { email: demo.email }, select: { id: true } });
    for (const slug of demo.cases) {
      const incident = await db.incident.findUnique({ where: { slug }, select: { id: true } });
      if (incident) {
        await db.caseAssignment.upsert({
          where: { incidentId_userId: { incidentId: incident.id, userId: user.id } },
          update: {},
          create: { incidentId: incident.id, userId: user.id },
        });
      }
    }
  }
  writeFileSync(demoCredentialsFile(dataDir), JSON.stringify(credentials, null, 2) + "\n", { mode: 0o600 });
  return credentials;
}
