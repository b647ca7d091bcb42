// Publishing a case as the app does it: one regulator proposes (through the server action, by its
// id in the build), a second approves, so the public pages are revalidated exactly as after a
// real publication. For specs that need a published case of their own, with versions.
import type { Browser, Page } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { defaultSelection } from "@/lib/publishing/build-snapshot";
import { callAction } from "./server-actions";
import { signInAs } from "./session";

export interface Publishers {
  proposer: Page;
  approver: Page;
  close(): Promise<void>;
}

export async function publishers(browser: Browser): Promise<Publishers> {
  const [a, b] = await Promise.all([browser.newContext(), browser.newContext()]);
  const [proposer, approver] = await Promise.all([a.newPage(), b.newPage()]);
  await Promise.all([signInAs(proposer, "regulator@casefile.demo"), signInAs(approver, "regulator2@casefile.demo")]);
  return { proposer, approver, close: async () => void (await Promise.all([a.close(), b.close()])) };
}

/** The page that hosts the publishing actions: a page without them answers an action call with `{}`. */
async function publishPage(db: PrismaClient, incidentId: string): Promise<string> {
  const { slug } = await db.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { slug: true } });
  return `/en/workspace/cases/${slug}/publish`;
}

/** Proposes the case's current state (with the default selection) and approves it: the next version goes public. */
export async function publishNextVersion(options: { db: PrismaClient; publishers: Publishers; incidentId: string; correctionNote?: string }): Promise<number> {
  const { db, incidentId } = options;
  const selection = await defaultSelection(db, incidentId);
  const page = await publishPage(db, incidentId);
  const proposed = await callAction(options.publishers.proposer.request, page, "proposePublicationAction", [{ incidentId, selection, correctionNote: options.correctionNote }]);
  if (!proposed.ok()) throw new Error(`Proposing failed: ${proposed.status()}`);
  const version = await db.publicationVersion.findFirst({ where: { incidentId, status: "proposed" } });
  if (!version) throw new Error(`Proposing wrote no version: ${await proposed.text()}`);
  const approved = await callAction(options.publishers.approver.request, page, "approvePublicationAction", [{ versionId: version.id }]);
  if (!approved.ok() || (await db.publicationVersion.findUniqueOrThrow({ where: { id: version.id } })).status !== "published") throw new Error(`Approving failed: ${await approved.text()}`);
  return version.number;
}

export async function takeDown(options: { db: PrismaClient; publishers: Publishers; incidentId: string; reason: string }): Promise<void> {
  const response = await callAction(options.publishers.proposer.request, await publishPage(options.db, options.incidentId), "unpublishCaseAction", [{ incidentId: options.incidentId, reason: options.reason }]);
  if (!response.ok()) throw new Error(`Taking down failed: ${response.status()}`);
}
