import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { Viewer } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import { CLOCK_KINDS } from "@/lib/enums";
import type { JurisdictionOption } from "./jurisdiction-name";

/** Every jurisdiction with its rules in the order of the clock kinds, for /admin/jurisdictions. */
export async function listJurisdictionsWithRules(viewer: Viewer) {
  assertCan(viewer, "jurisdiction.view");
  const rows = await prisma.jurisdiction.findMany({ orderBy: { createdAt: "asc" }, include: { rules: true } });
  return rows.map((j) => ({ ...j, rules: [...j.rules].sort((a, b) => CLOCK_KINDS.indexOf(a.kind) - CLOCK_KINDS.indexOf(b.kind)) }));
}

/** The choices of a case's jurisdiction (new-case form, Overview): codes and names only, no rules. */
export async function listJurisdictionOptions(): Promise<JurisdictionOption[]> {
  return prisma.jurisdiction.findMany({ orderBy: { createdAt: "asc" }, select: { code: true, name: true, nameKo: true } });
}
